package com.stretchkiosk.history.ui;

import jakarta.annotation.security.PermitAll;
import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.history.Briefing;
import com.stretchkiosk.history.CautionFlag;
import com.stretchkiosk.history.FactLine;
import com.stretchkiosk.history.HistoryService;
import com.stretchkiosk.history.Resolution;
import com.stretchkiosk.history.VisitRow;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A printable history: cautions and every visit with its facts, on plain paper-friendly pages. */
@PermitAll
@Route("clients/:clientId([0-9]{1,18})/history")
public class HistoryPrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final HistoryService history;
    private final StudioTime time;
    private String title = "";

    public HistoryPrintView(HistoryService history, StudioTime time) {
        this.history = history;
        this.time = time;
        addClassName("kiosk-print");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long clientId = event.getRouteParameters().getLong("clientId").orElseThrow();
        var client = history.clientHeader(clientId);
        removeAll();
        title = getTranslation("history.print.title", client.name());
        Div tools = new Div(Touch.primary(getTranslation("history.print.print"),
                        tap -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()"))),
                Touch.secondary(getTranslation("history.back"), tap -> getUI().ifPresent(ui -> ui.navigate("clients/" + clientId))));
        tools.addClassName("kiosk-print-tools");
        add(tools, new H1(title));
        add(new Paragraph(getTranslation("history.print.printed", time.dateTime(time.now()))));
        if (client.precautions() != null) {
            add(new H2(getTranslation("history.cautions")), new Paragraph(client.precautions()));
        }
        Briefing briefing = history.briefing(clientId);
        for (CautionFlag flag : briefing.flags()) {
            Paragraph line = new Paragraph(FactText.flag(this, flag, time));
            line.addClassName("kiosk-fact-pain");
            add(line);
        }
        Map<Long, List<FactLine>> facts = history.allFacts(clientId).stream()
                .collect(Collectors.groupingBy(FactLine::visitId));
        Map<String, Resolution> resolved = history.resolutions(clientId);
        add(new H2(getTranslation("history.timeline")));
        for (VisitRow visit : briefing.timeline()) {
            add(new H3(getTranslation("history.timeline.row", time.date(visit.startedAt()), visit.therapistName(),
                    visit.attempts(), FactText.painBeforeAfter(this, visit.painBefore(), visit.painAfter()))));
            for (FactLine fact : facts.getOrDefault(visit.visitId(), List.of())) {
                Resolution resolution = fact.painStopFactId() == null ? null : resolved.get(fact.painStopFactId());
                Span line = new Span(FactText.attempt(this, fact)
                        + (fact.voided() ? "  " + getTranslation("history.record.voided", fact.voidReason()) : "")
                        + (resolution == null ? "" : "  " + getTranslation("history.record.resolved", resolution.resolvedBy(),
                                time.date(resolution.resolvedAt()))));
                line.addClassName(fact.voided() ? "kiosk-fact-voided" : fact.hasPainStop() ? "kiosk-fact-pain" : "kiosk-fact-line");
                add(new Div(line));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
