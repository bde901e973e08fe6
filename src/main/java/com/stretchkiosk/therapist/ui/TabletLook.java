package com.stretchkiosk.therapist.ui;

import com.stretchkiosk.base.StudioUser;
import com.stretchkiosk.base.ui.DarkScreen;
import com.stretchkiosk.therapist.DeviceService;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Every page opened on a tablet a manager set dark shows dark, from its first paint on (DeviceService.isDark). */
@Component
class TabletLook implements VaadinServiceInitListener {

    private final DeviceService devices;

    TabletLook(DeviceService devices) {
        this.devices = devices;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> StudioUser.current().map(StudioUser::deviceId).filter(devices::isDark)
                .ifPresent(tablet -> DarkScreen.apply(init.getUI(), true)));
    }
}
