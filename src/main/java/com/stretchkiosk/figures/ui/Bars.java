package com.stretchkiosk.figures.ui;

import com.stretchkiosk.base.Xml;
import com.stretchkiosk.figures.StudioFigures;
import java.util.List;
import java.util.Locale;

/** A plain server-rendered bar chart: one bar per count, labelled at both ends. */
final class Bars {

    static final int WIDTH = 900;
    static final int HEIGHT = 180;

    private Bars() {
    }

    static String svg(List<StudioFigures.Count> counts) {
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kiosk-chart\" role=\"img\" width=\"")
                .append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\">");
        if (counts.isEmpty()) {
            return svg.append("</svg>").toString();
        }
        int max = Math.max(1, counts.stream().mapToInt(StudioFigures.Count::count).max().orElse(1));
        double slot = (WIDTH - 20.0) / counts.size();
        for (int i = 0; i < counts.size(); i++) {
            StudioFigures.Count count = counts.get(i);
            double height = (HEIGHT - 50.0) * count.count() / max;
            svg.append(String.format(Locale.ROOT,
                    "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#1f6f5c\"><title>%s: %d</title></rect>",
                    10 + i * slot + slot * 0.1, HEIGHT - 30 - height, slot * 0.8, height, Xml.escape(count.label()), count.count()));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\" font-size=\"18\" fill=\"#555b58\">%s</text>", HEIGHT - 8,
                Xml.escape(counts.getFirst().label())));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"18\" fill=\"#555b58\" text-anchor=\"end\">%s</text>",
                WIDTH - 10, HEIGHT - 8, Xml.escape(counts.getLast().label())));
        svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"18\" font-size=\"18\" fill=\"#555b58\">%d</text>", max));
        return svg.append("</svg>").toString();
    }
}
