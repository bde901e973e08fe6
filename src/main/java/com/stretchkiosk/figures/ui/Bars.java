package com.stretchkiosk.figures.ui;

import com.stretchkiosk.base.ui.ChartSpec;
import com.stretchkiosk.base.Words;
import com.stretchkiosk.figures.StudioFigures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A bar chart of counts for Chart.js: one bar per label, its words, and a description as its text alternative. */
final class Bars {

    private Bars() {
    }

    static ChartSpec of(Words words, String title, List<StudioFigures.Count> counts) {
        List<ChartSpec.Point> bars = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            StudioFigures.Count count = counts.get(i);
            bars.add(new ChartSpec.Point(i, count.count(), null, words.t("figures.chart.bar", count.label(), count.count())));
        }
        String description = counts.stream().max(Comparator.comparingInt(StudioFigures.Count::count))
                .map(most -> words.t("figures.chart.description", title, counts.size(),
                        counts.stream().mapToInt(StudioFigures.Count::count).sum(), most.count(), most.label()))
                .orElse(words.t("figures.chart.empty", title));
        return new ChartSpec("category", description, null, null, List.of(),
                counts.stream().map(StudioFigures.Count::label).toList(), 0.0, null, null, null,
                List.of(new ChartSpec.Series(title, "bar", bars)));
    }
}
