package com.stretchkiosk.display;

import static com.stretchkiosk.db.Tables.DEVICE;

import com.stretchkiosk.base.DeviceKind;
import com.stretchkiosk.db.tables.Device;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record4;
import org.springframework.stereotype.Repository;

/** The displays among the enrolled devices, and the tablet each one is paired with. */
@Repository
class DisplayRepository {

    private static final Device TABLET = DEVICE.as("tablet");

    private final DSLContext db;

    DisplayRepository(DSLContext db) {
        this.db = db;
    }

    /** Enrolled, not revoked displays, each with its tablet (a revoked tablet pairs nothing). */
    List<ClientDisplay> displays() {
        return select().where(DEVICE.KIND.eq(DeviceKind.DISPLAY.name()).and(DEVICE.REVOKED_AT.isNull())).orderBy(DEVICE.LABEL)
                .fetch(DisplayRepository::display);
    }

    Optional<ClientDisplay> display(long displayId) {
        return select().where(DEVICE.ID.eq(displayId).and(DEVICE.KIND.eq(DeviceKind.DISPLAY.name())).and(DEVICE.REVOKED_AT.isNull()))
                .fetchOptional(DisplayRepository::display);
    }

    private org.jooq.SelectOnConditionStep<Record4<Long, String, Long, String>> select() {
        return db.select(DEVICE.ID, DEVICE.LABEL, TABLET.ID, TABLET.LABEL).from(DEVICE)
                .leftJoin(TABLET).on(TABLET.ID.eq(DEVICE.PAIRED_TABLET_ID).and(TABLET.REVOKED_AT.isNull()));
    }

    private static ClientDisplay display(Record4<Long, String, Long, String> r) {
        return new ClientDisplay(r.value1(), r.value2(), r.value3(), r.value4());
    }

    boolean isActiveTablet(long tabletId) {
        return db.fetchExists(DEVICE, DEVICE.ID.eq(tabletId).and(DEVICE.KIND.eq(DeviceKind.TABLET.name())).and(DEVICE.REVOKED_AT.isNull()));
    }

    boolean pair(long displayId, long tabletId) {
        return db.update(DEVICE).set(DEVICE.PAIRED_TABLET_ID, tabletId)
                .where(DEVICE.ID.eq(displayId).and(DEVICE.KIND.eq(DeviceKind.DISPLAY.name())).and(DEVICE.REVOKED_AT.isNull())).execute() == 1;
    }

    boolean unpair(long displayId) {
        return db.update(DEVICE).setNull(DEVICE.PAIRED_TABLET_ID)
                .where(DEVICE.ID.eq(displayId).and(DEVICE.PAIRED_TABLET_ID.isNotNull())).execute() == 1;
    }
}
