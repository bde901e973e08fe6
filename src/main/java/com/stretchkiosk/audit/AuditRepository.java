package com.stretchkiosk.audit;

import static com.stretchkiosk.db.Tables.AUDIT_EVENT;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

    private final DSLContext db;

    AuditRepository(DSLContext db) {
        this.db = db;
    }

    void insert(AuditEntry entry, @Nullable Long actorId, Instant at) {
        db.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, at)
                .set(AUDIT_EVENT.ACTOR_ID, actorId)
                .set(AUDIT_EVENT.CLIENT_ID, entry.clientId())
                .set(AUDIT_EVENT.RECORD_TYPE, entry.recordType())
                .set(AUDIT_EVENT.RECORD_ID, entry.recordId())
                .set(AUDIT_EVENT.ACTION, entry.action().name())
                .set(AUDIT_EVENT.OUTCOME, entry.outcome().name())
                .execute();
    }

    List<AuditEntry> forClient(long clientId) {
        return db.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.CLIENT_ID.eq(clientId))
                .orderBy(AUDIT_EVENT.ID)
                .fetch(r -> new AuditEntry(AuditAction.valueOf(r.getAction()), AuditOutcome.valueOf(r.getOutcome()),
                        r.getClientId(), r.getRecordType(), r.getRecordId()));
    }
}
