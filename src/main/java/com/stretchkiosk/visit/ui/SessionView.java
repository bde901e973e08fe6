package com.stretchkiosk.visit.ui;

import com.stretchkiosk.base.StudioUser;
import com.stretchkiosk.base.ui.ServerTime;
import com.stretchkiosk.visit.SessionCourse;
import com.stretchkiosk.visit.VisitSheet;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The screen at the stretch table: a header, the stretch picker, the main area (pain before, the active
 * stretch, the end, an ended session) and one feedback strip. The session's rules live in
 * {@link SessionCourse}, the taps in {@link SessionTaps}, the screen's state in {@link SessionScreen}; every other
 * tablet showing the session is handed the facts of each tap by server push.
 */
@RolesAllowed(StudioUser.THERAPIST)
@Route("sessions/:" + SessionView.VISIT_ID + "([0-9]{1,18})")
public class SessionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String VISIT_ID = "visitId";
    static final String CLIENT_ID = "clientId";

    private final SessionServices services;
    private final SessionScreen screen;
    private @Nullable Runnable stopListening;

    public SessionView(SessionServices services) {
        this.services = services;
        this.screen = new SessionScreen(this, services);
        addClassName("kiosk-session");
        // A pedal or clicker drives the session like taps (session.js); "next" is the course's to decide.
        getElement().addEventListener("kiosk-next", next -> screen.next());
    }

    static RouteParameters parameters(long visitId) {
        return new RouteParameters(VISIT_ID, Long.toString(visitId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // An unknown session throws VisitNotFoundException, which the router shows as the calm not-found page.
        VisitSheet sheet = services.visits().open(event.getRouteParameters().getLong(VISIT_ID).orElseThrow());
        SessionScreen.Opened opened = screen.open(sheet, StudioUser.current().map(StudioUser::deviceId).orElse(null),
                VaadinSession.getCurrent());
        removeAll();
        opened.parts().forEach(this::add);
        screen.shown(opened.draftNote());
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().addJavaScript(ServerTime.SCRIPT);
        stopListening = screen.attached(attach.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (stopListening != null) {
            stopListening.run();
        }
        screen.left(detach.getUI(), detach.getSession());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("session.title", screen.course().sheet().visit().clientName());
    }
}
