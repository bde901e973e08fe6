package com.stretchkiosk.therapist.ui;

import com.stretchkiosk.base.StudioUser;

import com.stretchkiosk.base.TextLimits;
import com.stretchkiosk.base.ui.MainLayout;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.therapist.Pin;
import com.stretchkiosk.therapist.TherapistAccount;
import com.stretchkiosk.therapist.TherapistRefusedException;
import com.stretchkiosk.therapist.TherapistService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** For managers: the studio's therapists: add one, set or reset a PIN, deactivate (history stays theirs). */
@Route(value = "manager/therapists", layout = MainLayout.class)
@RolesAllowed(StudioUser.MANAGER)
public class TherapistsView extends VerticalLayout implements HasDynamicTitle {

    private final TherapistService therapists;
    private final Div list = new Div();

    public TherapistsView(TherapistService therapists) {
        this.therapists = therapists;
        addClassName("kiosk-therapists");
        setPadding(false);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
        TextField name = new TextField(getTranslation("therapists.new.name"));
        name.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        Button add = Touch.primary(getTranslation("therapists.add"), tap -> {
            try {
                var added = therapists.add(name.getValue());
                Touch.showProblem(name, null);
                name.clear();
                Touch.saved(getTranslation("therapists.added", added.displayName()));
                show();
            } catch (TherapistRefusedException refused) {
                Touch.showProblem(name, refused.problem());
            }
        });
        Div addRow = new Div(name, add);
        addRow.addClassName("kiosk-newcomer");
        list.addClassName("kiosk-therapist-list");
        add(new H1(getTranslation("therapists.title")), addRow, list);
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("therapists.title");
    }

    private void show() {
        list.removeAll();
        for (TherapistAccount account : therapists.accounts()) {
            list.add(row(account));
        }
    }

    private Div row(TherapistAccount account) {
        Span name = new Span(account.displayName());
        name.addClassName("kiosk-therapist-name");
        Span status = new Span(getTranslation(account.deactivated() ? "therapists.status.deactivated"
                : account.pinDisabled() ? "therapists.status.pin-disabled"
                : account.hasPin() ? "therapists.status.pin" : "therapists.status.no-pin")
                + (account.isManager() ? " · " + getTranslation("therapists.manager") : ""));
        status.addClassName(account.pinDisabled() ? "kiosk-warning-text" : "kiosk-therapist-status");

        PasswordField pin = pinField("therapists.pin");
        PasswordField repeated = pinField("therapists.pin.repeat");
        Button save = Touch.primary(getTranslation("therapists.pin.save"), tap -> {
            try {
                therapists.setPin(account.id(), pin.getValue(), repeated.getValue());
                Touch.saved(getTranslation("therapists.pin.saved", account.displayName()));
                show();
            } catch (TherapistRefusedException refused) {
                Touch.showProblem(refused.problem().messageKey().equals("pin.mismatch") ? repeated : pin, refused.problem());
            }
        });
        Div pinForm = new Div(pin, repeated, save);
        pinForm.addClassName("kiosk-pin-form");
        pinForm.setVisible(false);

        Div actions = new Div();
        actions.addClassName("kiosk-actions");
        if (account.deactivated()) {
            actions.add(Touch.secondary(getTranslation("therapists.reactivate"), tap -> {
                therapists.reactivate(account.id());
                show();
            }));
        } else {
            actions.add(Touch.secondary(getTranslation(account.hasPin() ? "therapists.pin.reset" : "therapists.pin.set"),
                    tap -> pinForm.setVisible(!pinForm.isVisible())));
            actions.add(Touch.secondary(getTranslation("therapists.deactivate"), tap -> {
                try {
                    therapists.deactivate(account.id());
                    show();
                } catch (TherapistRefusedException refused) {
                    Touch.refused(getTranslation(refused.problem().messageKey(), refused.problem().argumentArray()));
                }
            }));
        }
        Div row = new Div(name, status, actions, pinForm);
        row.addClassName("kiosk-therapist-row");
        return row;
    }

    private PasswordField pinField(String labelKey) {
        PasswordField field = new PasswordField(getTranslation(labelKey));
        field.setAllowedCharPattern("[0-9]");
        field.setMaxLength(Pin.MAX_LENGTH);
        field.getElement().setAttribute("inputmode", "numeric");
        field.setHelperText(getTranslation("pin.helper", Pin.MIN_LENGTH, Pin.MAX_LENGTH));
        Touch.revealInWords(field);
        return field;
    }
}
