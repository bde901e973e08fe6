package com.stretchkiosk.chain;

import static com.stretchkiosk.db.Tables.ATTEMPT;
import static com.stretchkiosk.db.Tables.CLIENT;
import static com.stretchkiosk.db.Tables.HUB_CURSOR;
import static com.stretchkiosk.db.Tables.HUB_OUTBOX;
import static com.stretchkiosk.db.Tables.PAIN_RATING;
import static com.stretchkiosk.db.Tables.PAIN_STOP;
import static com.stretchkiosk.db.Tables.PAIN_STOP_DETAIL;
import static com.stretchkiosk.db.Tables.PAIN_STOP_RESOLUTION;
import static com.stretchkiosk.db.Tables.STRETCH;
import static com.stretchkiosk.db.Tables.VISIT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** A studio's queue of rows for the hub (filled by the database's triggers, V014) and where its sender stands. */
@Repository
class HubOutboxRepository {

    /** A queued row: its place in the queue, its kind (a table) and its row id. */
    record Queued(long id, String kind, long rowId) {
    }

    private final DSLContext db;

    HubOutboxRepository(DSLContext db) {
        this.db = db;
    }

    java.util.Optional<String> chainIdOf(long clientId) {
        return db.select(CLIENT.CHAIN_ID).from(CLIENT).where(CLIENT.ID.eq(clientId)).fetchOptional(CLIENT.CHAIN_ID);
    }

    List<Queued> after(long sentUpTo, int limit) {
        return db.select(HUB_OUTBOX.ID, HUB_OUTBOX.KIND, HUB_OUTBOX.ROW_ID).from(HUB_OUTBOX).where(HUB_OUTBOX.ID.gt(sentUpTo))
                .orderBy(HUB_OUTBOX.ID).limit(limit).fetch(r -> new Queued(r.value1(), r.value2(), r.value3()));
    }

    long sentUpTo() {
        return db.select(HUB_CURSOR.LAST_SENT_ID).from(HUB_CURSOR).where(HUB_CURSOR.ID.eq(1L)).fetchSingle(HUB_CURSOR.LAST_SENT_ID);
    }

    long waiting() {
        return db.fetchCount(HUB_OUTBOX, HUB_OUTBOX.ID.gt(db.select(HUB_CURSOR.LAST_SENT_ID).from(HUB_CURSOR).where(HUB_CURSOR.ID.eq(1L))));
    }

    void sent(long upTo, Instant at) {
        db.update(HUB_CURSOR).set(HUB_CURSOR.LAST_SENT_ID, upTo).set(HUB_CURSOR.REACHED_AT, at).setNull(HUB_CURSOR.PROBLEM)
                .where(HUB_CURSOR.ID.eq(1L).and(HUB_CURSOR.LAST_SENT_ID.lt(upTo))).execute();
    }

    void failed(Instant at, String problem) {
        db.update(HUB_CURSOR).set(HUB_CURSOR.FAILED_AT, at).set(HUB_CURSOR.PROBLEM, problem.length() > 500 ? problem.substring(0, 500) : problem)
                .where(HUB_CURSOR.ID.eq(1L)).execute();
    }

    HubContact contact(boolean configured) {
        Record cursor = db.selectFrom(HUB_CURSOR).where(HUB_CURSOR.ID.eq(1L)).fetchSingle();
        return new HubContact(configured, cursor.get(HUB_CURSOR.REACHED_AT), cursor.get(HUB_CURSOR.FAILED_AT), cursor.get(HUB_CURSOR.PROBLEM),
                waiting());
    }

