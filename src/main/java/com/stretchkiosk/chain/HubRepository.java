package com.stretchkiosk.chain;

import static com.stretchkiosk.db.Tables.HUB_CLIENT;
import static com.stretchkiosk.db.Tables.HUB_CLIENT_LINK;
import static com.stretchkiosk.db.Tables.HUB_RECORD;
import static com.stretchkiosk.db.Tables.HUB_STUDIO;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The hub's studios, the rows they sent, the chain's clients (each with a home studio) and who brought whom over. */
@Repository
class HubRepository {

    /** What became of a row: new, newer than the one held (kept), no newer (known), or another studio's (refused). */
    enum Stored { NEW, CHANGED, KNOWN, REFUSED }

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

    Optional<String> studioName(long studioId) {
        return db.select(HUB_STUDIO.NAME).from(HUB_STUDIO).where(HUB_STUDIO.ID.eq(studioId)).fetchOptional(HUB_STUDIO.NAME);
    }

    /** Revokes a studio's credential; false when there is no such studio or it was revoked already. */
    boolean revoke(long studioId, Instant now) {
        return db.update(HUB_STUDIO).set(HUB_STUDIO.REVOKED_AT, now).where(HUB_STUDIO.ID.eq(studioId).and(HUB_STUDIO.REVOKED_AT.isNull()))
                .execute() == 1;
    }

    /** Gives a studio a new credential (the old one stops working) and takes it back if it was revoked. */
    boolean newCredential(long studioId, String credentialHash) {
        return db.update(HUB_STUDIO).set(HUB_STUDIO.CREDENTIAL_HASH, credentialHash).setNull(HUB_STUDIO.REVOKED_AT)
                .where(HUB_STUDIO.ID.eq(studioId)).execute() == 1;
    }

