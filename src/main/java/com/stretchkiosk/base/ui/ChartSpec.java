package com.stretchkiosk.base.ui;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a chart shows, as the kiosk hands it to Chart.js: its series of points with each point's words and the visit a
 * tap on it opens, the axes, and a description that is the chart's text alternative. Built and tested in Java; drawn
 * by {@code frontend/charts.js}.
 *
 * @param kind "time" (x in epoch milliseconds, labelled at {@code xTicks}) or "category" (one bar per category)
 */
public record ChartSpec(String kind, String description, @Nullable Double xMin, @Nullable Double xMax, List<Tick> xTicks,
        List<String> categories, @Nullable Double yMin, @Nullable Double yMax, @Nullable String yTitle, List<Series> series) {

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
