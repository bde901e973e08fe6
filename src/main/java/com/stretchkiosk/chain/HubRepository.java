package com.stretchkiosk.chain;

import static com.stretchkiosk.db.Tables.HUB_RECORD;
import static com.stretchkiosk.db.Tables.HUB_STUDIO;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The hub's studios and the rows they sent. */
@Repository
class HubRepository {

    enum Stored { NEW, KNOWN, REFUSED }

    private final DSLContext db;

    HubRepository(DSLContext db) {
        this.db = db;
    }

    long addStudio(String name, String credentialHash, Instant now) {
        return db.insertInto(HUB_STUDIO).set(HUB_STUDIO.NAME, name).set(HUB_STUDIO.CREDENTIAL_HASH, credentialHash)
                .set(HUB_STUDIO.CREATED_AT, now).returning(HUB_STUDIO.ID).fetchSingle(HUB_STUDIO.ID);
    }

    boolean nameTaken(String name) {
        return db.fetchExists(HUB_STUDIO, HUB_STUDIO.NAME.equalIgnoreCase(name));
    }

    Optional<ChainStudio> activeStudio(String credentialHash) {
        return db.selectFrom(HUB_STUDIO).where(HUB_STUDIO.CREDENTIAL_HASH.eq(credentialHash).and(HUB_STUDIO.REVOKED_AT.isNull()))
                .fetchOptional(r -> new ChainStudio(r.getId(), r.getName(), r.getCreatedAt(), r.getReachedAt(), 0));
    }

