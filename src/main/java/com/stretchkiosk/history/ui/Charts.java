package com.stretchkiosk.history.ui;

import com.stretchkiosk.base.Xml;
import com.stretchkiosk.history.MinimalDetectableChange;
import com.stretchkiosk.history.PainPoint;
import com.stretchkiosk.history.ProgressPoint;
import com.stretchkiosk.history.StretchProgress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Small server-rendered SVG charts, readable on a tablet: range over visits with pain stops marked, and
 * pain before/after. Every mark carries {@code data-visit} so a tap can open that visit.
 */
final class Charts {

    static final int WIDTH = 560;
    static final int HEIGHT = 200;
    private static final int LEFT = 84;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 34;

    private Charts() {
    }

    /** Range over visits: a line through the best range of each visit, red crosses where it hurt. */
    static String progress(StretchProgress progress, Function<Instant, String> date, IntFunction<String> value) {
        List<ProgressPoint> points = progress.points();
        int low = Integer.MAX_VALUE;
        int high = Integer.MIN_VALUE;
        for (ProgressPoint p : points) {
            for (Integer v : new Integer[] {p.range(), p.painStopRange()}) {
                if (v != null) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        // Scale to the client's values with room around them, inside the stretch's plausible range.
        int pad = (int) Math.max(1, Math.ceil(MinimalDetectableChange.of(progress.unit(), true)));
        low = low == Integer.MAX_VALUE ? progress.rangeMin() : Math.max(progress.rangeMin(), low - pad);
        high = high == Integer.MIN_VALUE ? progress.rangeMax() : Math.min(progress.rangeMax(), high + pad);
        if (high <= low) {
            high = low + 1;
        }
        Scale x = Scale.of(points.getFirst().at(), points.getLast().at());
        Scale y = new Scale(low, high);
        StringBuilder svg = open(progress.stretchName() + " " + progress.side().name().toLowerCase(Locale.ROOT));
        axes(svg, y, value, date.apply(points.getFirst().at()), date.apply(points.getLast().at()));
        List<String> line = new ArrayList<>();
        for (ProgressPoint p : points) {
            if (p.range() != null) {
                line.add(fmt(x.px(p.at())) + "," + fmt(y.py(p.range())));
            }
        }
        if (line.size() > 1) {
            svg.append("<polyline class=\"chart-line\" fill=\"none\" stroke=\"#1f6f5c\" stroke-width=\"2.5\" points=\"")
                    .append(String.join(" ", line)).append("\"/>");
        }
        boolean dots = points.size() <= 60;
        for (ProgressPoint p : points) {
            if (p.range() != null && (dots || p == points.getLast() || p == points.getFirst())) {
                svg.append("<circle class=\"chart-point\" data-visit=\"").append(p.visitId()).append("\" cx=\"")
                        .append(fmt(x.px(p.at()))).append("\" cy=\"").append(fmt(y.py(p.range())))
                        .append("\" r=\"6\" fill=\"#1f6f5c\"><title>").append(Xml.escape(date.apply(p.at()) + ": " + value.apply(p.range())))
                        .append("</title></circle>");
            }
            if (p.painStopRange() != null || (p.range() == null)) {
                double cx = x.px(p.at());
                double cy = y.py(p.painStopRange() != null ? p.painStopRange() : high);
                svg.append("<g class=\"chart-pain-stop\" data-visit=\"").append(p.visitId()).append("\" stroke=\"#c62828\" stroke-width=\"3.5\">")
                        .append("<title>").append(Xml.escape(date.apply(p.at()) + ": sharp-pain stop"
                                + (p.painStopRange() == null ? "" : " at " + value.apply(p.painStopRange()))))
                        .append("</title><line data-visit=\"").append(p.visitId()).append("\" x1=\"").append(fmt(cx - 7)).append("\" y1=\"").append(fmt(cy - 7))
                        .append("\" x2=\"").append(fmt(cx + 7)).append("\" y2=\"").append(fmt(cy + 7)).append("\"/>")
                        .append("<line data-visit=\"").append(p.visitId()).append("\" x1=\"").append(fmt(cx - 7)).append("\" y1=\"").append(fmt(cy + 7))
                        .append("\" x2=\"").append(fmt(cx + 7)).append("\" y2=\"").append(fmt(cy - 7)).append("\"/></g>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** Pain before (amber) and after (green) each visit, 0–10. */
    static String pain(List<PainPoint> points, Function<Instant, String> date) {
        Scale x = Scale.of(points.getFirst().at(), points.getLast().at());
        Scale y = new Scale(0, 10);
        StringBuilder svg = open("pain before and after");
        axes(svg, y, String::valueOf, date.apply(points.getFirst().at()), date.apply(points.getLast().at()));
        series(svg, points, x, y, true, "#b26a00", date);
        series(svg, points, x, y, false, "#2e7d32", date);
        return svg.append("</svg>").toString();
    }

    private static void series(StringBuilder svg, List<PainPoint> points, Scale x, Scale y, boolean before, String colour,
            Function<Instant, String> date) {
        List<String> line = new ArrayList<>();
        for (PainPoint p : points) {
            Integer score = before ? p.before() : p.after();
            if (score != null) {
                line.add(fmt(x.px(p.at())) + "," + fmt(y.py(score)));
            }
        }
        if (line.size() > 1) {
            svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\" points=\"")
                    .append(String.join(" ", line)).append("\"/>");
        }
        if (points.size() <= 60) {
            for (PainPoint p : points) {
                Integer score = before ? p.before() : p.after();
                if (score != null) {
                    svg.append("<circle class=\"chart-pain-").append(before ? "before" : "after").append("\" data-visit=\"")
                            .append(p.visitId()).append("\" cx=\"").append(fmt(x.px(p.at()))).append("\" cy=\"")
                            .append(fmt(y.py(score))).append("\" r=\"5\" fill=\"").append(colour).append("\"><title>")
                            .append(Xml.escape(date.apply(p.at()) + (before ? ": pain before " : ": pain after ") + score))
                            .append("</title></circle>");
                }
            }
        }
    }

    private static StringBuilder open(String label) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kiosk-chart\" role=\"img\" width=\"")
                .append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" aria-label=\"").append(Xml.escape(label)).append("\">");
    }

    private static void axes(StringBuilder svg, Scale y, IntFunction<String> value, String firstDate, String lastDate) {
        svg.append("<g class=\"chart-axes\" fill=\"#555b58\" font-size=\"20\">")
                .append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT)
                .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"#b8bfbb\"/>")
                .append("<line x1=\"").append(LEFT).append("\" y1=\"").append(HEIGHT - BOTTOM).append("\" x2=\"")
                .append(WIDTH - RIGHT).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"#b8bfbb\"/>")
                .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(TOP + 10).append("\" text-anchor=\"end\">")
                .append(Xml.escape(value.apply((int) y.high))).append("</text>")
                .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(HEIGHT - BOTTOM).append("\" text-anchor=\"end\">")
                .append(Xml.escape(value.apply((int) y.low))).append("</text>")
                .append("<text x=\"").append(LEFT).append("\" y=\"").append(HEIGHT - 8).append("\">").append(Xml.escape(firstDate)).append("</text>")
                .append("<text x=\"").append(WIDTH - RIGHT).append("\" y=\"").append(HEIGHT - 8).append("\" text-anchor=\"end\">")
                .append(Xml.escape(lastDate)).append("</text></g>");
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Maps values to pixels on one axis. */
    private record Scale(long low, long high) {

        static Scale of(Instant first, Instant last) {
            return new Scale(first.toEpochMilli(), last.toEpochMilli());
        }

        double px(Instant at) {
            double span = Math.max(1, high - low);
            return high == low ? (LEFT + WIDTH - RIGHT) / 2.0 : LEFT + (at.toEpochMilli() - low) / span * (WIDTH - LEFT - RIGHT);
        }

        double py(int value) {
            double span = Math.max(1, high - low);
            return HEIGHT - BOTTOM - (value - low) / span * (HEIGHT - TOP - BOTTOM);
        }
    }

    static @Nullable Long visitOf(@Nullable String attribute) {
        if (attribute == null || attribute.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(attribute);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
