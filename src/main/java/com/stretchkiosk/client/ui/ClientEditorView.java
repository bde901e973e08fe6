package com.stretchkiosk.client.ui;

import com.stretchkiosk.base.StudioUser;
import jakarta.annotation.security.RolesAllowed;
import com.stretchkiosk.base.Problem;
import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.base.ui.MainLayout;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.client.Client;
import com.stretchkiosk.client.ClientChangedException;
import com.stretchkiosk.client.ClientDraft;
import com.stretchkiosk.client.ClientField;
import com.stretchkiosk.client.ClientNotFoundException;
import com.stretchkiosk.client.ClientRefusedException;
import com.stretchkiosk.client.ClientService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Adds a client ({@code clients/new}) or edits one ({@code clients/42/edit}). Refused values are shown
 * next to their field; a save that another tablet beat keeps everything typed and says what happened.
 */
@RolesAllowed(StudioUser.THERAPIST)
@Route(value = "clients/new", layout = MainLayout.class)
@RouteAlias(value = "clients/:" + ClientDetailsView.CLIENT_ID + "([0-9]{1,18})/edit", layout = MainLayout.class)
public class ClientEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Query parameter that prefills the name of a new client (from a search that found nobody). */
    static final String NAME_PARAMETER = "name";

    private final ClientService clients;
    private final StudioTime time;

    private final H1 heading = new H1();
    private final Div conflict = new Div();
    final TextField fullName = new TextField();
    final TextField phone = new TextField();
    final TextField birthYear = new TextField();
    final TextArea precautions = new TextArea();
    final Checkbox consent = new Checkbox();
    final DatePicker consentOn = new DatePicker();
    private final Map<ClientField, HasValidation> fields = new EnumMap<>(ClientField.class);

    /** The client being edited, as last loaded; null for a new client. */
    private @Nullable Client editing;

    public ClientEditorView(ClientService clients, StudioTime time) {
        this.clients = clients;
        this.time = time;
        addClassName("kiosk-client-editor");
        setPadding(false);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);

        fullName.setLabel(getTranslation("client.field.name"));
        fullName.setRequiredIndicatorVisible(true);
        fullName.setMaxLength(ClientDraft.NAME_MAX_LENGTH);
        fullName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);

        phone.setLabel(getTranslation("client.field.phone"));
        phone.setMaxLength(ClientDraft.PHONE_MAX_LENGTH);
        phone.setAllowedCharPattern(ClientDraft.PHONE_CHARACTERS);
        phone.getElement().setAttribute("inputmode", "tel");

        birthYear.setLabel(getTranslation("client.field.birth-year"));
        birthYear.setMaxLength(4);
        birthYear.setAllowedCharPattern("[0-9]");
        birthYear.getElement().setAttribute("inputmode", "numeric");
        birthYear.setHelperText(getTranslation("client.field.birth-year.helper"));

        precautions.setLabel(getTranslation("client.field.precautions"));
        precautions.setHelperText(getTranslation("client.field.precautions.helper"));
        precautions.setMaxLength(ClientDraft.PRECAUTIONS_MAX_LENGTH);
        precautions.setValueChangeMode(ValueChangeMode.EAGER);
        precautions.addValueChangeListener(change -> precautions.setHelperText(getTranslation(
                "client.field.precautions.count", change.getValue().length(), ClientDraft.PRECAUTIONS_MAX_LENGTH)));

        consent.setLabel(getTranslation("client.field.consent"));
        consentOn.setLabel(getTranslation("client.field.consent-on"));
        consentOn.setMax(time.today());
        consentOn.setEnabled(false);
        consent.addValueChangeListener(change -> {
            consentOn.setEnabled(change.getValue());
            if (change.getValue() && consentOn.isEmpty()) {
                consentOn.setValue(time.today());
            }
            if (!change.getValue()) {
                consentOn.clear();
            }
        });

        fields.put(ClientField.FULL_NAME, fullName);
        fields.put(ClientField.PHONE, phone);
        fields.put(ClientField.BIRTH_YEAR, birthYear);
        fields.put(ClientField.PRECAUTIONS, precautions);
        fields.put(ClientField.CONSENT_ON, consentOn);

        FormLayout form = new FormLayout(fullName, phone, birthYear, precautions, consent, consentOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        form.setColspan(fullName, 2);
        form.setColspan(precautions, 2);

        conflict.addClassName("kiosk-conflict");
        conflict.setVisible(false);

        Button save = Touch.primary(getTranslation("client.save"), tap -> save());
        Button cancel = Touch.secondary(getTranslation("client.cancel"), tap -> leave());
        Div actions = new Div(save, cancel);
        actions.addClassName("kiosk-actions");

        add(heading, conflict, form, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong(ClientDetailsView.CLIENT_ID);
        if (id.isPresent()) {
            try {
                editing = clients.open(id.get());
            } catch (ClientNotFoundException e) {
                event.rerouteToError(e, getTranslation("client.not-found"));
                return;
            }
            heading.setText(getTranslation("client.edit.title", editing.fullName()));
            fill(editing.toDraft());
        } else {
            editing = null;
            heading.setText(getTranslation("client.new.title"));
            event.getLocation().getQueryParameters().getSingleParameter(NAME_PARAMETER)
                    .ifPresent(name -> fullName.setValue(name.length() > ClientDraft.NAME_MAX_LENGTH
                            ? name.substring(0, ClientDraft.NAME_MAX_LENGTH) : name));
        }
    }

    @Override
    public String getPageTitle() {
        return heading.getText();
    }

    private void fill(ClientDraft draft) {
        fullName.setValue(orEmpty(draft.fullName()));
        phone.setValue(orEmpty(draft.phone()));
        birthYear.setValue(draft.birthYear() == null ? "" : draft.birthYear().toString());
        precautions.setValue(orEmpty(draft.precautions()));
        consent.setValue(draft.consentOn() != null);
        consentOn.setValue(draft.consentOn());
    }

    /** What the form holds now. A birth year that is no number is refused here, before the service. */
    private Optional<ClientDraft> draft() {
        Integer year = null;
        String yearText = birthYear.getValue().strip();
        if (!yearText.isEmpty()) {
            try {
                year = Integer.valueOf(yearText);
            } catch (NumberFormatException e) {
                Touch.showProblem(birthYear, Problem.of("client.birth-year.not-a-year"));
                return Optional.empty();
            }
        }
        if (consent.getValue() && consentOn.isEmpty()) {
            Touch.showProblem(consentOn, Problem.of("client.consent.date-required"));
            return Optional.empty();
        }
        return Optional.of(new ClientDraft(fullName.getValue(), phone.getValue(), year, precautions.getValue(),
                consent.getValue() ? consentOn.getValue() : null));
    }

    private void save() {
        fields.values().forEach(field -> Touch.showProblem(field, null));
        Optional<ClientDraft> draft = draft();
        if (draft.isEmpty()) {
            return;
        }
        try {
            Client saved = editing == null
                    ? clients.create(draft.get())
                    : clients.update(editing.id(), editing.version(), draft.get());
            Touch.saved(getTranslation("client.saved", saved.fullName()));
            getUI().ifPresent(ui -> ui.navigate(ClientDetailsView.class, ClientDetailsView.parameters(saved.id())));
        } catch (ClientRefusedException refused) {
            refused.problems().forEach((field, problem) -> Touch.showProblem(java.util.Objects.requireNonNull(fields.get(field)), problem));
        } catch (ClientChangedException changed) {
            showConflict(changed.current());
        }
    }

    /**
     * Another tablet saved first. Everything typed stays in the form; the therapist either saves it over
     * the newer version, or takes the newer version instead.
     */
    private void showConflict(Client theirs) {
        conflict.removeAll();
        conflict.add(new Paragraph(getTranslation("client.conflict.message", time.dateTime(theirs.updatedAt()))));
        Paragraph summary = new Paragraph(getTranslation("client.conflict.theirs", theirs.fullName(),
                orDash(theirs.phone()), theirs.birthYear() == null ? "—" : theirs.birthYear().toString(),
                orDash(theirs.precautions())));
        summary.addClassName("kiosk-conflict-theirs");
        Button keepMine = Touch.primary(getTranslation("client.conflict.keep-mine"), tap -> {
            editing = theirs;
            conflict.setVisible(false);
            save();
        });
        Button takeTheirs = Touch.secondary(getTranslation("client.conflict.take-theirs"), tap -> {
            editing = theirs;
            fill(theirs.toDraft());
            conflict.setVisible(false);
        });
        Div actions = new Div(keepMine, takeTheirs);
        actions.addClassName("kiosk-actions");
        conflict.add(summary, actions);
        conflict.setVisible(true);
    }

    private void leave() {
        if (editing == null) {
            getUI().ifPresent(ui -> ui.navigate(ClientsView.class));
        } else {
            long id = editing.id();
            getUI().ifPresent(ui -> ui.navigate(ClientDetailsView.class, ClientDetailsView.parameters(id)));
        }
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static String orDash(@Nullable String text) {
        return text == null ? "—" : text;
    }
}