    /**
     * The studios with their row counts, and their sessions, clients seen, repetitions and pain stops since
     * {@code since} (voided ones left out). The hub runs on PostgreSQL: its rows are JSON.
     */
    List<ChainStudio> studios(Instant since) {
        var records = DSL.count(HUB_RECORD.ID);
        long from = since.toEpochMilli();
        Condition visits = HUB_RECORD.KIND.eq("visit").and(standingSince("started_at", from));
        var sessions = DSL.count().filterWhere(visits);
        var clients = DSL.countDistinct(HUB_RECORD.CHAIN_CLIENT_ID).filterWhere(visits);
        var repetitions = DSL.count().filterWhere(HUB_RECORD.KIND.eq("attempt").and(standingSince("recorded_at", from)));
        var stops = DSL.count().filterWhere(HUB_RECORD.KIND.eq("pain_stop").and(standingSince("occurred_at", from)));
        return db.select(HUB_STUDIO.ID, HUB_STUDIO.NAME, HUB_STUDIO.CREATED_AT, HUB_STUDIO.REACHED_AT, records, sessions, clients, repetitions,
                        stops).from(HUB_STUDIO)
                .leftJoin(HUB_RECORD).on(HUB_RECORD.STUDIO_ID.eq(HUB_STUDIO.ID))
                .where(HUB_STUDIO.REVOKED_AT.isNull())
                .groupBy(HUB_STUDIO.ID, HUB_STUDIO.NAME, HUB_STUDIO.CREATED_AT, HUB_STUDIO.REACHED_AT).orderBy(HUB_STUDIO.NAME)
                .fetch(r -> new ChainStudio(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), r.value8(),
                        r.value9()));
    }

    /** A fact row that is not voided (a row of a kind never voided stands). */
    private static final Condition STANDING = DSL.condition("({0})::json->>'voided_at' is null", HUB_RECORD.BODY);

    /** A fact row of {@code at} or later that is not voided. */
    private static Condition standingSince(String instantColumn, long from) {
        return DSL.condition("(({0})::json->>{1})::bigint >= {2}", HUB_RECORD.BODY, DSL.inline(instantColumn), DSL.val(from)).and(STANDING);
    }

    /** Clients of the chain seen in a session that stands since {@code since}, each once. */
    int clientsSince(Instant since) {
        return db.fetchCount(db.selectDistinct(HUB_RECORD.CHAIN_CLIENT_ID).from(HUB_RECORD)
                .where(HUB_RECORD.KIND.eq("visit").and(HUB_RECORD.CHAIN_CLIENT_ID.isNotNull()).and(standingSince("started_at", since.toEpochMilli()))));
    }

    /** Clients of the chain seen (in a session that stands) at more than one of its studios. */
    int clientsOfSeveralStudios() {
        return db.fetchCount(db.select(HUB_RECORD.CHAIN_CLIENT_ID).from(HUB_RECORD)
                .where(HUB_RECORD.KIND.eq("visit").and(HUB_RECORD.CHAIN_CLIENT_ID.isNotNull())
                        .and(STANDING))
                .groupBy(HUB_RECORD.CHAIN_CLIENT_ID).having(DSL.countDistinct(HUB_RECORD.STUDIO_ID).gt(1)));
    }

    void reached(long studioId, Instant now) {
        db.update(HUB_STUDIO).set(HUB_STUDIO.REACHED_AT, now).where(HUB_STUDIO.ID.eq(studioId)).execute();
    }

    /**
     * Keeps a studio's row: new, or the same studio's row as it is now (a void, a client's new phone number), or
     * refused when another studio holds that key. Never a second row for one key.
     */
    Stored keep(long studioId, String kind, String key, @Nullable String chainClientId, String body, Instant now) {
        int inserted = db.insertInto(HUB_RECORD).set(HUB_RECORD.KIND, kind).set(HUB_RECORD.RECORD_KEY, key)
                .set(HUB_RECORD.STUDIO_ID, studioId).set(HUB_RECORD.CHAIN_CLIENT_ID, chainClientId).set(HUB_RECORD.BODY, body)
                .set(HUB_RECORD.RECEIVED_AT, now).set(HUB_RECORD.CHANGED_AT, now)
                .onConflict(HUB_RECORD.KIND, HUB_RECORD.RECORD_KEY).doNothing().execute();
        if (inserted == 1) {
            return Stored.NEW;
        }
        var held = db.select(HUB_RECORD.STUDIO_ID, HUB_RECORD.BODY).from(HUB_RECORD)
                .where(HUB_RECORD.KIND.eq(kind).and(HUB_RECORD.RECORD_KEY.eq(key))).fetchSingle();
        if (held.value1() != studioId) {
            return Stored.REFUSED;
        }
        if (!held.value2().equals(body)) {
            db.update(HUB_RECORD).set(HUB_RECORD.BODY, body).set(HUB_RECORD.CHAIN_CLIENT_ID, chainClientId).set(HUB_RECORD.CHANGED_AT, now)
                    .where(HUB_RECORD.KIND.eq(kind).and(HUB_RECORD.RECORD_KEY.eq(key))).execute();
        }
        return Stored.KNOWN;
    }

    int count(String kind, long studioId) {
        return db.fetchCount(HUB_RECORD, HUB_RECORD.KIND.eq(kind).and(HUB_RECORD.STUDIO_ID.eq(studioId)));
    }

    /** A row as the hub holds it, with the studio that sent it. */
    record Held(long studioId, String studio, String kind, String key, String body) {
    }

    /** Every row of one client, from every studio, oldest first. */
    List<Held> ofClient(String chainClientId) {
        return db.select(HUB_RECORD.STUDIO_ID, HUB_STUDIO.NAME, HUB_RECORD.KIND, HUB_RECORD.RECORD_KEY, HUB_RECORD.BODY).from(HUB_RECORD)
                .join(HUB_STUDIO).on(HUB_STUDIO.ID.eq(HUB_RECORD.STUDIO_ID))
                .where(HUB_RECORD.CHAIN_CLIENT_ID.eq(chainClientId)).orderBy(HUB_RECORD.ID)
                .fetch(r -> new Held(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** The stretches of these studios' catalogs. */
    List<Held> stretchesOf(java.util.Collection<Long> studioIds) {
        return db.select(HUB_RECORD.STUDIO_ID, HUB_STUDIO.NAME, HUB_RECORD.KIND, HUB_RECORD.RECORD_KEY, HUB_RECORD.BODY).from(HUB_RECORD)
                .join(HUB_STUDIO).on(HUB_STUDIO.ID.eq(HUB_RECORD.STUDIO_ID))
                .where(HUB_RECORD.KIND.eq("stretch").and(HUB_RECORD.STUDIO_ID.in(studioIds)))
                .fetch(r -> new Held(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** Clients whose name holds the text (case aside), at most {@code limit}; the hub runs on PostgreSQL. */
    List<Held> clientsNamed(String text, int limit) {
        String pattern = "%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%";
        return db.select(HUB_RECORD.STUDIO_ID, HUB_STUDIO.NAME, HUB_RECORD.KIND, HUB_RECORD.CHAIN_CLIENT_ID, HUB_RECORD.BODY).from(HUB_RECORD)
                .join(HUB_STUDIO).on(HUB_STUDIO.ID.eq(HUB_RECORD.STUDIO_ID))
                .where(HUB_RECORD.KIND.eq("client").and(HUB_RECORD.CHAIN_CLIENT_ID.isNotNull())
                        .and(DSL.condition("lower(({0})::json->>'full_name') like {1}", HUB_RECORD.BODY, DSL.val(pattern))))
                .orderBy(HUB_RECORD.ID).limit(limit)
                .fetch(r -> new Held(r.value1(), r.value2(), r.value3(), java.util.Objects.requireNonNull(r.value4()), r.value5()));
    }
}
