package com.stretchkiosk.history.ui;

import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.base.Words;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.history.Asymmetry;
import com.stretchkiosk.history.Briefing;
import com.stretchkiosk.history.CautionFlag;
import com.stretchkiosk.history.FactLine;
import com.stretchkiosk.history.HistoryService;
import com.stretchkiosk.history.LastVisit;
import com.stretchkiosk.history.MinimalDetectableChange;
import com.stretchkiosk.history.StretchProgress;
import com.stretchkiosk.base.ui.ChartSpec;
import com.stretchkiosk.catalog.Measures;
import com.stretchkiosk.base.ui.KioskChart;
import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.history.VisitRow;
import com.stretchkiosk.therapist.Therapist;
import com.stretchkiosk.therapist.TherapistService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The pre-visit briefing on a client's page, in the order it matters: caution flags, the last visit,
 * progress per stretch side, pain over time, the timeline, and exports.
 */
public class ClientBriefing extends Div {

    /** Sessions listed before "Show all". */
    static final int TIMELINE_FIRST = 12;

    private final HistoryService history;
    private final TherapistService therapists;
    private final StudioTime time;
    private final FactText text;
    private final long clientId;
    private final @Nullable String precautions;

    public ClientBriefing(HistoryService history, TherapistService therapists, StudioTime time, Measures measures, long clientId,
            @Nullable String precautions) {
        this.history = history;
        this.therapists = therapists;
        this.time = time;
        this.text = new FactText(this, time, measures);
        this.clientId = clientId;
        this.precautions = precautions;
        addClassName("kiosk-briefing");
        show();
    }

    private void show() {
        removeAll();
        Briefing briefing = history.briefing(clientId);
        cautions(briefing.flags());
        if (!briefing.hasVisits()) {
            Paragraph none = new Paragraph(getTranslation("history.no-visits"));
            none.addClassName("kiosk-empty");
            add(none);
            return;
        }
        lastVisit(briefing.lastVisit());
        progress(briefing);
        if (!briefing.pain().isEmpty()) {
            Div pain = section("history.pain.title");
            pain.add(chart(Charts.pain(this::getTranslation, briefing.pain(), time::date)));
            painVerdict(briefing.pain()).ifPresent(text -> {
                Paragraph verdict = new Paragraph(text);
                verdict.addClassName("kiosk-pain-verdict");
                pain.add(verdict);
            });
            Paragraph legend = new Paragraph(getTranslation("history.pain.legend"));
            legend.addClassName("kiosk-chart-legend");
            pain.add(legend);
        }
        timeline(briefing.timeline());
        exports();
    }

    private void cautions(List<CautionFlag> flags) {
        if (precautions == null && flags.isEmpty()) {
            return;
        }
        Div caution = new Div(new H2(getTranslation("history.cautions")));
        caution.addClassName("kiosk-caution");
        if (precautions != null) {
            Paragraph text = new Paragraph(precautions);
            text.addClassName("kiosk-precautions");
            caution.add(text);
        }
        for (CautionFlag flag : flags) {
            Span sentence = new Span(text.flag(flag));
            sentence.addClassName("kiosk-flag-text");
            Div resolvers = new Div();
            resolvers.addClassName("kiosk-resolvers");
            resolvers.setVisible(false);
            Button resolve = new Button(getTranslation("history.flag.resolve"), tap -> resolvers.setVisible(!resolvers.isVisible()));
            resolve.addClassName("kiosk-flag-resolve");
            resolvers.add(new Span(getTranslation("history.flag.resolved-by")));
            for (Therapist therapist : therapists.activeTherapists()) {
                resolvers.add(new Button(therapist.displayName(), tap -> {
                    history.resolve(UUID.randomUUID(), clientId, flag.painStopId(), therapist.id());
                    Touch.saved(getTranslation("history.flag.resolved", therapist.displayName()));
                    show();
                }));
            }
            Div row = new Div(sentence, resolve, resolvers);
            row.addClassName("kiosk-flag");
            caution.add(row);
        }
        add(caution);
    }