    /**
     * The studios with their row counts, and their sessions, clients seen, repetitions and pain stops since
     * {@code since} (voided ones left out); revoked studios too, last. The hub runs on PostgreSQL: its rows are JSON.
     */
    List<ChainStudio> studios(Instant since) {
        var records = DSL.count(HUB_RECORD.ID);
        long from = since.toEpochMilli();
        Condition visits = HUB_RECORD.KIND.eq("visit").and(standingSince("started_at", from));
        var sessions = DSL.count().filterWhere(visits);
        var clients = DSL.countDistinct(HUB_RECORD.CHAIN_CLIENT_ID).filterWhere(visits);
        var repetitions = DSL.count().filterWhere(HUB_RECORD.KIND.eq("attempt").and(standingSince("recorded_at", from)));
        var stops = DSL.count().filterWhere(HUB_RECORD.KIND.eq("pain_stop").and(standingSince("occurred_at", from)));
        return db.select(HUB_STUDIO.ID, HUB_STUDIO.NAME, HUB_STUDIO.CREATED_AT, HUB_STUDIO.REACHED_AT, HUB_STUDIO.REVOKED_AT, records, sessions,
                        clients, repetitions, stops).from(HUB_STUDIO)
                .leftJoin(HUB_RECORD).on(HUB_RECORD.STUDIO_ID.eq(HUB_STUDIO.ID))
                .groupBy(HUB_STUDIO.ID, HUB_STUDIO.NAME, HUB_STUDIO.CREATED_AT, HUB_STUDIO.REACHED_AT, HUB_STUDIO.REVOKED_AT)
                .orderBy(HUB_STUDIO.REVOKED_AT.isNotNull(), HUB_STUDIO.NAME)
                .fetch(Records.mapping((id, name, created, reached, revoked, rows, visitsSince, clientsSince, repetitionsSince, stopsSince) ->
                        new ChainStudio(id, name, created, reached, rows, visitsSince, clientsSince, repetitionsSince, stopsSince, revoked, 0)));
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
     * Keeps a studio's row: new; or, for a row of its own, as sent when its version is newer than the one held (a
     * void, a client's new phone number), else left as it is; refused when another studio holds that key. Never a
     * second row for one key, and never an older version over a newer one.
     */
    Stored keep(long studioId, String kind, String key, @Nullable String chainClientId, String body, long version, Instant now) {
        int inserted = db.insertInto(HUB_RECORD).set(HUB_RECORD.KIND, kind).set(HUB_RECORD.RECORD_KEY, key)
                .set(HUB_RECORD.STUDIO_ID, studioId).set(HUB_RECORD.CHAIN_CLIENT_ID, chainClientId).set(HUB_RECORD.BODY, body)
                .set(HUB_RECORD.VERSION, version).set(HUB_RECORD.RECEIVED_AT, now).set(HUB_RECORD.CHANGED_AT, now)
                .onConflict(HUB_RECORD.KIND, HUB_RECORD.RECORD_KEY).doNothing().execute();
        if (inserted == 1) {
            return Stored.NEW;
        }
        var held = db.select(HUB_RECORD.STUDIO_ID).from(HUB_RECORD).where(HUB_RECORD.KIND.eq(kind).and(HUB_RECORD.RECORD_KEY.eq(key)))
                .fetchSingle(HUB_RECORD.STUDIO_ID);
        if (held != studioId) {
            return Stored.REFUSED;
        }
        int changed = db.update(HUB_RECORD).set(HUB_RECORD.BODY, body).set(HUB_RECORD.CHAIN_CLIENT_ID, chainClientId)
                .set(HUB_RECORD.VERSION, version).set(HUB_RECORD.CHANGED_AT, now)
                .where(HUB_RECORD.KIND.eq(kind).and(HUB_RECORD.RECORD_KEY.eq(key)).and(HUB_RECORD.VERSION.lt(version))).execute();
        return changed == 1 ? Stored.CHANGED : Stored.KNOWN;
    }

    /** The studio a row of this kind and key belongs to, if the hub holds it. */
    Optional<Long> ownerOf(String kind, String key) {
        return db.select(HUB_RECORD.STUDIO_ID).from(HUB_RECORD).where(HUB_RECORD.KIND.eq(kind).and(HUB_RECORD.RECORD_KEY.eq(key)))
                .fetchOptional(HUB_RECORD.STUDIO_ID);
    }

    int count(String kind, long studioId) {
        return db.fetchCount(HUB_RECORD, HUB_RECORD.KIND.eq(kind).and(HUB_RECORD.STUDIO_ID.eq(studioId)));
    }

    /** The home studio of a client of the chain (the first to send them), if the hub knows them. */
    Optional<Long> homeOf(String chainClientId) {
        return db.select(HUB_CLIENT.HOME_STUDIO_ID).from(HUB_CLIENT).where(HUB_CLIENT.CHAIN_CLIENT_ID.eq(chainClientId))
                .fetchOptional(HUB_CLIENT.HOME_STUDIO_ID);
    }

    /** Makes a studio the home of a client the hub does not know yet; false when they have a home already. */
    boolean makeHome(String chainClientId, long studioId, Instant now) {
        return db.insertInto(HUB_CLIENT).set(HUB_CLIENT.CHAIN_CLIENT_ID, chainClientId).set(HUB_CLIENT.HOME_STUDIO_ID, studioId)
                .set(HUB_CLIENT.CREATED_AT, now).onConflict(HUB_CLIENT.CHAIN_CLIENT_ID).doNothing().execute() == 1;
    }

    /** What a front desk finds a client by, from their home studio's row. */
    void lookUpBy(String chainClientId, @Nullable String nameKey, @Nullable Integer birthYear, @Nullable String phoneTail) {
        db.update(HUB_CLIENT).set(HUB_CLIENT.NAME_KEY, nameKey).set(HUB_CLIENT.BIRTH_YEAR, birthYear)
                .set(HUB_CLIENT.PHONE_TAIL, phoneTail).where(HUB_CLIENT.CHAIN_CLIENT_ID.eq(chainClientId)).execute();
    }

    /** Clients whose home studio's row has not been read for looking up yet (a hub upgraded from before V016). */
    List<String> withoutLookUp() {
        return db.select(HUB_CLIENT.CHAIN_CLIENT_ID).from(HUB_CLIENT).where(HUB_CLIENT.NAME_KEY.isNull()).fetch(HUB_CLIENT.CHAIN_CLIENT_ID);
    }

    /** Whether a studio brought a client of another studio over. */
    boolean linked(String chainClientId, long studioId) {
        return db.fetchExists(HUB_CLIENT_LINK, HUB_CLIENT_LINK.CHAIN_CLIENT_ID.eq(chainClientId).and(HUB_CLIENT_LINK.STUDIO_ID.eq(studioId)));
    }

    /** Keeps that a studio brought a client over (who, why, when); false when it had already. */
    boolean link(String chainClientId, long studioId, String person, String reason, Instant now) {
        return db.insertInto(HUB_CLIENT_LINK).set(HUB_CLIENT_LINK.CHAIN_CLIENT_ID, chainClientId).set(HUB_CLIENT_LINK.STUDIO_ID, studioId)
                .set(HUB_CLIENT_LINK.PERSON, person).set(HUB_CLIENT_LINK.REASON, reason).set(HUB_CLIENT_LINK.LINKED_AT, now)
                .onConflict(HUB_CLIENT_LINK.CHAIN_CLIENT_ID, HUB_CLIENT_LINK.STUDIO_ID).doNothing().execute() == 1;
    }

    /** A row as the hub holds it, with the studio that sent it. */
    record Held(long studioId, String studio, String kind, String key, String body) {
    }

    /**
     * Every row of one client from the studios that may hold them (their home and the studios that brought them
     * over), oldest first.
     */
    List<Held> ofClient(String chainClientId) {
        Condition entitled = HUB_RECORD.STUDIO_ID.in(db.select(HUB_CLIENT.HOME_STUDIO_ID).from(HUB_CLIENT)
                        .where(HUB_CLIENT.CHAIN_CLIENT_ID.eq(chainClientId)))
                .or(HUB_RECORD.STUDIO_ID.in(db.select(HUB_CLIENT_LINK.STUDIO_ID).from(HUB_CLIENT_LINK)
                        .where(HUB_CLIENT_LINK.CHAIN_CLIENT_ID.eq(chainClientId))));
        return db.select(HUB_RECORD.STUDIO_ID, HUB_STUDIO.NAME, HUB_RECORD.KIND, HUB_RECORD.RECORD_KEY, HUB_RECORD.BODY).from(HUB_RECORD)
                .join(HUB_STUDIO).on(HUB_STUDIO.ID.eq(HUB_RECORD.STUDIO_ID))
                .where(HUB_RECORD.CHAIN_CLIENT_ID.eq(chainClientId).and(entitled)).orderBy(HUB_RECORD.ID)
                .fetch(Records.mapping(Held::new));
    }

    /** The stretches of these studios' catalogs. */
    List<Held> stretchesOf(Collection<Long> studioIds) {
        return db.select(HUB_RECORD.STUDIO_ID, HUB_STUDIO.NAME, HUB_RECORD.KIND, HUB_RECORD.RECORD_KEY, HUB_RECORD.BODY).from(HUB_RECORD)
                .join(HUB_STUDIO).on(HUB_STUDIO.ID.eq(HUB_RECORD.STUDIO_ID))
                .where(HUB_RECORD.KIND.eq("stretch").and(HUB_RECORD.STUDIO_ID.in(studioIds)))
                .fetch(Records.mapping(Held::new));
    }

    /** A client's row as their home studio sent it last (who they are), keyed by their chain id. */
    Optional<Held> homeRowOf(String chainClientId) {
        return db.select(HUB_RECORD.STUDIO_ID, HUB_STUDIO.NAME, HUB_RECORD.KIND, HUB_RECORD.CHAIN_CLIENT_ID, HUB_RECORD.BODY).from(HUB_CLIENT)
                .join(HUB_RECORD).on(HUB_RECORD.CHAIN_CLIENT_ID.eq(HUB_CLIENT.CHAIN_CLIENT_ID).and(HUB_RECORD.STUDIO_ID.eq(HUB_CLIENT.HOME_STUDIO_ID))
                        .and(HUB_RECORD.KIND.eq("client")))
                .join(HUB_STUDIO).on(HUB_STUDIO.ID.eq(HUB_CLIENT.HOME_STUDIO_ID))
                .where(HUB_CLIENT.CHAIN_CLIENT_ID.eq(chainClientId)).orderBy(HUB_RECORD.ID.desc()).limit(1)
                .fetchOptional(r -> new Held(r.value1(), r.value2(), r.value3(), java.util.Objects.requireNonNull(r.value4()), r.value5()));
    }

    /**
     * The chain's clients a query may be about, found by an index (the whole name's key, or the birth year or the
     * phone's last digits), with their home studio's row; the caller checks each against the query. At most
     * {@code limit}, never the asking studio's own.
     */
    List<Held> candidates(ChainQuery query, long askingStudio, int limit) {
        Condition found = query.wholeNameKey().map(HUB_CLIENT.NAME_KEY::eq)
                .orElseGet(() -> query.birthYear() != null ? HUB_CLIENT.BIRTH_YEAR.eq(query.birthYear())
                        : HUB_CLIENT.PHONE_TAIL.eq(java.util.Objects.requireNonNull(query.phoneTail())));
        var latest = HUB_RECORD.as("latest");
        return db.select(HUB_RECORD.STUDIO_ID, HUB_STUDIO.NAME, HUB_RECORD.KIND, HUB_RECORD.CHAIN_CLIENT_ID, HUB_RECORD.BODY).from(HUB_CLIENT)
                .join(HUB_RECORD).on(HUB_RECORD.CHAIN_CLIENT_ID.eq(HUB_CLIENT.CHAIN_CLIENT_ID).and(HUB_RECORD.STUDIO_ID.eq(HUB_CLIENT.HOME_STUDIO_ID))
                        .and(HUB_RECORD.KIND.eq("client")))
                .join(HUB_STUDIO).on(HUB_STUDIO.ID.eq(HUB_CLIENT.HOME_STUDIO_ID))
                .where(found.and(HUB_CLIENT.HOME_STUDIO_ID.ne(askingStudio)).and(HUB_STUDIO.REVOKED_AT.isNull())
                        .and(HUB_RECORD.ID.eq(db.select(DSL.max(latest.ID)).from(latest).where(latest.KIND.eq("client")
                                .and(latest.CHAIN_CLIENT_ID.eq(HUB_CLIENT.CHAIN_CLIENT_ID)).and(latest.STUDIO_ID.eq(HUB_CLIENT.HOME_STUDIO_ID))))))
                .orderBy(HUB_CLIENT.CREATED_AT).limit(limit)
                .fetch(r -> new Held(r.value1(), r.value2(), r.value3(), java.util.Objects.requireNonNull(r.value4()), r.value5()));
    }
}
