package com.stretchkiosk.history.ui;

import com.stretchkiosk.base.ui.ChartSpec;
import com.stretchkiosk.base.Words;
import com.stretchkiosk.catalog.Measures;
import com.stretchkiosk.history.MinimalDetectableChange;
import com.stretchkiosk.history.PainPoint;
import com.stretchkiosk.history.StretchProgress;
import com.stretchkiosk.visit.PainStop;
import com.stretchkiosk.visit.PainStopDetail;
import com.stretchkiosk.visit.RangeSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The briefing's charts as {@link ChartSpec}s for Chart.js: a stretch side's best range per visit with its pain stops as
 * marks of their own, and pain before and after over the visits. Every mark opens its visit; the description is the
 * chart's text alternative.
 */
final class Charts {

    private Charts() {
    }

    /**
     * Range over visits: a line through the best range of each visit, a red cross at the range of each pain stop, and a
     * hollow red triangle on the axis for a stop stored without a range (never drawn as if it had one).
     */
    static ChartSpec progress(Words words, Measures measures, StretchProgress progress, Function<Instant, String> date) {
        IntFunction<String> value = v -> measures.format(progress.unit(), v);
        List<RangeSeries.Point> points = progress.points();
        int low = Integer.MAX_VALUE;
        int high = Integer.MIN_VALUE;
        for (RangeSeries.Point p : points) {
            for (Integer v : new Integer[] {p.best(), p.stopRange()}) {
                if (v != null) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        // Scaled to the client's values with room around them, inside the stretch's plausible range.
        int pad = (int) Math.max(1, Math.ceil(MinimalDetectableChange.of(progress.unit(), true)));
        low = low == Integer.MAX_VALUE ? progress.rangeMin() : Math.max(progress.rangeMin(), low - pad);
        high = high == Integer.MIN_VALUE ? progress.rangeMax() : Math.min(progress.rangeMax(), high + pad);
        if (high <= low) {
            high = low + 1;
        }
        // Whole steps at both ends of the y axis (never 23 · 25 · 30 · 35 · 37): the shown bounds widened to the step's multiples.
        double shownLow = measures.shown(progress.unit(), low);
        double shownHigh = measures.shown(progress.unit(), high);
        double step = ChartSpec.niceStep(shownLow, shownHigh);
        double bottom = Math.floor(shownLow / step + 1e-9) * step;
        double top = Math.max(bottom + step, Math.ceil(shownHigh / step - 1e-9) * step);
        List<ChartSpec.Point> line = new ArrayList<>();
        List<ChartSpec.Point> stops = new ArrayList<>();
        List<ChartSpec.Point> rangeless = new ArrayList<>();
        for (RangeSeries.Point p : points) {
            double x = p.at().toEpochMilli();
            Integer best = p.best();
            if (best != null) {
                line.add(new ChartSpec.Point(x, measures.shown(progress.unit(), best), p.visitId(),
                        words.t("history.chart.point", date.apply(p.at()), value.apply(best))));
            }
            PainStop stop = p.stop();
            Integer stopRange = p.stopRange();
            if (stop != null && stopRange != null) {
                stops.add(new ChartSpec.Point(x, measures.shown(progress.unit(), stopRange), p.visitId(),
                        words.t("history.chart.stop", date.apply(p.at()), value.apply(stopRange)) + detail(words, stop.detail())));
            } else if (stop != null) {
                rangeless.add(new ChartSpec.Point(x, bottom, p.visitId(),
                        words.t("history.chart.stop-no-range", date.apply(p.at())) + detail(words, stop.detail())));
            }
        }
        List<ChartSpec.Series> series = new ArrayList<>();
        series.add(new ChartSpec.Series(words.t("history.chart.best-range"), "line", line));
        if (!stops.isEmpty()) {
            series.add(new ChartSpec.Series(words.t("history.chart.stops"), "stop", stops));
        }
        if (!rangeless.isEmpty()) {
            series.add(new ChartSpec.Series(words.t("history.chart.stops-no-range"), "stop-no-range", rangeless));
        }
        String name = FactText.stretchSide(words, progress.stretchName(), progress.side());
        String description = line.isEmpty() ? words.t("history.chart.progress-none", name)
                : words.t("history.chart.progress", name, line.size(), line.getFirst().text(), line.getLast().text());
        if (!stops.isEmpty() || !rangeless.isEmpty()) {
            List<String> each = new ArrayList<>();
            stops.forEach(s -> each.add(s.text()));
            rangeless.forEach(s -> each.add(s.text()));
            description += " " + words.t("history.chart.progress-stops", stops.size() + rangeless.size(), String.join("; ", each));
        }
        return time(description, points.getFirst().at(), points.getLast().at(), date, bottom, top, step, null, series);
    }

    /** What a stop's mark adds about it: ", pain 7/10, neck, sharp". */
    private static String detail(Words words, PainStopDetail detail) {
        StringBuilder text = new StringBuilder();
        if (detail.score() != null) {
            text.append(", ").append(words.t("history.flag.pain", detail.score()));
        }
        if (detail.region() != null) {
            text.append(", ").append(words.t(Words.key("region.", detail.region())).toLowerCase(Locale.ROOT));
        }
        if (detail.kind() != null) {
            text.append(", ").append(words.t(Words.key("pain-kind.", detail.kind())).toLowerCase(Locale.ROOT));
        }
        return text.toString();
    }

    /** Pain before (amber) and after (green) each visit, 0–10; every point opens its visit. */
    static ChartSpec pain(Words words, List<PainPoint> points, Function<Instant, String> date) {
        List<ChartSpec.Point> before = new ArrayList<>();
        List<ChartSpec.Point> after = new ArrayList<>();
        for (PainPoint p : points) {
            if (p.before() != null) {
                before.add(new ChartSpec.Point(p.at().toEpochMilli(), p.before(), p.visitId(),
                        words.t("history.chart.pain-before", date.apply(p.at()), p.before())));
            }
            if (p.after() != null) {
                after.add(new ChartSpec.Point(p.at().toEpochMilli(), p.after(), p.visitId(),
                        words.t("history.chart.pain-after", date.apply(p.at()), p.after())));
            }
        }
        String description = words.t("history.chart.pain", points.size(),
                before.isEmpty() ? "—" : (int) before.getFirst().y() + " → " + (int) before.getLast().y(),
                after.isEmpty() ? "—" : (int) after.getFirst().y() + " → " + (int) after.getLast().y());
        return time(description, points.getFirst().at(), points.getLast().at(), date, 0, 10, 2, words.t("history.chart.pain-axis"),
                List.of(new ChartSpec.Series(words.t("history.chart.before"), "before", before),
                        new ChartSpec.Series(words.t("history.chart.after"), "after", after)));
    }

    /** A chart over time, labelled at its first and last visit and one between (a little room left at both ends). */
    private static ChartSpec time(String description, Instant first, Instant last, Function<Instant, String> date, double low,
            double high, double step, @Nullable String yTitle, List<ChartSpec.Series> series) {
        long span = Math.max(Duration.ofDays(1).toMillis(), last.toEpochMilli() - first.toEpochMilli());
        double margin = span * 0.04;
        List<ChartSpec.Tick> ticks = new ArrayList<>();
        ticks.add(new ChartSpec.Tick(first.toEpochMilli(), date.apply(first)));
        if (last.toEpochMilli() - first.toEpochMilli() > Duration.ofDays(60).toMillis()) {
            Instant middle = Instant.ofEpochMilli(first.toEpochMilli() + (last.toEpochMilli() - first.toEpochMilli()) / 2);
            ticks.add(new ChartSpec.Tick(middle.toEpochMilli(), date.apply(middle)));
        }
        if (!last.equals(first)) {
            ticks.add(new ChartSpec.Tick(last.toEpochMilli(), date.apply(last)));
        }
        return new ChartSpec("time", description, first.toEpochMilli() - margin, first.toEpochMilli() + span + margin, ticks,
                List.of(), low, high, step, yTitle, series);
    }
}
