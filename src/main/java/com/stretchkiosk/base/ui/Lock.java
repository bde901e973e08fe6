package com.stretchkiosk.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;

/**
 * Locks the tablet, not just the tab: on "Lock", and after the idle time without a touch or a key in any of the
 * tablet's tabs (heartbeats, polls and push are not touches, so they never keep it open). A locked tablet shows
 * only the lock screen in every tab, whatever the URL, until a PIN or password opens it again. The browser
 * covers the page the moment the idle time has passed, before the server answers, so a tablet that has lost
 * its connection shows no client either (frontend/kiosk.js).
 */
public class Lock extends Div {

    /** Session attribute: the path to return to after unlocking; present while the tablet is locked. */
    public static final String LOCKED_AT_PATH = "kiosk.locked-at-path";
    public static final String LOCK_ROUTE = "lock";
    /**
     * The idle lock, and what any screen may have the browser draw from words (chips and steppers: DrawnButtons; a
     * stretch's steps).
     */
    public static final String SCRIPT = "context://kiosk/kiosk.js";

    private final Duration idle;

    public Lock(Duration idle) {
        this.idle = idle;
        addClassName("kiosk-idle-lock");
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().addJavaScript(SCRIPT);
        attach.getUI().getPage().executeJs("window.kioskIdleLock && window.kioskIdleLock($0, $1, $2)", getElement(), idle.toMillis(),
                getTranslation("lock.covered"));
    }

    /** Taken out of the page (it became a client display's): the browser stops counting towards a lock. */
    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detach) {
        detach.getUI().getPage().executeJs("window.kioskIdleStop && window.kioskIdleStop()");
    }

    /** Called by the browser after the idle time without a touch in any tab of this tablet. */
    @ClientCallable
    void idle() {
        // Only a tablet locks (a therapist or manager signed in); a client display is nobody and never locks.
        if (com.stretchkiosk.base.StudioUser.current().isPresent()) {
            lockNow();
        }
    }

    /** Locks this tablet's session: this tab and every other tab of it show the lock screen. */
    public static void lockNow() {
        UI ui = UI.getCurrent();
        VaadinSession session = ui.getSession();
        if (!isLocked(session)) {
            String path = ui.getInternals().getActiveViewLocation().getPathWithQueryParameters();
            session.setAttribute(LOCKED_AT_PATH, path.startsWith(LOCK_ROUTE) ? "" : path);
        }
        ui.navigate(LOCK_ROUTE);
        for (UI other : session.getUIs()) {
            if (other != ui && !other.isClosing()) {
                other.access(() -> other.navigate(LOCK_ROUTE));
            }
        }
    }

    public static boolean isLocked(VaadinSession session) {
        // Downloads ask from outside the session's lock; the lock is reentrant for callers that already hold it.
        session.lock();
        try {
            return session.getAttribute(LOCKED_AT_PATH) != null;
        } finally {
            session.unlock();
        }
    }

    /** Takes the browser's idle cover away: the lock screen, which shows no client, is on screen. */
    public static void uncover(UI ui) {
        ui.getPage().executeJs("window.kioskIdleUncover && window.kioskIdleUncover()");
    }
}
