package com.stretchkiosk.demo;

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
        return new DemoIds(next(THERAPIST, THERAPIST.ID), next(CLIENT, CLIENT.ID), next(VISIT, VISIT.ID),
                next(ATTEMPT, ATTEMPT.ID), next(PAIN_STOP, PAIN_STOP.ID));
    }

    void insertAll(List<? extends TableRecord<?>> records) {
        if (!records.isEmpty()) {
            db.batchInsert(records).execute();
        }
    }

    private long next(Table<?> table, org.jooq.Field<Long> id) {
        Long max = db.select(org.jooq.impl.DSL.max(id)).from(table).fetchOne(0, Long.class);
        return max == null ? 1 : max + 1;
    }
}