    /**
     * The rows of one kind as they are now, each with the chain-wide id of its client and its version (by "kind:row id"),
     * in the order of {@code ids}.
     */
    List<HubRecord> rows(String kind, Collection<Long> ids, Map<String, Long> versions) {
        return switch (kind) {
            case "client" -> read(kind, versions, CLIENT, CLIENT.ID, null, CLIENT.CHAIN_ID, ids, db.select().from(CLIENT));
            case "stretch" -> read(kind, versions, STRETCH, STRETCH.ID, null, null, ids, db.select().from(STRETCH));
            case "visit" -> read(kind, versions, VISIT, VISIT.ID, VISIT.FACT_ID, CLIENT.CHAIN_ID, ids,
                    db.select().from(VISIT).join(CLIENT).on(CLIENT.ID.eq(VISIT.CLIENT_ID)));
            case "attempt" -> read(kind, versions, ATTEMPT, ATTEMPT.ID, ATTEMPT.FACT_ID, CLIENT.CHAIN_ID, ids,
                    db.select().from(ATTEMPT).join(VISIT).on(VISIT.ID.eq(ATTEMPT.VISIT_ID)).join(CLIENT).on(CLIENT.ID.eq(VISIT.CLIENT_ID)));
            case "pain_rating" -> read(kind, versions, PAIN_RATING, PAIN_RATING.ID, PAIN_RATING.FACT_ID, CLIENT.CHAIN_ID, ids,
                    db.select().from(PAIN_RATING).join(VISIT).on(VISIT.ID.eq(PAIN_RATING.VISIT_ID)).join(CLIENT).on(CLIENT.ID.eq(VISIT.CLIENT_ID)));
            case "pain_stop" -> read(kind, versions, PAIN_STOP, PAIN_STOP.ID, PAIN_STOP.FACT_ID, CLIENT.CHAIN_ID, ids,
                    db.select().from(PAIN_STOP).join(ATTEMPT).on(ATTEMPT.ID.eq(PAIN_STOP.ATTEMPT_ID)).join(VISIT).on(VISIT.ID.eq(ATTEMPT.VISIT_ID))
                            .join(CLIENT).on(CLIENT.ID.eq(VISIT.CLIENT_ID)));
            case "pain_stop_detail" -> read(kind, versions, PAIN_STOP_DETAIL, PAIN_STOP_DETAIL.ID, PAIN_STOP_DETAIL.FACT_ID, CLIENT.CHAIN_ID, ids,
                    db.select().from(PAIN_STOP_DETAIL).join(PAIN_STOP).on(PAIN_STOP.ID.eq(PAIN_STOP_DETAIL.PAIN_STOP_ID))
                            .join(ATTEMPT).on(ATTEMPT.ID.eq(PAIN_STOP.ATTEMPT_ID)).join(VISIT).on(VISIT.ID.eq(ATTEMPT.VISIT_ID))
                            .join(CLIENT).on(CLIENT.ID.eq(VISIT.CLIENT_ID)));
            case "pain_stop_resolution" -> read(kind, versions, PAIN_STOP_RESOLUTION, PAIN_STOP_RESOLUTION.ID, PAIN_STOP_RESOLUTION.FACT_ID,
                    CLIENT.CHAIN_ID, ids, db.select().from(PAIN_STOP_RESOLUTION).join(PAIN_STOP).on(PAIN_STOP.ID.eq(PAIN_STOP_RESOLUTION.PAIN_STOP_ID))
                            .join(ATTEMPT).on(ATTEMPT.ID.eq(PAIN_STOP.ATTEMPT_ID)).join(VISIT).on(VISIT.ID.eq(ATTEMPT.VISIT_ID))
                            .join(CLIENT).on(CLIENT.ID.eq(VISIT.CLIENT_ID)));
            default -> throw new IllegalArgumentException("Not a kind the hub takes: " + kind);
        };
    }

    private static List<HubRecord> read(String kind, Map<String, Long> versions, Table<?> table, TableField<?, Long> id, @Nullable Field<String> factId,
            @Nullable Field<String> chainId, Collection<Long> ids, org.jooq.SelectJoinStep<Record> select) {
        Map<Long, HubRecord> found = new LinkedHashMap<>();
        for (Record row : select.where(id.in(ids)).fetch()) {
            Map<String, @Nullable Object> columns = new LinkedHashMap<>();
            for (Field<?> field : table.fields()) {
                Object value = row.get(table.field(field));
                columns.put(field.getName(), value instanceof Instant instant ? instant.toEpochMilli()
                        : value instanceof java.time.LocalDate date ? date.toString() : value);
            }
            long rowId = row.get(id);
            String key = factId != null ? row.get(factId) : "row:" + rowId;
            found.put(rowId, new HubRecord(kind, key, chainId == null ? null : row.get(chainId), columns,
                    versions.getOrDefault(kind + ":" + rowId, 1L)));
        }
        List<HubRecord> inOrder = new ArrayList<>();
        for (Long rowId : ids) {
            HubRecord record = found.get(rowId);
            if (record != null) {
                inOrder.add(record);
            }
        }
        return inOrder;
    }
}
