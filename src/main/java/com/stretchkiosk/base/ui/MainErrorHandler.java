package com.stretchkiosk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.stretchkiosk.base.StorageFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The one place unexpected errors go: a calm message on the tablet, the details in the log. */
@Component
class MainErrorHandler implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(MainErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        if (browserWentAway(event.getThrowable())) {
            // A tab closed or a tablet's Wi-Fi dropped mid-answer: nothing went wrong in the kiosk, and nobody to tell.
            LOG.debug("A browser left before its answer was written", event.getThrowable());
            return;
        }
        LOG.error("Unexpected error on a tablet", event.getThrowable());
        UI ui = UI.getCurrent();
        // A tab that has just closed (or locked away) has no screen left to tell: the log is enough.
        if (ui != null && ui.isAttached() && !ui.isClosing()) {
            ui.access(() -> {
                Notification notification = Notification.show(ui.getTranslation(
                        StorageFailure.isDiskFull(event.getThrowable()) ? "error.disk-full" : "error.unexpected"), 8000,
                        Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }

    /** Whether the error is only the browser's connection closing under an answer (Tomcat's ClientAbortException). */
    static boolean browserWentAway(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().equals("ClientAbortException")) {
                return true;
            }
        }
        return false;
    }
}
