package com.stretchkiosk.base.ui;

import com.stretchkiosk.base.KioskProperties;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Every screen speaks the studio's locale ({@code kiosk.locale}), whatever the tablet's browser says: date pickers,
 * numbers and the dates of {@link com.stretchkiosk.base.StudioTime} agree on one way of writing a date.
 */
@Component
class StudioLocale implements VaadinServiceInitListener {

    private final KioskProperties properties;

    StudioLocale(KioskProperties properties) {
        this.properties = properties;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(properties.locale()));
    }
}
