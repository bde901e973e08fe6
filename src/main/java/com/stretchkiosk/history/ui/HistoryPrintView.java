package com.stretchkiosk.history.ui;

import com.stretchkiosk.base.StudioUser;
import jakarta.annotation.security.RolesAllowed;
import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.catalog.Measures;
import com.stretchkiosk.base.ui.Landmark;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.base.ui.Lock;
import com.stretchkiosk.history.ClientHeader;
import com.stretchkiosk.history.HistoryService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;

/**
 * The printable summary of a client (a few pages whatever the length of the history): cautions, progress per stretch
 * and side, every pain stop and the last five sessions in detail, to print from the browser or download as a PDF.
 */
@RolesAllowed(StudioUser.THERAPIST)
@Route("clients/:clientId([0-9]{1,18})/history")
public class HistoryPrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final HistoryService history;
    private final StudioTime time;
    private final Measures measures;
    private String title = "";

    public HistoryPrintView(HistoryService history, StudioTime time, Measures measures) {
        this.history = history;
        this.time = time;
        this.measures = measures;
        addClassName("kiosk-print");
        Landmark.main(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long clientId = event.getRouteParameters().getLong("clientId").orElseThrow();
        ClientHeader client = history.clientHeader(clientId);
        SummaryDocument summary = SummaryWriter.write(this, time, new FactText(this, time, measures), client,
                history.briefing(clientId), history.allFacts(clientId), history.therapistNames());
        removeAll();
        title = summary.title();
        // The PDF is written when it is asked for, from the summary on the screen (immutable, so outside the UI's lock).
        Anchor download = new Anchor(DownloadHandler.fromInputStream(request -> {
            if (Lock.isLocked(request.getSession())) {
                return DownloadResponse.error(HttpServletResponse.SC_FORBIDDEN);
            }
            byte[] pdf = SummaryPdf.render(summary);
            history.recordExport(clientId, "pdf");
            return new DownloadResponse(new ByteArrayInputStream(pdf), "client-" + clientId + "-summary.pdf", "application/pdf",
                    pdf.length);
        }), getTranslation("history.print.pdf"));
        download.addClassName("kiosk-download");
        Div tools = new Div(Touch.primary(getTranslation("history.print.print"),
                        tap -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()"))), download,
                Touch.secondary(getTranslation("history.back"), tap -> getUI().ifPresent(ui -> ui.navigate("clients/" + clientId))));
        tools.addClassName("kiosk-print-tools");
        add(tools, new H1(title), new Paragraph(summary.subtitle()));
        for (SummaryDocument.Block block : summary.blocks()) {
            add(switch (block) {
                case SummaryDocument.Heading h -> new H2(h.text());
                case SummaryDocument.Text t -> {
                    Paragraph p = new Paragraph(t.text());
                    p.addClassName(t.caution() ? "kiosk-fact-pain" : "kiosk-fact-line");
                    yield p;
                }
                case SummaryDocument.Table t -> table(t);
            });
        }
    }

    private static NativeTable table(SummaryDocument.Table t) {
        NativeTable table = new NativeTable();
        table.addClassName("kiosk-summary-table");
        NativeTableRow header = new NativeTableRow();
        t.header().forEach(column -> header.add(new NativeTableHeaderCell(column)));
        table.getHead().add(header);
        for (int i = 0; i < t.rows().size(); i++) {
            NativeTableRow row = new NativeTableRow();
            t.rows().get(i).forEach(value -> row.add(new NativeTableCell(value)));
            if (t.cautionRows().contains(i)) {
                row.addClassName("kiosk-fact-pain");
            }
            table.getBody().add(row);
        }
        return table;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
