package com.stretchkiosk.history.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.base.ui.ChartSpec;
import com.stretchkiosk.base.Words;
import com.stretchkiosk.base.ReachUnit;
import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.catalog.Measures;
import com.stretchkiosk.history.PainPoint;
import com.stretchkiosk.history.StretchProgress;
import com.stretchkiosk.history.Verdict;
import com.stretchkiosk.visit.BodyRegion;
import com.stretchkiosk.visit.PainStop;
import com.stretchkiosk.visit.PainStopDetail;
import com.stretchkiosk.visit.RangeSeries;
import com.stretchkiosk.visit.Side;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The chart data handed to Chart.js: values, pain stops as marks of their own, and the visit each mark opens. */
class ChartsTest {

    private static final Instant MONDAY = Instant.parse("2026-01-05T09:00:00Z");
    /** Words as the key and its arguments, so the tests see which text each mark gets. */
    private static final Words WORDS = (key, arguments) -> key + Arrays.toString(arguments);
    private static final Measures CM = new Measures(ReachUnit.CENTIMETRES, new com.stretchkiosk.base.ui.StudioWords(java.util.Locale.UK));

    @Test
    void every_visit_is_a_mark_that_opens_it_and_pain_stops_are_marks_of_their_own() {
        ChartSpec spec = Charts.progress(WORDS, CM, progress(List.of(
                point(11, MONDAY, 30, null),
                point(12, MONDAY.plus(Duration.ofDays(7)), 34,
                        stop(40, new PainStopDetail(BodyRegion.NECK, null, 7, null, null))),
                point(13, MONDAY.plus(Duration.ofDays(14)), 38, null))), Instant::toString);

        assertThat(spec.kind()).isEqualTo("time");
        ChartSpec.Series line = spec.series().getFirst();
        assertThat(line.role()).isEqualTo("line");
        assertThat(line.points()).extracting(ChartSpec.Point::visit).containsExactly(11L, 12L, 13L);
        assertThat(line.points()).extracting(ChartSpec.Point::y).containsExactly(30.0, 34.0, 38.0);
        assertThat(line.points()).extracting(ChartSpec.Point::x).isSorted();
        ChartSpec.Series stops = spec.series().get(1);
        assertThat(stops.role()).isEqualTo("stop");
        assertThat(stops.points()).singleElement().satisfies(stop -> {
            assertThat(stop.visit()).isEqualTo(12L);
            assertThat(stop.y()).isEqualTo(40.0);
            assertThat(stop.text()).as("the stop's mark says what the stop was")
                    .isEqualTo("history.chart.stop[" + MONDAY.plus(Duration.ofDays(7)) + ", 40°], history.flag.pain[7], region.neck[]");
        });
        assertThat(spec.yMin()).isLessThanOrEqualTo(30);
        assertThat(spec.yMax()).isGreaterThanOrEqualTo(40);
        // Even ticks at both ends: the bounds are whole steps of 1, 2 or 5 times a power of ten.
        double step = java.util.Objects.requireNonNull(spec.yStep());
        assertThat(List.of(1.0, 2.0, 5.0, 10.0, 20.0, 50.0)).contains(step);
        assertThat(spec.yMin() / step).isEqualTo(Math.rint(spec.yMin() / step));
        assertThat(spec.yMax() / step).isEqualTo(Math.rint(spec.yMax() / step));
        assertThat(spec.description()).startsWith("history.chart.progress[Upper trapezius <left>, history.side.left[], 3, "
                + "history.chart.point[" + MONDAY + ", 30°]")
                .contains("history.chart.progress-stops[1, history.chart.stop[");
        assertThat(spec.json()).contains("\"visit\":12").contains("\"role\":\"stop\"");
    }

    @Test
    void a_stop_without_a_range_sits_on_the_axis_as_such_never_at_a_made_up_range() {
        ChartSpec spec = Charts.progress(WORDS, CM, progress(List.of(
                point(1, MONDAY, 30, null),
                point(2, MONDAY.plus(Duration.ofDays(7)), null, stop(null, PainStopDetail.NONE)),
                point(3, MONDAY.plus(Duration.ofDays(14)), 32, stop(null, PainStopDetail.NONE)))), Instant::toString);
        ChartSpec.Series rangeless = spec.series().getLast();
        assertThat(rangeless.role()).isEqualTo("stop-no-range");
        assertThat(rangeless.points()).extracting(ChartSpec.Point::visit).as("with or without a range measured that day")
                .containsExactly(2L, 3L);
        assertThat(rangeless.points()).first().satisfies(stop -> {
            assertThat(stop.y()).isEqualTo((double) spec.yMin());
            assertThat(stop.text()).startsWith("history.chart.stop-no-range[");
        });
    }

    @Test
    void a_single_visit_and_the_pain_chart_have_a_time_axis_that_is_not_empty() {
        ChartSpec one = Charts.progress(WORDS, CM, progress(List.of(point(1, MONDAY, 5, null))), Instant::toString);
        assertThat(one.xMax()).isGreaterThan(one.xMin());
        assertThat(one.xTicks()).hasSize(1);
        ChartSpec pain = Charts.pain(WORDS, List.of(new PainPoint(1, MONDAY, 4, 2), new PainPoint(2, MONDAY.plus(Duration.ofDays(7)), 3, null)),
                Instant::toString);
        assertThat(pain.yMin()).isZero();
        assertThat(pain.yMax()).isEqualTo(10);
        assertThat(pain.series()).extracting(ChartSpec.Series::role).containsExactly("before", "after");
        assertThat(pain.series().getFirst().points()).extracting(ChartSpec.Point::visit).containsExactly(1L, 2L);
        assertThat(pain.series().getLast().points()).extracting(ChartSpec.Point::y).containsExactly(2.0);
        assertThat(pain.description()).isEqualTo("history.chart.pain[2, 4 → 3, 2 → 2]");
        assertThat(pain.json()).doesNotContain("NaN").doesNotContain("Infinity");
    }

    private static RangeSeries.Point point(long visit, Instant at, @Nullable Integer best, @Nullable PainStop stop) {
        return new RangeSeries.Point(visit, at, best, 1, stop);
    }

    private static PainStop stop(@Nullable Integer range, PainStopDetail detail) {
        return new PainStop(1, "stop", 1, MONDAY, range, detail, null, null);
    }

    private static StretchProgress progress(List<RangeSeries.Point> points) {
        return new StretchProgress(1, "Upper trapezius <left>", Side.LEFT, MeasureUnit.DEGREES, 0, 60, points,
                points.getFirst().best(), points.getLast().best(), Verdict.IMPROVED, true, null);
    }
}
