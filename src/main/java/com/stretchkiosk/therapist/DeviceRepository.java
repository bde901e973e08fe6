package com.stretchkiosk.therapist;

import static com.stretchkiosk.db.Tables.DEVICE;

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

    long insert(String label, String credentialHash, long enrolledBy, Instant now) {
        return db.insertInto(DEVICE)
                .set(DEVICE.LABEL, label)
                .set(DEVICE.CREDENTIAL_HASH, credentialHash)
                .set(DEVICE.ENROLLED_BY, enrolledBy)
                .set(DEVICE.ENROLLED_AT, now)
                .returning(DEVICE.ID)
                .fetchSingle(DEVICE.ID);
    }

    Optional<Device> activeByCredential(String credentialHash) {
        return db.selectFrom(DEVICE)
                .where(DEVICE.CREDENTIAL_HASH.eq(credentialHash).and(DEVICE.REVOKED_AT.isNull()))
                .fetchOptional(r -> new Device(r.getId(), r.getLabel(), r.getEnrolledAt(), r.getLastSeenAt(), r.getRevokedAt()));
    }

    boolean isActive(long id) {
        return db.fetchExists(DEVICE, DEVICE.ID.eq(id).and(DEVICE.REVOKED_AT.isNull()));
    }

    List<Device> all() {
        return db.selectFrom(DEVICE).orderBy(DEVICE.REVOKED_AT.isNotNull(), DEVICE.ENROLLED_AT.desc())
                .fetch(r -> new Device(r.getId(), r.getLabel(), r.getEnrolledAt(), r.getLastSeenAt(), r.getRevokedAt()));
    }

    Optional<String> keyMap(long id) {
        return db.select(DEVICE.KEY_MAP).from(DEVICE).where(DEVICE.ID.eq(id)).fetchOptional(DEVICE.KEY_MAP);
    }

    boolean setKeyMap(long id, @org.jspecify.annotations.Nullable String encoded) {
        return db.update(DEVICE).set(DEVICE.KEY_MAP, encoded).where(DEVICE.ID.eq(id).and(DEVICE.REVOKED_AT.isNull())).execute() == 1;
    }

    void seen(long id, Instant now) {
        db.update(DEVICE).set(DEVICE.LAST_SEEN_AT, now).where(DEVICE.ID.eq(id)).execute();
    }

    boolean revoke(long id, long by, Instant now) {
        return db.update(DEVICE).set(DEVICE.REVOKED_AT, now).set(DEVICE.REVOKED_BY, by)
                .where(DEVICE.ID.eq(id).and(DEVICE.REVOKED_AT.isNull())).execute() == 1;
    }
}
