package com.stretchkiosk.history.ui;

import jakarta.annotation.security.PermitAll;
import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.base.ui.MainLayout;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.history.FactLine;
import com.stretchkiosk.history.HistoryService;
import com.stretchkiosk.history.Resolution;
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

/** One past visit, read-only: every fact in tap order, undone ones struck through with their reason. */
@PermitAll
@Route(value = "visits/:" + VisitRecordView.VISIT_ID + "([0-9]{1,18})", layout = MainLayout.class)
public class VisitRecordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String VISIT_ID = "visitId";

    private final HistoryService history;
    private final StudioTime time;
    private String title = "";

    public VisitRecordView(HistoryService history, StudioTime time) {
        this.history = history;
        this.time = time;
        addClassName("kiosk-visit-record");
        setPadding(false);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
    }

    static RouteParameters parameters(long visitId) {
        return new RouteParameters(VISIT_ID, Long.toString(visitId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long visitId = event.getRouteParameters().getLong(VISIT_ID).orElseThrow();
        List<FactLine> facts = history.visitRecord(visitId);
        java.util.Map<String, Resolution> resolved = facts.isEmpty() ? java.util.Map.of() : history.resolutionsOfVisit(visitId);
        removeAll();
        if (facts.isEmpty()) {
            title = getTranslation("history.record.empty");
            add(new H1(title));
            return;
        }
        title = getTranslation("history.record.title", time.date(facts.getFirst().visitStartedAt()));
        add(new H1(title));
        Div lines = new Div();
        lines.addClassName("kiosk-fact-lines");
        for (FactLine fact : facts) {
            Resolution resolution = fact.painStopFactId() == null ? null : resolved.get(fact.painStopFactId());
            Span line = new Span(time.time(fact.recordedAt()) + "  " + FactText.attempt(this, fact)
                    + (resolution == null ? "" : "  " + getTranslation("history.record.resolved", resolution.resolvedBy(),
                            time.date(resolution.resolvedAt()))));
            line.addClassName(fact.hasPainStop() ? "kiosk-fact-pain" : "kiosk-fact-line");
            if (fact.voided()) {
                line.addClassName("kiosk-fact-voided");
                Span reason = new Span(getTranslation("history.record.voided", fact.voidReason()));
                reason.addClassName("kiosk-void-reason");
                lines.add(new Div(line, reason));
            } else {
                lines.add(line);
            }
        }
        add(lines);
        String note = history.closingNote(visitId);
        if (note != null) {
            add(new Paragraph(getTranslation("history.closing-note", note)));
        }
        add(Touch.secondary(getTranslation("history.back"), tap -> getUI().ifPresent(ui -> ui.getPage().getHistory().back())));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