    private void lastVisit(@Nullable LastVisit last) {
        if (last == null) {
            return;
        }
        Div section = section("history.last-visit");
        Paragraph heading = new Paragraph(getTranslation("history.last-visit.when", time.date(last.startedAt()), last.therapistName())
                + " · " + text.painBeforeAfter(last.painBefore(), last.painAfter()));
        heading.addClassName("kiosk-last-visit-heading");
        section.add(heading);
        Div lines = new Div();
        lines.addClassName("kiosk-fact-lines");
        // Pain stops first, in red; then one line per stretch side with its repetitions together.
        java.util.Map<String, List<FactLine>> sides = new java.util.LinkedHashMap<>();
        for (FactLine fact : last.facts()) {
            if (fact.hasPainStop()) {
                Span line = new Span(text.attempt(fact));
                line.addClassName("kiosk-fact-pain");
                lines.add(line);
            } else {
                sides.computeIfAbsent(fact.stretchName() + "/" + fact.side(), k -> new java.util.ArrayList<>()).add(fact);
            }
        }
        for (List<FactLine> repetitions : sides.values()) {
            Span line = new Span(text.repetitions(repetitions));
            line.addClassName("kiosk-fact-line");
            lines.add(line);
        }
        section.add(lines);
        String note = history.closingNote(last.visitId());
        if (note != null) {
            section.add(new Paragraph(getTranslation("history.closing-note", note)));
        }
    }

    private void progress(Briefing briefing) {
        if (briefing.progress().isEmpty()) {
            return;
        }
        Div section = section("history.progress");
        for (Asymmetry asymmetry : briefing.asymmetries()) {
            Paragraph line = new Paragraph(getTranslation(asymmetry.beyondNoise() ? "history.asymmetry.beyond" : "history.asymmetry.within",
                    asymmetry.stretchName(), text.range(asymmetry.left(), asymmetry.unit()),
                    text.range(asymmetry.right(), asymmetry.unit()),
                    text.magnitude(Math.abs(asymmetry.difference()), asymmetry.unit()),
                    text.noise(MinimalDetectableChange.of(asymmetry.unit(), true), asymmetry.unit())));
            line.addClassName(asymmetry.beyondNoise() ? "kiosk-asymmetry-beyond" : "kiosk-asymmetry");
            section.add(line);
        }
        Div cards = new Div();
        cards.addClassName("kiosk-progress-cards");
        for (StretchProgress progress : briefing.progress()) {
            Div card = new Div(new H3(text.stretchSide(progress.stretchName(), progress.side())));
            card.addClassName("kiosk-progress-card");
            Paragraph verdict = new Paragraph(verdict(progress));
            verdict.addClassName(Words.key("kiosk-verdict-", progress.verdict()));
            card.add(verdict);
            if (progress.unitBefore() != null) {
                Paragraph series = new Paragraph(seriesNote(progress));
                series.addClassName("kiosk-series-note");
                card.add(series);
            }
            card.add(chart(Charts.progress(this::getTranslation, text.measures(), progress, time::date)));
            cards.add(card);
        }
        section.add(cards);
    }

    /** The plain-language verdict: is the change larger than the measurement noise of the unit? */
    String verdict(StretchProgress progress) {
        if (progress.first() == null || progress.latest() == null || progress.change() == null) {
            return getTranslation("history.verdict.too-few");
        }
        String first = text.range(progress.first(), progress.unit());
        String latest = text.range(progress.latest(), progress.unit());
        String change = text.change(progress.change(), progress.unit());
        String noise = text.noise(MinimalDetectableChange.of(progress.unit(), progress.sameRater()), progress.unit());
        String verdict = switch (progress.verdict()) {
            case IMPROVED -> getTranslation("history.verdict.improved", first, latest, change, noise);
            case DECLINED -> getTranslation("history.verdict.declined", first, latest, change, noise);
            case WITHIN_NOISE -> getTranslation("history.verdict.within-noise", first, latest, change, noise);
            case TOO_FEW -> getTranslation("history.verdict.too-few");
        };
        return progress.sameRater() ? verdict : verdict + " " + getTranslation("history.verdict.two-raters");
    }

