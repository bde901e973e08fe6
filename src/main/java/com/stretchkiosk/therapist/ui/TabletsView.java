package com.stretchkiosk.therapist.ui;

import com.stretchkiosk.base.DeviceKind;
import com.stretchkiosk.base.StudioUser;

import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.base.TextLimits;
import com.stretchkiosk.base.ui.MainLayout;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.display.ClientDisplay;
import com.stretchkiosk.display.DisplayService;
import com.stretchkiosk.display.ui.DisplayView;
import com.stretchkiosk.base.ui.DarkScreen;
import com.stretchkiosk.therapist.Device;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.util.Map;
import java.util.stream.Collectors;
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

/**
 * For managers: enrol this browser as a studio tablet (therapists then switch on it by PIN) or as a client display,
 * revoke one, unpair a display; on an enrolled tablet, its dark screen and its pedal keys.
 */
@Route(value = "manager/tablets", layout = MainLayout.class)
@RolesAllowed(StudioUser.MANAGER)
public class TabletsView extends VerticalLayout implements HasDynamicTitle {

    private final DeviceService devices;
    private final DisplayService displays;
    private final StudioTime time;
    private final Div list = new Div();

    public TabletsView(DeviceService devices, DisplayService displays, StudioTime time) {
        this.devices = devices;
        this.displays = displays;
        this.time = time;
        addClassName("kiosk-tablets");
        setPadding(false);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
        Paragraph current = new Paragraph(TabletSignIn.enrolled(devices)
                .map(d -> getTranslation("tablets.this-one", d.label())).orElse(getTranslation("tablets.this-not")));
        TextField label = new TextField(getTranslation("tablets.label"));
        label.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        Div enrolRow = new Div();
        var enrol = Touch.primary(getTranslation("tablets.enrol"), tap -> {
            try {
                TabletSignIn.enrolHere(devices, label.getValue());
                Touch.saved(getTranslation("tablets.enrolled", label.getValue().strip()));
                current.setText(getTranslation("tablets.this-one", label.getValue().strip()));
                label.clear();
                enrolRow.setVisible(false);
                show();
            } catch (TherapistRefusedException refused) {
                Touch.showProblem(label, refused.problem());
            }
        });
        var enrolDisplay = Touch.secondary(getTranslation("tablets.enrol-display"), tap -> {
            try {
                TabletSignIn.enrolDisplayHere(devices, label.getValue());
                getUI().ifPresent(ui -> ui.navigate(DisplayView.class));
            } catch (TherapistRefusedException refused) {
                Touch.showProblem(label, refused.problem());
            }
        });
        enrolRow.add(label, enrol, enrolDisplay);
        enrolRow.addClassName("kiosk-newcomer");
        // An enrolled tablet is not offered to enrol itself again: it says what it is, and the list revokes it.
        enrolRow.setVisible(TabletSignIn.enrolled(devices).isEmpty());
        add(new H1(getTranslation("tablets.title")), current, enrolRow, list);
        TabletSignIn.enrolled(devices).ifPresent(tablet -> {
            Checkbox dark = new Checkbox(getTranslation("tablets.dark"), devices.isDark(tablet.id()));
            dark.addClassName("kiosk-dark-switch");
            dark.addValueChangeListener(change -> {
                devices.setDark(tablet.id(), change.getValue());
                DarkScreen.apply(change.getValue());
            });
            add(dark, new TabletKeys(devices, tablet.id()));
        });
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tablets.title");
    }

    private void show() {
        list.removeAll();
        Map<Long, ClientDisplay> paired = displays.displays().stream().collect(Collectors.toMap(ClientDisplay::id, d -> d));
        for (Device device : devices.devices()) {
            Span name = new Span(device.kind() == DeviceKind.DISPLAY
                    ? getTranslation("tablets.kind.display") + ": " + device.label() : device.label());
            name.addClassName("kiosk-therapist-name");
            Span status = new Span(device.active()
                    ? getTranslation("tablets.status", time.date(device.enrolledAt()),
                            device.lastSeenAt() == null ? "—" : time.dateTime(device.lastSeenAt()))
                    : getTranslation("tablets.revoked", time.date(java.util.Objects.requireNonNull(device.revokedAt()))));
            status.addClassName("kiosk-therapist-status");
            Div row = new Div(name, status);
            row.addClassName("kiosk-therapist-row");
            ClientDisplay display = paired.get(device.id());
            if (display != null) {
                Span follows = new Span(display.tabletLabel() == null ? getTranslation("tablets.display.unpaired")
                        : getTranslation("tablets.display.follows", display.tabletLabel()));
                follows.addClassName("kiosk-therapist-status");
                row.add(follows);
                if (display.paired()) {
                    Button unpair = Touch.secondary(getTranslation("display.pairing.unpair"), tap -> {
                        displays.unpair(display.id());
                        show();
                    });
                    unpair.setAriaLabel(getTranslation("display.pairing.unpair.named", display.label()));
                    row.add(unpair);
                }
            }
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
