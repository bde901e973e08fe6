package com.stretchkiosk.demo;

import com.stretchkiosk.base.KioskProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** With {@code kiosk.demo.enabled=true}, fills an empty database with a demo studio on start. */
@Component
class DemoDataLoader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoDataService demo;
    private final KioskProperties.Demo settings;

    DemoDataLoader(DemoDataService demo, KioskProperties properties) {
        this.demo = demo;
        this.settings = properties.demo();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled()) {
            return;
        }
        if (!demo.isEmpty()) {
            LOG.info("Demo mode: the database already holds clients, so no demo data was added");
            return;
        }
        DemoStudioSummary made = demo.create(new DemoStudio(settings.clients(), settings.longestHistoryYears(), settings.seed()));
        LOG.info("Demo mode: added {} therapists, {} clients, {} visits, {} attempts and {} pain stops in {} ms",
                made.therapists(), made.clients(), made.visits(), made.attempts(), made.painStops(), made.millis());
    }
}
