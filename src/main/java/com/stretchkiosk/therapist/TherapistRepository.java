package com.stretchkiosk.therapist;

import static com.stretchkiosk.db.Tables.THERAPIST;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import com.stretchkiosk.base.StudioUser;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class TherapistRepository {

    private final DSLContext db;

    TherapistRepository(DSLContext db) {
        this.db = db;
    }

    List<Therapist> active() {
        return db.select(THERAPIST.ID, THERAPIST.DISPLAY_NAME).from(THERAPIST)
                .where(THERAPIST.DEACTIVATED_AT.isNull())
                .orderBy(THERAPIST.DISPLAY_NAME)
                .fetch(r -> new Therapist(r.value1(), r.value2()));
    }

    Optional<Therapist> find(long id) {
        return db.select(THERAPIST.ID, THERAPIST.DISPLAY_NAME).from(THERAPIST)
                .where(THERAPIST.ID.eq(id).and(THERAPIST.DEACTIVATED_AT.isNull()))
                .fetchOptional(r -> new Therapist(r.value1(), r.value2()));
    }

    boolean managerExists() {
        return db.fetchExists(THERAPIST, THERAPIST.ROLE.eq(StudioUser.MANAGER).and(THERAPIST.PASSWORD_HASH.isNotNull())
                .and(THERAPIST.DEACTIVATED_AT.isNull()));
    }

    boolean nameTaken(String displayName) {
        return db.fetchExists(THERAPIST, DSL.lower(THERAPIST.DISPLAY_NAME).eq(DSL.lower(DSL.val(displayName))));
    }

    /** An active person who can sign in with a password, by name (any case). */
    Optional<StudioUser> account(String displayName) {
        return db.select(THERAPIST.ID, THERAPIST.DISPLAY_NAME, THERAPIST.ROLE, THERAPIST.PASSWORD_HASH).from(THERAPIST)
                .where(DSL.lower(THERAPIST.DISPLAY_NAME).eq(DSL.lower(DSL.val(displayName)))
                        .and(THERAPIST.PASSWORD_HASH.isNotNull()).and(THERAPIST.DEACTIVATED_AT.isNull()))
                .fetchOptional(r -> new StudioUser(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    Optional<Long> idOf(String displayName) {
        return db.select(THERAPIST.ID).from(THERAPIST)
                .where(DSL.lower(THERAPIST.DISPLAY_NAME).eq(DSL.lower(DSL.val(displayName))))
                .fetchOptional(THERAPIST.ID);
    }

    long insertManager(String displayName, String passwordHash, Instant now) {
        return db.insertInto(THERAPIST)
                .set(THERAPIST.DISPLAY_NAME, displayName)
                .set(THERAPIST.ROLE, StudioUser.MANAGER)
                .set(THERAPIST.PASSWORD_HASH, passwordHash)
                .set(THERAPIST.CREATED_AT, now)
                .returning(THERAPIST.ID)
                .fetchSingle(THERAPIST.ID);
    }

    /** Everyone, active or not, for the manager's list. */
    List<TherapistAccount> accounts() {
        return db.select(THERAPIST.ID, THERAPIST.DISPLAY_NAME, THERAPIST.ROLE, THERAPIST.PIN_HASH.isNotNull(),
                        THERAPIST.PIN_DISABLED_AT.isNotNull(), THERAPIST.DEACTIVATED_AT.isNotNull())
                .from(THERAPIST)
                .orderBy(THERAPIST.DEACTIVATED_AT.isNotNull(), DSL.lower(THERAPIST.DISPLAY_NAME))
                .fetch(r -> new TherapistAccount(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /** Active people with a PIN, for the tiles of an enrolled tablet. */
    List<Therapist> withPin() {
        return db.select(THERAPIST.ID, THERAPIST.DISPLAY_NAME).from(THERAPIST)
                .where(THERAPIST.PIN_HASH.isNotNull().and(THERAPIST.DEACTIVATED_AT.isNull()))
                .orderBy(DSL.lower(THERAPIST.DISPLAY_NAME))
                .fetch(r -> new Therapist(r.value1(), r.value2()));
    }

    Optional<PinHolder> pinHolder(long id) {
        return db.select(THERAPIST.ID, THERAPIST.DISPLAY_NAME, THERAPIST.ROLE, THERAPIST.PIN_HASH, THERAPIST.DEACTIVATED_AT,
                        THERAPIST.PIN_DISABLED_AT)
                .from(THERAPIST).where(THERAPIST.ID.eq(id))
                .fetchOptional(r -> new PinHolder(r.value1(), r.value2(), r.value3(), r.value4(), r.value5() != null,
                        r.value6() != null));
    }

    /** Counts a wrong PIN; disables the PIN when the count reaches the limit. Returns the new count. */
    int pinFailed(long id, int limit, Instant now) {
        db.update(THERAPIST)
                .set(THERAPIST.FAILED_PIN_COUNT, DSL.least(THERAPIST.FAILED_PIN_COUNT.plus(1), DSL.inline(limit)))
                .where(THERAPIST.ID.eq(id))
                .execute();
        int count = db.fetchValue(THERAPIST.FAILED_PIN_COUNT, THERAPIST.ID.eq(id));
        if (count >= limit) {
            db.update(THERAPIST).set(THERAPIST.PIN_DISABLED_AT, now)
                    .where(THERAPIST.ID.eq(id).and(THERAPIST.PIN_DISABLED_AT.isNull())).execute();
        }
        return count;
    }

    void pinSucceeded(long id) {
        db.update(THERAPIST).set(THERAPIST.FAILED_PIN_COUNT, 0).where(THERAPIST.ID.eq(id)).execute();
    }

    boolean setPin(long id, String pinHash) {
        return db.update(THERAPIST)
                .set(THERAPIST.PIN_HASH, pinHash)
                .set(THERAPIST.FAILED_PIN_COUNT, 0)
                .setNull(THERAPIST.PIN_DISABLED_AT)
                .set(THERAPIST.VERSION, THERAPIST.VERSION.plus(1))
                .where(THERAPIST.ID.eq(id))
                .execute() == 1;
    }

    boolean setDeactivated(long id, @org.jspecify.annotations.Nullable Instant at) {
        return db.update(THERAPIST)
                .set(THERAPIST.DEACTIVATED_AT, at)
                .set(THERAPIST.VERSION, THERAPIST.VERSION.plus(1))
                .where(THERAPIST.ID.eq(id))
                .execute() == 1;
    }

    int activeManagers() {
        return db.fetchCount(THERAPIST, THERAPIST.ROLE.eq(StudioUser.MANAGER).and(THERAPIST.DEACTIVATED_AT.isNull())
                .and(THERAPIST.PASSWORD_HASH.isNotNull()));
    }

    long insert(String displayName, Instant now) {
        return db.insertInto(THERAPIST)
                .set(THERAPIST.DISPLAY_NAME, displayName)
                .set(THERAPIST.ROLE, StudioUser.THERAPIST)
                .set(THERAPIST.CREATED_AT, now)
                .returning(THERAPIST.ID)
                .fetchSingle(THERAPIST.ID);
    }
}
