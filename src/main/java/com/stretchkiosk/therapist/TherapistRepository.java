package com.stretchkiosk.therapist;

import static com.stretchkiosk.db.Tables.THERAPIST;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
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

    long insert(String displayName, Instant now) {
        return db.insertInto(THERAPIST)
                .set(THERAPIST.DISPLAY_NAME, displayName)
                .set(THERAPIST.ROLE, "THERAPIST")
                .set(THERAPIST.CREATED_AT, now)
                .returning(THERAPIST.ID)
                .fetchSingle(THERAPIST.ID);
    }
}
