package com.stretchkiosk.audit.ui;

import com.stretchkiosk.base.StudioUser;

import com.stretchkiosk.audit.AuditAction;
import com.stretchkiosk.audit.AuditFilter;
import com.stretchkiosk.audit.AuditRow;
import com.stretchkiosk.audit.AuditService;
import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.base.ui.MainLayout;
import com.stretchkiosk.base.ui.Touch;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
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
        action.setItemLabelGenerator(a -> Touch.key("", a));
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

        grid.addColumn(row -> time.dateTime(row.occurredAt()) + ":" + String.format("%02d", row.occurredAt().atZone(time.zone()).getSecond()))
                .setHeader(getTranslation("audit.column.when")).setAutoWidth(true);
        grid.addColumn(row -> row.actor() == null ? "—" : row.actor()).setHeader(getTranslation("audit.column.who")).setAutoWidth(true);
        grid.addColumn(row -> row.deviceId() == null ? "—" : "#" + row.deviceId()).setHeader(getTranslation("audit.column.tablet"));
        grid.addColumn(row -> row.clientName() != null ? row.clientName() : row.clientId() != null ? "#" + row.clientId() : "—")
                .setHeader(getTranslation("audit.column.client")).setAutoWidth(true);
        grid.addColumn(row -> Touch.key("", row.action())).setHeader(getTranslation("audit.column.action")).setAutoWidth(true);
        grid.addColumn(row -> row.recordType() == null ? "" : row.recordType() + " " + (row.recordId() == null ? "" : row.recordId()))
                .setHeader(getTranslation("audit.column.record"));
        grid.addColumn(row -> row.outcome().name()).setHeader(getTranslation("audit.column.outcome"));
        grid.setAllRowsVisible(false);
        grid.setHeight("560px");
        add(new H1(getTranslation("audit.title")), filters, count, grid);
        show();
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
