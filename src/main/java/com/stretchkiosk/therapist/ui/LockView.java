package com.stretchkiosk.therapist.ui;

import com.stretchkiosk.base.StudioUser;
import com.stretchkiosk.base.ui.Landmark;
import com.stretchkiosk.base.ui.Lock;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.therapist.DeviceService;
import com.stretchkiosk.therapist.TherapistService;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The locked tablet: no client data, only the way back in. On an enrolled tablet a therapist's PIN opens
 * it (and an open session resumes where it was); elsewhere the tablet signs out to the password sign-in.
 */
@Route(value = Lock.LOCK_ROUTE, autoLayout = false)
@RolesAllowed(StudioUser.THERAPIST)
public class LockView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TherapistService therapists;
    private final DeviceService devices;
    private final AuthenticationContext authentication;
    private final AccessAnnotationChecker access;

    public LockView(TherapistService therapists, DeviceService devices, AuthenticationContext authentication,
            AccessAnnotationChecker access) {
        this.therapists = therapists;
        this.access = access;
        this.devices = devices;
        this.authentication = authentication;
        addClassName("kiosk-lock-screen");
        Landmark.main(this);
        setAlignItems(Alignment.CENTER);
    }

    /** Session attribute: the current lock is in the audit log already (every tab shows the lock screen). */
    private static final String LOCK_AUDITED = "kiosk.lock-audited";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        VaadinSession session = VaadinSession.getCurrent();
        if (!Lock.isLocked(session)) {
            session.setAttribute(Lock.LOCKED_AT_PATH, "");
        }
        if (session.getAttribute(LOCK_AUDITED) == null) {
            session.setAttribute(LOCK_AUDITED, Boolean.TRUE);
            therapists.recordLock(true);
        }
        Lock.uncover(event.getUI());
        removeAll();
        add(new H1(getTranslation("lock.title")));
        TabletSignIn.enrolled(devices).ifPresentOrElse(device -> add(new PinPad(therapists, device.id(), user -> {
            TabletSignIn.signIn(user);
            String back = (String) session.getAttribute(Lock.LOCKED_AT_PATH);
            session.setAttribute(Lock.LOCKED_AT_PATH, null);
            session.setAttribute(LOCK_AUDITED, null);
            therapists.recordLock(false);
            getUI().ifPresent(ui -> ui.navigate(landing(back, user)));
        })), () -> add(new Paragraph(getTranslation("lock.not-enrolled"))));
        add(Touch.secondary(getTranslation("lock.sign-in-again"), tap -> {
            session.setAttribute(Lock.LOCKED_AT_PATH, null);
            session.setAttribute(LOCK_AUDITED, null);
            authentication.logout();
        }));
    }

    /**
     * Where the person who unlocked lands: the screen the tablet was locked on if their role may open it (a
     * therapist's PIN after a manager locked on Tablets lands on the client list, not on a refusal).
     */
    private String landing(@Nullable String back, StudioUser user) {
        if (back == null || back.isEmpty()) {
            return "";
        }
        String path = back.contains("?") ? back.substring(0, back.indexOf('?')) : back;
        boolean allowed = RouteConfiguration.forSessionScope().getRoute(path)
                .map(screen -> access.hasAccess(screen, user::getUsername, user::hasRole))
                .orElse(false);
        return allowed ? back : "";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lock.title");
    }
}
