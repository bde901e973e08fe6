package com.stretchkiosk.therapist.ui;

import com.stretchkiosk.base.ui.Lock;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Set;
import org.springframework.stereotype.Component;

/** While a tablet is locked, every navigation (reload, Back, a typed URL) ends on the lock screen. */
@Component
class LockGuard implements VaadinServiceInitListener {

    private static final Set<Class<?>> OPEN_WHILE_LOCKED = Set.of(LockView.class, LoginView.class, WelcomeView.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            VaadinSession session = VaadinSession.getCurrent();
            if (session != null && Lock.isLocked(session) && !OPEN_WHILE_LOCKED.contains(enter.getNavigationTarget())) {
                enter.rerouteTo(LockView.class);
            }
        }));
    }
}
