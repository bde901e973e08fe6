package com.stretchkiosk.history.ui;

import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.base.Words;
import com.stretchkiosk.history.Briefing;
import com.stretchkiosk.history.CautionFlag;
import com.stretchkiosk.history.ClientHeader;
import com.stretchkiosk.history.FactLine;
import com.stretchkiosk.history.MinimalDetectableChange;
import com.stretchkiosk.history.StretchProgress;
import com.stretchkiosk.history.VisitRow;
import com.stretchkiosk.visit.PainStop;
import com.stretchkiosk.visit.RangeSeries;
import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the printable summary of a client in a few pages, whatever the length of the history: cautions first, a
 * progress table per stretch and side (first, best, latest, change against the noise), every pain stop, and the last
 * five sessions in detail.
 */
final class SummaryWriter {

    static final int VISITS_IN_DETAIL = 5;

    private SummaryWriter() {
    }

    static SummaryDocument write(Component i18n, StudioTime time, FactText text, ClientHeader client, Briefing briefing,
            List<FactLine> facts, Map<Long, String> names) {
        List<SummaryDocument.Block> blocks = new ArrayList<>();
        blocks.add(new SummaryDocument.Heading(i18n.getTranslation("history.cautions")));
        if (client.precautions() != null) {
            blocks.add(new SummaryDocument.Text(client.precautions(), true));
        }
        for (CautionFlag flag : briefing.flags()) {
            blocks.add(new SummaryDocument.Text(text.flag(flag), true));
        }
        if (client.precautions() == null && briefing.flags().isEmpty()) {
            blocks.add(new SummaryDocument.Text(i18n.getTranslation("history.summary.no-cautions"), false));
        }

        blocks.add(new SummaryDocument.Heading(i18n.getTranslation("history.progress")));
        List<List<String>> progress = new ArrayList<>();
        for (StretchProgress p : briefing.progress()) {
            progress.add(progressRow(i18n, time, text, p));
        }
        blocks.add(progress.isEmpty() ? new SummaryDocument.Text(i18n.getTranslation("history.summary.no-progress"), false)
                : new SummaryDocument.Table(List.of(i18n.getTranslation("history.summary.stretch"),
                        i18n.getTranslation("history.summary.first"), i18n.getTranslation("history.summary.best"),
                        i18n.getTranslation("history.summary.latest"), i18n.getTranslation("history.summary.change")),
                        progress, List.of()));

        blocks.add(new SummaryDocument.Heading(i18n.getTranslation("history.summary.pain-stops")));
        List<List<String>> stops = new ArrayList<>();
        List<Integer> unresolved = new ArrayList<>();
        for (FactLine f : facts) {
            if (!f.voided() && f.hasStandingPainStop()) {
                PainStop.Resolved resolved = Objects.requireNonNull(f.attempt().painStop()).resolved();
                if (resolved == null) {
                    unresolved.add(stops.size());
                }
                stops.add(List.of(time.date(f.recordedAt()), text.stretchSide(f.stretchName(), f.side()),
                        f.rangeAtStop() == null ? i18n.getTranslation("history.flag.go-gently") : text.range(f.rangeAtStop(), f.unit()),
                        f.painScore() == null ? "—" : f.painScore() + "/10",
                        f.region() == null ? "—" : i18n.getTranslation(Words.key("region.", f.region())),
                        resolved == null ? i18n.getTranslation("history.summary.unresolved")
                                : i18n.getTranslation("history.summary.resolved", names.get(resolved.by()), time.date(resolved.at()))));
            }
        }
        blocks.add(stops.isEmpty() ? new SummaryDocument.Text(i18n.getTranslation("history.summary.no-pain-stops"), false)
                : new SummaryDocument.Table(List.of(i18n.getTranslation("history.summary.date"),
                        i18n.getTranslation("history.summary.stretch"), i18n.getTranslation("history.summary.range"),
                        i18n.getTranslation("history.summary.pain"), i18n.getTranslation("history.summary.where"),
                        i18n.getTranslation("history.summary.status")), stops, unresolved));

        blocks.add(new SummaryDocument.Heading(i18n.getTranslation("history.summary.last-visits", VISITS_IN_DETAIL)));
        List<VisitRow> latest = briefing.timeline().stream().limit(VISITS_IN_DETAIL).toList();
        if (latest.isEmpty()) {
            blocks.add(new SummaryDocument.Text(i18n.getTranslation("history.summary.no-visits"), false));
        }
        for (VisitRow visit : latest) {
            blocks.add(new SummaryDocument.Text(i18n.getTranslation("history.timeline.row", time.date(visit.startedAt()),
                    visit.therapistName(), visit.attempts(), text.painBeforeAfter(visit.painBefore(), visit.painAfter())), false));
            Map<String, List<FactLine>> bySide = new LinkedHashMap<>();
            facts.stream().filter(f -> f.visitId() == visit.visitId() && !f.voided())
                    .forEach(f -> bySide.computeIfAbsent(f.stretchId() + "/" + f.side(), k -> new ArrayList<>()).add(f));
            for (List<FactLine> side : bySide.values()) {
                boolean stopped = side.stream().anyMatch(FactLine::hasStandingPainStop);
                // In words as well as in red: a black-and-white printer keeps the words.
                blocks.add(new SummaryDocument.Text("  " + text.repetitions(side)
                        + (stopped ? " · " + i18n.getTranslation("history.summary.stopped") : ""), stopped));
            }
            if (visit.closingNote() != null) {
                blocks.add(new SummaryDocument.Text("  " + i18n.getTranslation("history.closing-note", visit.closingNote()), false));
            }
        }
        return new SummaryDocument(i18n.getTranslation("history.print.title", client.name()),
                i18n.getTranslation("history.print.printed", time.dateTime(time.now())), blocks);
    }

    private static List<String> progressRow(Component i18n, StudioTime time, FactText text, StretchProgress p) {
        List<RangeSeries.Point> measured = p.points().stream().filter(point -> point.best() != null).toList();
        String name = text.stretchSide(p.stretchName(), p.side())
                + (p.unitBefore() == null ? "" : " " + i18n.getTranslation("history.summary.new-unit"));
        if (measured.isEmpty()) {
            return List.of(name, "—", "—", "—", i18n.getTranslation("history.verdict.too-few"));
        }
        RangeSeries.Point first = measured.getFirst();
        RangeSeries.Point last = measured.getLast();
        int best = measured.stream().map(RangeSeries.Point::best).filter(Objects::nonNull).mapToInt(Integer::intValue).max().orElseThrow();
        String firstText = text.range(Objects.requireNonNull(first.best()), p.unit()) + " (" + time.date(first.at()) + ")";
        String lastText = text.range(Objects.requireNonNull(last.best()), p.unit()) + " (" + time.date(last.at()) + ")";
        Integer change = p.change();
        String verdict = switch (p.verdict()) {
            case IMPROVED -> i18n.getTranslation("history.summary.improved");
            case DECLINED -> i18n.getTranslation("history.summary.declined");
            case WITHIN_NOISE -> i18n.getTranslation("history.summary.within-noise");
            case TOO_FEW -> i18n.getTranslation("history.verdict.too-few");
        };
        String changeText = change == null || measured.size() < 2 ? verdict
                : text.change(change, p.unit()) + " · " + verdict + " (" + i18n.getTranslation("history.summary.noise",
                        text.noise(MinimalDetectableChange.of(p.unit(), p.sameRater()), p.unit())) + ")";
        return List.of(name, firstText, text.range(best, p.unit()), lastText, changeText);
    }
}
