package com.stretchkiosk.therapist.ui;

import com.stretchkiosk.base.StudioUser;

import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.base.TextLimits;
import com.stretchkiosk.base.ui.MainLayout;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.therapist.Device;
import com.stretchkiosk.therapist.DeviceService;
import com.stretchkiosk.therapist.TherapistRefusedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** For managers: enrol this browser as a studio tablet (therapists then switch on it by PIN), or revoke one. */
@Route(value = "manager/tablets", layout = MainLayout.class)
@RolesAllowed(StudioUser.MANAGER)
public class TabletsView extends VerticalLayout implements HasDynamicTitle {

    private final DeviceService devices;
    private final StudioTime time;
    private final Div list = new Div();

    public TabletsView(DeviceService devices, StudioTime time) {
        this.devices = devices;
        this.time = time;
        addClassName("kiosk-tablets");
        setPadding(false);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
        Paragraph current = new Paragraph(TabletSignIn.enrolled(devices)
                .map(d -> getTranslation("tablets.this-one", d.label())).orElse(getTranslation("tablets.this-not")));
        TextField label = new TextField(getTranslation("tablets.label"));
        label.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        var enrol = Touch.primary(getTranslation("tablets.enrol"), tap -> {
            try {
                TabletSignIn.enrolHere(devices, label.getValue());
                Touch.saved(getTranslation("tablets.enrolled", label.getValue().strip()));
                current.setText(getTranslation("tablets.this-one", label.getValue().strip()));
                label.clear();
                show();
            } catch (TherapistRefusedException refused) {
                Touch.showProblem(label, refused.problem());
            }
        });
        Div enrolRow = new Div(label, enrol);
        enrolRow.addClassName("kiosk-newcomer");
        add(new H1(getTranslation("tablets.title")), current, enrolRow, list);
        TabletSignIn.enrolled(devices).ifPresent(tablet -> add(new TabletKeys(devices, tablet.id())));
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tablets.title");
    }

    private void show() {
        list.removeAll();
        for (Device device : devices.devices()) {
            Span name = new Span(device.label());
            name.addClassName("kiosk-therapist-name");
            Span status = new Span(device.active()
                    ? getTranslation("tablets.status", time.date(device.enrolledAt()),
                            device.lastSeenAt() == null ? "—" : time.dateTime(device.lastSeenAt()))
                    : getTranslation("tablets.revoked", time.date(java.util.Objects.requireNonNull(device.revokedAt()))));
            status.addClassName("kiosk-therapist-status");
            Div row = new Div(name, status);
            row.addClassName("kiosk-therapist-row");
            if (device.active()) {
                row.add(Touch.secondary(getTranslation("tablets.revoke"), tap -> {
                    devices.revoke(device.id());
                    show();
                }));
            }
            list.add(row);
        }
    }
}
