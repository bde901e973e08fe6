package com.stretchkiosk.display.ui;

import com.stretchkiosk.base.DisplayUser;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A client display sees its own screen and nothing else, whatever address it is given: every navigation of a
 * display (a typed URL, Back, an error page) ends on {@link DisplayView}. The views' access annotations say the
 * same; this is the second lock on the same door.
 */
@Component
class DisplayGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            if (DisplayUser.current().isPresent() && enter.getNavigationTarget() != DisplayView.class) {
                enter.forwardTo(DisplayView.class);
            }
        }));
    }
}
