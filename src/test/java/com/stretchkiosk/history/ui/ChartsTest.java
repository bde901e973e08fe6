package com.stretchkiosk.history.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.history.PainPoint;
import com.stretchkiosk.history.ProgressPoint;
import com.stretchkiosk.history.StretchProgress;
import com.stretchkiosk.history.Verdict;
import com.stretchkiosk.visit.Side;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ChartsTest {

    private static final Instant MONDAY = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void every_visit_is_a_tappable_point_and_pain_stops_are_red_crosses() throws Exception {
        StretchProgress progress = progress(List.of(
                new ProgressPoint(11, MONDAY, 30, null),
                new ProgressPoint(12, MONDAY.plus(Duration.ofDays(7)), 34, 40),
                new ProgressPoint(13, MONDAY.plus(Duration.ofDays(14)), 38, null)));
        String svg = Charts.progress(progress, Instant::toString, v -> v + "°");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/chart-sample.svg"), svg);

        Document document = parse(svg);
        assertThat(document.getElementsByTagName("circle").getLength()).isEqualTo(3);
        assertThat(svg).contains("data-visit=\"11\"", "data-visit=\"12\"", "data-visit=\"13\"");
        assertThat(document.getElementsByTagName("g").item(1).getAttributes().getNamedItem("class").getNodeValue())
                .isEqualTo("chart-pain-stop");
        assertThat(svg).contains("sharp-pain stop at 40°");
    }

    @Test
    void better_ranges_are_drawn_higher_and_later_visits_further_right() throws Exception {
        StretchProgress progress = progress(List.of(
                new ProgressPoint(1, MONDAY, 30, null),
                new ProgressPoint(2, MONDAY.plus(Duration.ofDays(7)), 45, null)));
        String svg = Charts.progress(progress, Instant::toString, v -> v + "°");
        Matcher circles = Pattern.compile("cx=\"([0-9.]+)\" cy=\"([0-9.]+)\"").matcher(svg);
        assertThat(circles.find()).isTrue();
        double x1 = Double.parseDouble(circles.group(1));
        double y1 = Double.parseDouble(circles.group(2));
        assertThat(circles.find()).isTrue();
        assertThat(Double.parseDouble(circles.group(1))).isGreaterThan(x1);
        assertThat(Double.parseDouble(circles.group(2))).as("SVG y grows downwards").isLessThan(y1);
        for (double value : new double[] {x1, y1}) {
            assertThat(value).isBetween(0.0, (double) Charts.WIDTH);
        }
    }

    @Test
    void a_single_visit_and_the_pain_chart_render_without_dividing_by_zero() throws Exception {
        String one = Charts.progress(progress(List.of(new ProgressPoint(1, MONDAY, 5, null))), Instant::toString, String::valueOf);
        assertThat(one).doesNotContain("NaN").doesNotContain("Infinity");
        parse(one);
        String pain = Charts.pain(List.of(new PainPoint(1, MONDAY, 4, 2), new PainPoint(2, MONDAY.plus(Duration.ofDays(7)), 3, null)),
                Instant::toString);
        parse(pain);
        assertThat(pain).contains("pain before 4", "pain after 2", "pain before 3").doesNotContain("NaN");
    }

    @Test
    void text_in_a_chart_is_escaped() {
        assertThat(com.stretchkiosk.base.Xml.escape("<script>\"&")).isEqualTo("&lt;script&gt;&quot;&amp;");
    }

    private static StretchProgress progress(List<ProgressPoint> points) {
        return new StretchProgress(1, "Upper trapezius <left>", Side.LEFT, MeasureUnit.DEGREES, 0, 60, points,
                points.getFirst().range(), points.getLast().range(), Verdict.IMPROVED, true, null);
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
