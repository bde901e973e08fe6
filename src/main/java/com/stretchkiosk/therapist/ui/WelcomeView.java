package com.stretchkiosk.therapist.ui;

import com.stretchkiosk.base.ui.Landmark;
import com.stretchkiosk.base.TextLimits;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.therapist.DeviceService;
import com.stretchkiosk.therapist.TherapistRefusedException;
import com.stretchkiosk.therapist.TherapistService;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * First start on an empty database: the studio's first manager chooses a name and a password. There is
 * no default account; once a manager exists this view only points to the sign-in.
 */
@Route(value = "welcome", autoLayout = false)
@AnonymousAllowed
public class WelcomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TherapistService therapists;
    private final DeviceService devices;
    private final TextField name = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeated = new PasswordField();

    public WelcomeView(TherapistService therapists, DeviceService devices) {
        this.therapists = therapists;
        this.devices = devices;
        addClassName("kiosk-welcome");
        Landmark.main(this);
        setMaxWidth("640px");
        getStyle().set("margin", "0 auto");
        name.setLabel(getTranslation("welcome.name"));
        name.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        password.setLabel(getTranslation("welcome.password"));
        password.setHelperText(getTranslation("welcome.password.helper", TherapistService.PASSWORD_MIN_LENGTH));
        password.setMaxLength(TherapistService.PASSWORD_MAX_LENGTH);
        repeated.setLabel(getTranslation("welcome.repeat"));
        repeated.setMaxLength(TherapistService.PASSWORD_MAX_LENGTH);
        Touch.revealInWords(password);
        Touch.revealInWords(repeated);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
        add(new H1(getTranslation("welcome.title")), new Paragraph(getTranslation("welcome.intro")), name, password, repeated,
                Touch.primary(getTranslation("welcome.create"), tap -> create()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!therapists.needsFirstManager()) {
            event.forwardTo(LoginView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("welcome.title");
    }

    private void create() {
        Touch.showProblem(name, null);
        Touch.showProblem(password, null);
        Touch.showProblem(repeated, null);
        try {
            therapists.createFirstManager(name.getValue(), password.getValue(), repeated.getValue());
            // The first manager is signed in, and this browser becomes the studio's first tablet.
            TabletSignIn.signIn(therapists.account(name.getValue().strip()).orElseThrow());
            TabletSignIn.enrolHere(devices, getTranslation("welcome.first-tablet"));
        } catch (TherapistRefusedException refused) {
            String key = refused.problem().messageKey();
            Touch.showProblem(key.startsWith("therapist.name.") ? name : key.endsWith("mismatch") ? repeated : password,
                    refused.problem());
            return;
        }
        Touch.saved(getTranslation("welcome.created"));
        getUI().ifPresent(ui -> ui.navigate(""));
    }
}
