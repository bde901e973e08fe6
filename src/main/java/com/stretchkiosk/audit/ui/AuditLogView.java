package com.stretchkiosk.audit.ui;

import com.stretchkiosk.base.StudioUser;

import com.stretchkiosk.audit.AuditAction;
import com.stretchkiosk.audit.AuditFilter;
import com.stretchkiosk.audit.AuditOutcome;
import com.stretchkiosk.audit.AuditRow;
import com.stretchkiosk.audit.AuditService;
import com.stretchkiosk.audit.AuditWording;
import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.base.Words;
import com.stretchkiosk.base.ui.MainLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;

/** For managers: who did what to which record, when, with what outcome; filtered by who, client, action, date. */
@Route(value = "manager/audit", layout = MainLayout.class)
@RolesAllowed(StudioUser.MANAGER)
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final AuditService audit;
    private final StudioTime time;
    private final ComboBox<String> who = new ComboBox<>();
    private final TextField client = new TextField();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker until = new DatePicker();
    private final Grid<AuditRow> grid = new Grid<>();
    private final Paragraph count = new Paragraph();

    public AuditLogView(AuditService audit, StudioTime time) {
        this.audit = audit;
        this.time = time;
        addClassName("kiosk-audit");
        setPadding(false);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
        who.setLabel(getTranslation("audit.who"));
        who.setItems(audit.actors());
        who.setClearButtonVisible(true);
        client.setLabel(getTranslation("audit.client"));
        client.setClearButtonVisible(true);
        action.setLabel(getTranslation("audit.action"));
        action.setItems(Arrays.asList(AuditAction.values()));
        action.setItemLabelGenerator(a -> getTranslation(AuditWording.key(a, null)));
        action.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.from"));
        until.setLabel(getTranslation("audit.until"));
        who.addValueChangeListener(change -> show());
        client.addValueChangeListener(change -> show());
        action.addValueChangeListener(change -> show());
        from.addValueChangeListener(change -> show());
        until.addValueChangeListener(change -> show());
        Div filters = new Div(who, client, action, from, until);
        filters.addClassName("kiosk-audit-filters");

        // Three columns of two lines each, so that a row reads whole in portrait too.
        grid.addColumn(twoLines(row -> time.timeWithSeconds(row.occurredAt()), row -> time.date(row.occurredAt()))).setHeader(getTranslation("audit.column.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(twoLines(row -> row.actor() == null ? "—" : row.actor(),
                row -> row.tabletName() == null ? "" : getTranslation("audit.tablet", row.tabletName())))
                .setHeader(getTranslation("audit.column.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(twoLines(this::what, this::about)).setHeader(getTranslation("audit.column.what")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(false);
        grid.setHeight("560px");
        add(new H1(getTranslation("audit.title")), filters, count, grid);
        show();
    }

    /** What was done, in words, and whether it was refused. */
    private String what(AuditRow row) {
        String done = getTranslation(AuditWording.key(row.action(), row.recordType()));
        return row.outcome() == AuditOutcome.OK ? done : done + " — " + getTranslation(Words.key("audit.outcome.", row.outcome()));
    }

    /** To whom or what: the client's name, and the record's own name where it says something (a backup's file). */
    private String about(AuditRow row) {
        String client = row.clientName() != null ? row.clientName() : row.clientId() != null ? "#" + row.clientId() : null;
        String detail = AuditWording.recordDetail(row.recordType(), row.recordId());
        return client == null ? (detail == null ? "" : detail) : detail == null ? client : client + " · " + detail;
    }

    private static LitRenderer<AuditRow> twoLines(ValueProvider<AuditRow, String> first, ValueProvider<AuditRow, String> second) {
        return LitRenderer.<AuditRow>of("<div class=\"kiosk-audit-cell\"><span>${item.first}</span>"
                        + "<span class=\"kiosk-audit-second\">${item.second}</span></div>")
                .withProperty("first", first).withProperty("second", second);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }

    private void show() {
        String clientText = client.getValue().isBlank() ? null : client.getValue().strip();
        AuditFilter filter = new AuditFilter(who.getValue(), clientText, action.getValue(),
                from.getValue() == null ? null : from.getValue().atStartOfDay(time.zone()).toInstant(),
                until.getValue() == null ? null : until.getValue().plusDays(1).atStartOfDay(time.zone()).toInstant());
        List<AuditRow> rows = audit.search(filter);
        grid.setItems(rows);
        count.setText(getTranslation(rows.size() >= AuditService.SEARCH_LIMIT ? "audit.count.limited" : "audit.count",
                rows.size()));
    }
}
