package com.stretchkiosk.figures.ui;

import com.stretchkiosk.base.StudioUser;

import com.stretchkiosk.base.Words;
import com.stretchkiosk.base.ui.ChoiceChips;
import com.stretchkiosk.base.ui.MainLayout;
import com.stretchkiosk.figures.FiguresService;
import com.stretchkiosk.figures.Period;
import com.stretchkiosk.figures.StudioFigures;
import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.base.ui.KioskChart;
import com.stretchkiosk.catalog.Measures;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** For managers: the studio over four weeks, three months or a year, in charts and short tables, and as CSV. */
@Route(value = "manager/figures", layout = MainLayout.class)
@RolesAllowed(StudioUser.MANAGER)
public class FiguresView extends VerticalLayout implements HasDynamicTitle {

    private final FiguresService figures;
    private final Measures measures;
    private final StudioTime time;
    private final Paragraph period = new Paragraph();
    private final Div content = new Div();

    public FiguresView(FiguresService figures, Measures measures, StudioTime time) {
        this.figures = figures;
        this.measures = measures;
        this.time = time;
        addClassName("kiosk-figures");
        setPadding(false);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
        ChoiceChips<Period> periods = new ChoiceChips<>(List.of(Period.values()), p -> getTranslation(Words.key("figures.period.", p)),
                this::show);
        periods.addClassName("kiosk-figures-periods");
        periods.getElement().setAttribute("role", "group");
        periods.getElement().setAttribute("aria-label", getTranslation("figures.period.choose"));
        periods.select(Period.THREE_MONTHS);
        add(new H1(getTranslation("figures.title")), periods, period, content);
        show(Period.THREE_MONTHS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("figures.title");
    }

    private void show(Period chosen) {
        StudioFigures studio = figures.last(chosen);
        content.removeAll();
        period.setText(getTranslation("figures.period", time.date(studio.from()), time.date(studio.to())));
        Period.Grouping grouping = chosen.grouping();
        String sessionsKey = Words.key("figures.sessions.", grouping);
        Div sessions = section(sessionsKey);
        // Four weeks chart a bar a day; their table counts weeks, so that no table runs longer than a dozen rows.
        Period.Grouping tableGrouping = grouping == Period.Grouping.DAY ? Period.Grouping.WEEK : grouping;
        sessions.add(bars(sessionsKey, counts(studio.sessionsPer(grouping), grouping)),
                table(counts(studio.sessionsPer(tableGrouping), tableGrouping).reversed()));
        Div stretches = section("figures.pain-stops-per-stretch");
        stretches.add(bars("figures.pain-stops-per-stretch", studio.painStopsPerStretch()), table(studio.painStopsPerStretch()));
        Div therapists = section("figures.pain-stops-per-therapist");
        therapists.add(table(studio.painStopsPerTherapist()));
        Div changes = section("figures.range-change");
        if (studio.rangeChanges().isEmpty()) {
            changes.add(new Paragraph(getTranslation("figures.none")));
        }
        for (StudioFigures.RangeChange change : studio.rangeChanges()) {
            changes.add(row(change.stretch(), getTranslation("figures.range-change.value",
                    measures.average(change.unit(), change.averageChange(), time.locale()), change.clientSides())));
        }
        byte[] csv = figures.csv(studio).getBytes(StandardCharsets.UTF_8);
        String file = "studio-figures-" + studio.from() + "-to-" + studio.to() + ".csv";
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> com.stretchkiosk.base.ui.Lock.isLocked(event.getSession())
                ? DownloadResponse.error(jakarta.servlet.http.HttpServletResponse.SC_FORBIDDEN)
                : new DownloadResponse(new ByteArrayInputStream(csv), file, "text/csv; charset=utf-8", csv.length)),
                getTranslation("figures.csv"));
        download.addClassName("kiosk-download");
        content.add(download);
    }

    /** Dated counts labelled in the studio's words: "24 Nov", "week of 16 Nov", "Nov 2026". */
    private List<StudioFigures.Count> counts(List<StudioFigures.Dated> dated, Period.Grouping grouping) {
        return dated.stream().map(d -> new StudioFigures.Count(switch (grouping) {
            case DAY -> time.shortDate(d.start());
            case WEEK -> getTranslation("figures.week-of", time.shortDate(d.start()));
            case MONTH -> time.month(d.start());
        }, d.count())).toList();
    }

    private Div section(String key) {
        Div section = new Div(new H2(getTranslation(key)));
        section.addClassName("kiosk-briefing-section");
        content.add(section);
        return section;
    }

    /** A bar chart of the counts; its description, and the table beside it, say the same in words. */
    private KioskChart bars(String titleKey, List<StudioFigures.Count> counts) {
        return new KioskChart(Bars.of(this::getTranslation, getTranslation(titleKey), counts), visit -> { });
    }

    private Div table(List<StudioFigures.Count> counts) {
        Div table = new Div();
        table.addClassName("kiosk-figure-table");
        if (counts.isEmpty()) {
            table.add(new Paragraph(getTranslation("figures.none")));
        }
        counts.forEach(count -> table.add(row(count.label(), Integer.toString(count.count()))));
        return table;
    }

    private static Div row(String label, String value) {
        Span left = new Span(label);
        Span right = new Span(value);
        right.addClassName("kiosk-figure-value");
        Div row = new Div(left, right);
        row.addClassName("kiosk-figure-row");
        return row;
    }
}
