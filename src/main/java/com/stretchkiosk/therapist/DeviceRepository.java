package com.stretchkiosk.therapist;

import com.stretchkiosk.base.DeviceKind;
import static com.stretchkiosk.db.Tables.DEVICE;

import com.stretchkiosk.db.tables.records.DeviceRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class DeviceRepository {

    private final DSLContext db;

    DeviceRepository(DSLContext db) {
        this.db = db;
    }

    long insert(String label, DeviceKind kind, String credentialHash, long enrolledBy, Instant now) {
        return db.insertInto(DEVICE)
                .set(DEVICE.LABEL, label)
                .set(DEVICE.KIND, kind.name())
                .set(DEVICE.CREDENTIAL_HASH, credentialHash)
                .set(DEVICE.ENROLLED_BY, enrolledBy)
                .set(DEVICE.ENROLLED_AT, now)
                .returning(DEVICE.ID)
                .fetchSingle(DEVICE.ID);
    }

    Optional<Device> activeByCredential(String credentialHash, DeviceKind kind) {
        return db.selectFrom(DEVICE)
                .where(DEVICE.CREDENTIAL_HASH.eq(credentialHash).and(DEVICE.REVOKED_AT.isNull()).and(DEVICE.KIND.eq(kind.name())))
                .fetchOptional(DeviceRepository::device);
    }

    private static Device device(DeviceRecord r) {
        return new Device(r.getId(), r.getLabel(), DeviceKind.valueOf(r.getKind()), r.getEnrolledAt(), r.getLastSeenAt(),
                r.getRevokedAt(), r.getDark() == 1);
    }

    boolean isActive(long id) {
        return db.fetchExists(DEVICE, DEVICE.ID.eq(id).and(DEVICE.REVOKED_AT.isNull()));
    }

    List<Device> all() {
        return db.selectFrom(DEVICE).orderBy(DEVICE.REVOKED_AT.isNotNull(), DEVICE.ENROLLED_AT.desc())
                .fetch(DeviceRepository::device);
    }

    Optional<String> keyMap(long id) {
        return db.select(DEVICE.KEY_MAP).from(DEVICE).where(DEVICE.ID.eq(id)).fetchOptional(DEVICE.KEY_MAP);
    }

    boolean setKeyMap(long id, @org.jspecify.annotations.Nullable String encoded) {
        return db.update(DEVICE).set(DEVICE.KEY_MAP, encoded).where(DEVICE.ID.eq(id).and(DEVICE.REVOKED_AT.isNull())).execute() == 1;
    }

    boolean isDark(long id) {
        return db.fetchExists(DEVICE, DEVICE.ID.eq(id).and(DEVICE.DARK.eq(1)));
    }

    boolean setDark(long id, boolean dark) {
        return db.update(DEVICE).set(DEVICE.DARK, dark ? 1 : 0)
                .where(DEVICE.ID.eq(id).and(DEVICE.REVOKED_AT.isNull()).and(DEVICE.DARK.ne(dark ? 1 : 0))).execute() == 1;
    }

    void seen(long id, Instant now) {
        db.update(DEVICE).set(DEVICE.LAST_SEEN_AT, now).where(DEVICE.ID.eq(id)).execute();
    }

    boolean revoke(long id, long by, Instant now) {
        return db.update(DEVICE).set(DEVICE.REVOKED_AT, now).set(DEVICE.REVOKED_BY, by)
                .where(DEVICE.ID.eq(id).and(DEVICE.REVOKED_AT.isNull())).execute() == 1;
    }
}
