package com.stretchkiosk.visit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.wakelock.WakeLock;
import java.util.Optional;

/**
 * The tablet's screen stays on while a session is open (the Screen Wake Lock API) and may dim again once the
 * session ends or the screen is left (a lock). The browser itself lets go while the tab is hidden.
 */
final class AwakeScreen {

    private boolean awake;

    /** Asks the browser to keep the screen on, or lets it go; only a change reaches the browser. */
    void set(boolean wanted, Optional<UI> ui) {
        if (wanted == awake || ui.isEmpty()) {
            return;
        }
        awake = wanted;
        if (wanted) {
            WakeLock.request(error -> { /* not offered here (no HTTPS, an old browser): the screen may dim */ }, ui.get());
        } else {
            WakeLock.release(ui.get());
        }
    }
}
