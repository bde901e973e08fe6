package com.stretchkiosk.visit.ui;

import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.catalog.CatalogService;
import com.stretchkiosk.catalog.Measures;
import com.stretchkiosk.chain.HubSyncService;
import com.stretchkiosk.display.DisplayService;
import com.stretchkiosk.therapist.DeviceService;
import com.stretchkiosk.visit.VisitService;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * What the session screen reads and tells, in one place: the session's facts, the catalog and its units, the studio's
 * time, this tablet's keys, its client displays, and the chain's stops at other studios.
 */
@Component
record SessionServices(VisitService visits, CatalogService catalog, StudioTime time, Measures measures, Clock clock,
        DeviceService devices, DisplayService displays, HubSyncService hub) {
}