    /** After a unit change: this series stands alone, the earlier one is shown apart and never compared. */
    String seriesNote(StretchProgress progress) {
        MeasureUnit before = progress.unitBefore();
        return before == null ? "" : getTranslation("history.series.new-unit", getTranslation(text.measures().unitKey(progress.unit())),
                getTranslation(text.measures().unitKey(before)));
    }

    /** Pain before the session in words: the trend the history feature reads ({@link com.stretchkiosk.history.PainTrend}). */
    java.util.Optional<String> painVerdict(List<com.stretchkiosk.history.PainPoint> pain) {
        return com.stretchkiosk.history.PainTrend.of(pain).map(trend -> getTranslation(switch (trend.verdict()) {
            case IMPROVED -> "history.pain.less";
            case DECLINED -> "history.pain.more";
            case WITHIN_NOISE, TOO_FEW -> "history.pain.within-noise";
        }, trend.first(), trend.latest(), (trend.change() > 0 ? "+" : trend.change() < 0 ? "−" : "±") + Math.abs(trend.change()),
                MinimalDetectableChange.PAIN_POINTS));
    }

    /** The latest sessions first; the rest one tap away, so a ten-year history opens as fast as a new one. */
    private void timeline(List<VisitRow> visits) {
        Div section = section("history.timeline");
        Div rows = new Div();
        rows.addClassName("kiosk-timeline");
        section.add(rows);
        Touch.firstThenAll(section, rows, visits, TIMELINE_FIRST, getTranslation("history.timeline.all", visits.size()), this::timelineRows);
    }

    private void timelineRows(Div rows, List<VisitRow> visits) {
        for (VisitRow visit : visits) {
            String line = getTranslation("history.timeline.row", time.date(visit.startedAt()), visit.therapistName(),
                    visit.attempts(), text.painBeforeAfter(visit.painBefore(), visit.painAfter()))
                    + (visit.painStops() > 0 ? " · " + getTranslation("history.timeline.pain-stops", visit.painStops()) : "")
                    + (visit.endedAt() == null ? " · " + getTranslation("history.timeline.open") : "");
            Button row = new Button(line, tap -> getUI().ifPresent(ui -> ui.navigate(VisitRecordView.class,
                    VisitRecordView.parameters(visit.visitId()))));
            row.addClassName(visit.painStops() > 0 ? "kiosk-timeline-row-pain" : "kiosk-timeline-row");
            rows.add(row);
        }
    }

    private void exports() {
        Div section = section("history.export");
        Anchor csv = download("client-" + clientId + "-history.csv", "text/csv", () -> history.exportCsv(clientId),
                getTranslation("history.export.csv"));
        Anchor json = download("client-" + clientId + "-history.json", "application/json", () -> history.exportJson(clientId),
                getTranslation("history.export.json"));
        Anchor print = new Anchor("clients/" + clientId + "/history", getTranslation("history.export.print"));
        print.addClassName("kiosk-download");
        Div links = new Div(csv, json, print);
        links.addClassName("kiosk-actions");
        // Backups are the studio's and protected; an export is the client's copy of their record, in the clear.
        com.vaadin.flow.component.html.Paragraph plain = new com.vaadin.flow.component.html.Paragraph(
                getTranslation("history.export.plain"));
        plain.addClassName("kiosk-export-plain");
        section.add(links, plain);
    }

    private static Anchor download(String fileName, String type, Supplier<String> content, String label) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            if (com.stretchkiosk.base.ui.Lock.isLocked(event.getSession())) {
                // The lock is the tablet's: a download link left in another tab gets nothing while it is locked.
                return DownloadResponse.error(jakarta.servlet.http.HttpServletResponse.SC_FORBIDDEN);
            }
            byte[] bytes = content.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type + "; charset=utf-8", bytes.length);
        }), label);
        anchor.addClassName("kiosk-download");
        return anchor;
    }

    private Div section(String titleKey) {
        Div section = new Div(new H2(getTranslation(titleKey)));
        section.addClassName("kiosk-briefing-section");
        add(section);
        return section;
    }

    /** A chart whose marks open their visit when tapped. */
    private KioskChart chart(ChartSpec spec) {
        return new KioskChart(spec, visit -> getUI().ifPresent(ui -> ui.navigate(VisitRecordView.class,
                VisitRecordView.parameters(visit))));
    }
}
