package com.stretchkiosk.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;

/**
 * Locks the tablet: on "Lock", and after the idle time without a touch or a key (heartbeats, polls and
 * push are not touches, so they never keep it open). A locked tablet shows only the lock screen, whatever
 * the URL, until a PIN or password opens it again.
 */
public class Lock extends Div {

    /** Session attribute: the path to return to after unlocking; present while the tablet is locked. */
    public static final String LOCKED_AT_PATH = "kiosk.locked-at-path";
    public static final String LOCK_ROUTE = "lock";

    private final Duration idle;

    public Lock(Duration idle) {
        this.idle = idle;
        addClassName("kiosk-idle-lock");
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().addJavaScript("context://kiosk/kiosk.js");
        attach.getUI().getPage().executeJs("window.kioskIdleLock && window.kioskIdleLock($0, $1)", getElement(), idle.toMillis());
    }

    /** Called by the browser after the idle time without a touch. */
    @ClientCallable
    void idle() {
        lockNow();
    }

    /** Locks this tablet's session and shows the lock screen. */
    public static void lockNow() {
        UI ui = UI.getCurrent();
        String path = ui.getInternals().getActiveViewLocation().getPathWithQueryParameters();
        VaadinSession.getCurrent().setAttribute(LOCKED_AT_PATH, path.startsWith(LOCK_ROUTE) ? "" : path);
        ui.navigate(LOCK_ROUTE);
    }

    public static boolean isLocked(VaadinSession session) {
        return session.getAttribute(LOCKED_AT_PATH) != null;
    }
}
