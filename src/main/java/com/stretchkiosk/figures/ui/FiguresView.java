package com.stretchkiosk.figures.ui;

import com.stretchkiosk.base.StudioUser;

import com.stretchkiosk.base.ui.MainLayout;
import com.stretchkiosk.figures.FiguresService;
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

/** For managers: the studio's last 90 days in charts and tables, and as CSV. */
@Route(value = "manager/figures", layout = MainLayout.class)
@RolesAllowed(StudioUser.MANAGER)
public class FiguresView extends VerticalLayout implements HasDynamicTitle {

    public FiguresView(FiguresService figures, Measures measures, StudioTime time) {
        addClassName("kiosk-figures");
        setPadding(false);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
        StudioFigures studio = figures.lastDays(FiguresService.DEFAULT_DAYS);
        add(new H1(getTranslation("figures.title")),
                new Paragraph(getTranslation("figures.period", studio.from().toString(), studio.to().toString())));

        Div weeks = section("figures.sessions-per-week");
        weeks.add(bars("figures.sessions-per-week", studio.sessionsPerWeek()), table(studio.sessionsPerWeek()));
        Div days = section("figures.sessions-per-day");
        days.add(bars("figures.sessions-per-day", studio.sessionsPerDay()),
                table(studio.sessionsPerDay().stream().filter(day -> day.count() > 0).toList().reversed()));
        Div stretches = section("figures.pain-stops-per-stretch");
        stretches.add(bars("figures.pain-stops-per-stretch", studio.painStopsPerStretch()), table(studio.painStopsPerStretch()));
        Div therapists = section("figures.pain-stops-per-therapist");
        therapists.add(table(studio.painStopsPerTherapist()));
        Div changes = section("figures.range-change");
        for (StudioFigures.RangeChange change : studio.rangeChanges()) {
            changes.add(row(change.stretch(), getTranslation("figures.range-change.value",
                    measures.average(change.unit(), change.averageChange(), time.locale()), change.clientSides())));
        }
        byte[] csv = figures.csv(studio).getBytes(StandardCharsets.UTF_8);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> com.stretchkiosk.base.ui.Lock.isLocked(event.getSession())
                ? DownloadResponse.error(jakarta.servlet.http.HttpServletResponse.SC_FORBIDDEN)
                : new DownloadResponse(new ByteArrayInputStream(csv), "studio-figures.csv", "text/csv; charset=utf-8", csv.length)),
                getTranslation("figures.csv"));
        download.addClassName("kiosk-download");
        add(download);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("figures.title");
    }

    private Div section(String key) {
        Div section = new Div(new H2(getTranslation(key)));
        section.addClassName("kiosk-briefing-section");
        add(section);
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
