package com.stretchkiosk.therapist.ui;

import com.stretchkiosk.base.KioskProperties;
import com.stretchkiosk.base.StudioUser;
import com.stretchkiosk.base.ui.Lock;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The lock on every page of a signed-in tablet: the idle timer is part of every tab (the printable history
 * too), and while a tablet is locked every navigation (reload, Back, a typed URL, another tab) ends on the lock
 * screen.
 */
@Component
class LockGuard implements VaadinServiceInitListener {

    private static final Set<Class<?>> OPEN_WHILE_LOCKED = Set.of(LockView.class, LoginView.class, WelcomeView.class);

    private final KioskProperties properties;

    LockGuard(KioskProperties properties) {
        this.properties = properties;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            UI ui = enter.getUI();
            // Signed in (also within a tab that signed in without a reload, as the first start does): idle lock.
            if (StudioUser.current().isPresent()) {
                if (ui.getChildren().noneMatch(Lock.class::isInstance)) {
                    ui.add(new Lock(properties.lock().idle()));
                }
            } else {
                // A browser made a client display within this tab (a manager signed in, then signed out of it) is no
                // tablet: it never locks. Its idle lock sent it to the lock screen, which sent it back, until the stack
                // overflowed and the display stopped following its tablet.
                ui.getChildren().filter(Lock.class::isInstance).toList().forEach(ui::remove);
            }
            VaadinSession session = VaadinSession.getCurrent();
            if (session != null && Lock.isLocked(session) && !OPEN_WHILE_LOCKED.contains(enter.getNavigationTarget())) {
                enter.rerouteTo(LockView.class);
            }
        }));
    }
}
