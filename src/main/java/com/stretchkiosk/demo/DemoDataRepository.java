package com.stretchkiosk.demo;

import com.stretchkiosk.base.StudioUser;

import static com.stretchkiosk.db.Tables.ATTEMPT;
import static com.stretchkiosk.db.Tables.CLIENT;
import static com.stretchkiosk.db.Tables.PAIN_STOP;
import static com.stretchkiosk.db.Tables.THERAPIST;
import static com.stretchkiosk.db.Tables.VISIT;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.springframework.stereotype.Repository;

/** Bulk writes of a generated studio: records with ids assigned up front, inserted in batches. */
@Repository
class DemoDataRepository {

    private final DSLContext db;

    DemoDataRepository(DSLContext db) {
        this.db = db;
    }

    boolean hasClients() {
        return db.fetchExists(CLIENT);
    }

    /** The next free id of each table the generator fills. */
    DemoIds nextIds() {
        return new DemoIds(next(CLIENT, CLIENT.ID), next(VISIT, VISIT.ID),
                next(ATTEMPT, ATTEMPT.ID), next(PAIN_STOP, PAIN_STOP.ID));
    }

    /** The ids of the therapists with these names, adding (without PIN or password) those not there yet. */
    long[] therapists(List<String> names, java.time.Instant since) {
        long[] ids = new long[names.size()];
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Long id = db.select(THERAPIST.ID).from(THERAPIST).where(THERAPIST.DISPLAY_NAME.eq(name)).fetchOne(THERAPIST.ID);
            ids[i] = id != null ? id : db.insertInto(THERAPIST).set(THERAPIST.DISPLAY_NAME, name).set(THERAPIST.ROLE, StudioUser.THERAPIST)
                    .set(THERAPIST.CREATED_AT, since).returning(THERAPIST.ID).fetchSingle(THERAPIST.ID);
        }
        return ids;
    }

    void insertAll(List<? extends TableRecord<?>> records) {
        if (!records.isEmpty()) {
            db.batchInsert(records).execute();
        }
    }

    /**
     * The demo rows carry their ids; on PostgreSQL the identity columns then continue after them (SQLite takes the
     * next id from the largest one by itself).
     */
    void continueIdsAfterDemo() {
        if (db.dialect().family() != org.jooq.SQLDialect.POSTGRES) {
            return;
        }
        for (String table : java.util.List.of("client", "visit", "pain_rating", "attempt", "pain_stop", "pain_stop_detail",
                "pain_stop_resolution", "therapist")) {
            db.execute("SELECT setval(pg_get_serial_sequence({0}, 'id'), (SELECT coalesce(max(id), 0) + 1 FROM " + table + "), false)",
                    org.jooq.impl.DSL.inline(table));
        }
    }

    private long next(Table<?> table, org.jooq.Field<Long> id) {
        Long max = db.select(org.jooq.impl.DSL.max(id)).from(table).fetchOne(0, Long.class);
        return max == null ? 1 : max + 1;
    }
}
