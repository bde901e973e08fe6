package com.stretchkiosk.history.ui;

import com.stretchkiosk.base.StudioUser;
import jakarta.annotation.security.RolesAllowed;
import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.catalog.Measures;
import com.stretchkiosk.base.ui.MainLayout;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.history.FactLine;
import com.stretchkiosk.history.HistoryService;
import com.stretchkiosk.history.VisitRecord;
import com.stretchkiosk.history.VisitRow;
import com.stretchkiosk.visit.PainStop;
import com.stretchkiosk.visit.Outcome;
import com.stretchkiosk.visit.Voiding;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One past visit: every fact in tap order, undone and corrected ones struck through with their reason (and who
 * corrected them), each standing attempt or pain stop correctable in place.
 */
@RolesAllowed(StudioUser.THERAPIST)
@Route(value = "visits/:" + VisitRecordView.VISIT_ID + "([0-9]{1,18})", layout = MainLayout.class)
public class VisitRecordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String VISIT_ID = "visitId";

    private final HistoryService history;
    private final StudioTime time;
    private final FactText text;
    private String title = "";

    public VisitRecordView(HistoryService history, StudioTime time, Measures measures) {
        this.history = history;
        this.time = time;
        this.text = new FactText(this, time, measures);
        addClassName("kiosk-visit-record");
        setPadding(false);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
    }

    static RouteParameters parameters(long visitId) {
        return new RouteParameters(VISIT_ID, Long.toString(visitId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().getLong(VISIT_ID).orElseThrow());
    }

    private void show(long visitId) {
        VisitRecord record = history.visitRecord(visitId);
        List<FactLine> facts = record.facts();
        removeAll();
        title = getTranslation("history.record.title", time.date(record.visit().startedAt()));
        add(new H1(title), header(record));
        if (facts.isEmpty()) {
            add(new Paragraph(getTranslation("history.record.empty")));
            return;
        }
        Map<Long, String> names = history.therapistNames();
        Set<Long> superseded = facts.stream().map(f -> f.attempt().supersedesId()).filter(Objects::nonNull).collect(Collectors.toSet());
        Div lines = new Div();
        lines.addClassName("kiosk-fact-lines");
        java.time.Instant tapped = facts.getFirst().recordedAt();
        for (FactLine fact : correctionsUnderTheirOriginals(facts)) {
            PainStop stop = fact.attempt().painStop();
            PainStop.Resolved resolved = stop == null ? null : stop.resolved();
            // A correction shows the time of the tap it corrects: it is that repetition, stored again later.
            tapped = fact.attempt().supersedesId() == null ? fact.recordedAt() : tapped;
            Span line = new Span(time.time(tapped) + "  " + text.attempt(fact)
                    + (resolved == null ? "" : "  " + getTranslation("history.record.resolved", names.get(resolved.by()),
                            time.date(resolved.at())))
                    + (fact.attempt().supersedesId() == null ? "" : "  " + getTranslation("history.record.correction")));
            line.addClassName(fact.hasPainStop() ? "kiosk-fact-pain" : "kiosk-fact-line");
            Voiding voided = fact.attempt().voided();
            if (voided != null) {
                line.addClassName("kiosk-fact-voided");
                String by = voided.by() == null ? null : names.get(voided.by());
                Span reason = new Span(superseded.contains(fact.attempt().id())
                        ? getTranslation(by == null ? "history.record.corrected" : "history.record.corrected-by", voided.reason(),
                                by == null ? "" : by, time.date(voided.at()))
                        : getTranslation("history.record.voided", voided.reason()));
                reason.addClassName("kiosk-void-reason");
                lines.add(new Div(line, reason));
            } else if (fact.outcome() != Outcome.SKIPPED) {
                Div row = new Div(line);
                row.addClassName("kiosk-fact-row");
                Button correct = Touch.secondary(getTranslation("history.correct.open"), tap -> {
                    tap.getSource().setEnabled(false);
                    row.add(new CorrectionForm(fact, text, history::correct, () -> show(visitId)));
                });
                correct.addClassName("kiosk-correct");
                row.add(correct);
                lines.add(row);
            } else {
                lines.add(line);
            }
        }
        add(lines);
        String note = record.visit().closingNote();
        if (note != null) {
            add(new Paragraph(getTranslation("history.closing-note", note)));
        }
        add(Touch.secondary(getTranslation("history.back"), tap -> getUI().ifPresent(ui -> ui.getPage().getHistory().back())));
    }

    /** Whose session it was (a way to their page), who stretched, when, and the pain before and after. */
    private Div header(VisitRecord record) {
        VisitRow visit = record.visit();
        Button client = Touch.secondary(record.clientName(), tap -> getUI().ifPresent(ui -> ui.navigate("clients/" + record.clientId())));
        client.addClassName("kiosk-record-client");
        String when = visit.endedAt() == null
                ? getTranslation("history.record.open", time.time(visit.startedAt()), visit.therapistName())
                : getTranslation("history.record.when", time.time(visit.startedAt()), time.time(visit.endedAt()), visit.therapistName());
        Span pain = new Span(getTranslation("history.record.pain", score(visit.painBefore()), score(visit.painAfter())));
        Div header = new Div(client, new Span(when), pain);
        header.addClassName("kiosk-record-header");
        return header;
    }

    private String score(@Nullable Integer pain) {
        return pain == null ? getTranslation("history.record.pain-not-asked") : getTranslation("history.record.pain-score", pain);
    }

    /** Tap order, except that each correction follows the fact it corrects (a chain of them in order). */
    static List<FactLine> correctionsUnderTheirOriginals(List<FactLine> facts) {
        Map<Long, FactLine> correctionOf = new java.util.HashMap<>();
        facts.forEach(f -> {
            Long corrected = f.attempt().supersedesId();
            if (corrected != null) {
                correctionOf.put(corrected, f);
            }
        });
        Set<Long> shown = facts.stream().map(f -> f.attempt().id()).collect(Collectors.toSet());
        List<FactLine> ordered = new java.util.ArrayList<>();
        for (FactLine fact : facts) {
            Long corrected = fact.attempt().supersedesId();
            if (corrected != null && shown.contains(corrected)) {
                continue;
            }
            for (FactLine next = fact; next != null; next = correctionOf.get(next.attempt().id())) {
                ordered.add(next);
            }
        }
        return ordered;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
