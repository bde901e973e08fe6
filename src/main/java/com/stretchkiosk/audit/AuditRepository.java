package com.stretchkiosk.audit;

import static com.stretchkiosk.db.Tables.AUDIT_EVENT;
import static com.stretchkiosk.db.Tables.CLIENT;
import static com.stretchkiosk.db.Tables.DEVICE;
import static com.stretchkiosk.db.Tables.THERAPIST;

import java.time.Instant;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

    private final DSLContext db;

    AuditRepository(DSLContext db) {
        this.db = db;
    }

    void insert(AuditEntry entry, @Nullable Long actorId, @Nullable Long deviceId, Instant at) {
        db.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, at)
                .set(AUDIT_EVENT.ACTOR_ID, actorId)
                .set(AUDIT_EVENT.DEVICE_ID, deviceId)
                .set(AUDIT_EVENT.CLIENT_ID, entry.clientId())
                .set(AUDIT_EVENT.RECORD_TYPE, entry.recordType())
                .set(AUDIT_EVENT.RECORD_ID, entry.recordId())
                .set(AUDIT_EVENT.ACTION, entry.action().name())
                .set(AUDIT_EVENT.OUTCOME, entry.outcome().name())
                .execute();
    }

    java.util.Map<String, Integer> countsByRecord(String recordType, java.util.Set<AuditAction> actions, Instant since) {
        var count = DSL.count();
        return db.select(AUDIT_EVENT.RECORD_ID, count).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.RECORD_TYPE.eq(recordType).and(AUDIT_EVENT.RECORD_ID.isNotNull())
                        .and(AUDIT_EVENT.ACTION.in(actions.stream().map(AuditAction::name).toList())).and(AUDIT_EVENT.OCCURRED_AT.ge(since)))
                .groupBy(AUDIT_EVENT.RECORD_ID)
                .fetchMap(r -> java.util.Objects.requireNonNull(r.get(AUDIT_EVENT.RECORD_ID)), r -> r.get(count));
    }

    List<AuditRow> search(AuditFilter filter, int limit) {
        Condition where = DSL.trueCondition();
        if (filter.actor() != null) {
            where = where.and(THERAPIST.DISPLAY_NAME.eq(filter.actor()));
        }
        if (filter.client() != null) {
            where = where.and(CLIENT.FULL_NAME.likeIgnoreCase("%" + filter.client().replace("%", "").replace("_", "") + "%"));
        }
        if (filter.action() != null) {
            where = where.and(AUDIT_EVENT.ACTION.eq(filter.action().name()));
        }
        if (filter.from() != null) {
            where = where.and(AUDIT_EVENT.OCCURRED_AT.ge(filter.from()));
        }
        if (filter.until() != null) {
            where = where.and(AUDIT_EVENT.OCCURRED_AT.lt(filter.until()));
        }
        return db.select(AUDIT_EVENT.ID, AUDIT_EVENT.OCCURRED_AT, THERAPIST.DISPLAY_NAME, DEVICE.LABEL,
                        AUDIT_EVENT.CLIENT_ID, CLIENT.FULL_NAME, AUDIT_EVENT.RECORD_TYPE, AUDIT_EVENT.RECORD_ID,
                        AUDIT_EVENT.ACTION, AUDIT_EVENT.OUTCOME)
                .from(AUDIT_EVENT)
                .leftJoin(THERAPIST).on(THERAPIST.ID.eq(AUDIT_EVENT.ACTOR_ID))
                .leftJoin(CLIENT).on(CLIENT.ID.eq(AUDIT_EVENT.CLIENT_ID))
                .leftJoin(DEVICE).on(DEVICE.ID.eq(AUDIT_EVENT.DEVICE_ID))
                .where(where)
                .orderBy(AUDIT_EVENT.ID.desc())
                .limit(limit)
                .fetch(r -> new AuditRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8(), AuditAction.valueOf(r.value9()), AuditOutcome.valueOf(r.value10())));
    }

    List<String> actors() {
        return db.selectDistinct(THERAPIST.DISPLAY_NAME).from(AUDIT_EVENT)
                .join(THERAPIST).on(THERAPIST.ID.eq(AUDIT_EVENT.ACTOR_ID))
                .orderBy(THERAPIST.DISPLAY_NAME)
                .fetch(THERAPIST.DISPLAY_NAME);
    }

    List<AuditEntry> forClient(long clientId) {
        return db.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.CLIENT_ID.eq(clientId))
                .orderBy(AUDIT_EVENT.ID)
                .fetch(r -> new AuditEntry(AuditAction.valueOf(r.getAction()), AuditOutcome.valueOf(r.getOutcome()),
                        r.getClientId(), r.getRecordType(), r.getRecordId()));
    }
}
