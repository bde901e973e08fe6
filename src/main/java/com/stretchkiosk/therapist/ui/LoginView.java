package com.stretchkiosk.therapist.ui;

import com.stretchkiosk.base.ui.Landmark;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.therapist.DeviceService;
import com.stretchkiosk.therapist.SignInThrottle;
import com.stretchkiosk.therapist.TherapistService;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;

/** Password sign-in. On an empty database it hands over to the first-start view. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TherapistService therapists;
    private final DeviceService devices;
    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    public LoginView(TherapistService therapists, DeviceService devices) {
        this.therapists = therapists;
        this.devices = devices;
        addClassName("kiosk-login");
        Landmark.main(this);
        setAlignItems(Alignment.CENTER);
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.name"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");
        Touch.revealInWords(form);
        add(new H1(getTranslation("app.name")), form, new Paragraph(getTranslation("login.hint")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (therapists.needsFirstManager()) {
            event.forwardTo(WelcomeView.class);
            return;
        }
        showError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
        getChildren().filter(PinPad.class::isInstance).toList().forEach(this::remove);
        TabletSignIn.enrolled(devices).ifPresent(device -> addComponentAtIndex(1, new PinPad(therapists, device.id(), user -> {
            TabletSignIn.signIn(user);
            // Back to where the tablet was (its open session after a restart of the kiosk), else the clients.
            String back = TabletSignIn.takeSavedPath().orElse("");
            getUI().ifPresent(ui -> ui.navigate(back));
        })));
    }

    /**
     * A failed sign-in says so; one the throttle refused says why and for how long (the kiosk noted it in the session),
     * so that a manager who meets it knows it is not their password.
     */
    private void showError(boolean failed) {
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        if (failed && session != null && session.getSession().getAttribute(SignInThrottle.REFUSED_FOR) instanceof Duration wait) {
            session.getSession().removeAttribute(SignInThrottle.REFUSED_FOR);
            i18n.getErrorMessage().setTitle(getTranslation("login.refused.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.refused.message", Math.max(1, (wait.toSeconds() + 59) / 60)));
        }
        form.setI18n(i18n);
        form.setError(failed);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
