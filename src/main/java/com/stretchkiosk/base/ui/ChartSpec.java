package com.stretchkiosk.base.ui;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a chart shows, as the kiosk hands it to Chart.js: its series of points with each point's words and the visit a
 * tap on it opens, the axes, and a description that is the chart's text alternative. Built and tested in Java; drawn
 * by {@code frontend/charts.js}.
 *
 * @param kind  "time" (x in epoch milliseconds, labelled at {@code xTicks}) or "category" (one bar per category)
 * @param yStep the y axis's tick step, of which {@code yMin} and {@code yMax} are multiples (even ticks at both ends)
 */
public record ChartSpec(String kind, String description, @Nullable Double xMin, @Nullable Double xMax, List<Tick> xTicks,
        List<String> categories, @Nullable Double yMin, @Nullable Double yMax, @Nullable Double yStep, @Nullable String yTitle,
        List<Series> series) {

    /**
     * A step for ticks over {@code low} to {@code high}: 1, 2 or 5 times a power of ten, about five of them; with the
     * bounds widened to its multiples, both ends get a tick as even as the rest.
     */
    public static double niceStep(double low, double high) {
        double raw = Math.max(high - low, 1e-9) / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5}) {
            if (raw <= m * magnitude + 1e-9) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One series.
     *
     * @param role how it is drawn: "line" (a client's best range), "stop" (pain stops at their range), "stop-no-range"
     *     (pain stops stored without a range, on the axis), "before" and "after" (pain), "bar"
     */
    public record Series(String label, String role, List<Point> points) {
    }

    /** One mark: where, the words a tap or a screen reader gives, and the visit it opens (none for a bar). */
    public record Point(double x, double y, @Nullable Long visit, String text) {
    }

    /** A labelled place on the time axis. */
    public record Tick(double x, String label) {
    }

    public String json() {
        return JSON.writeValueAsString(this);
    }
}
