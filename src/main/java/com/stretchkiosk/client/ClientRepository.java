package com.stretchkiosk.client;

import static com.stretchkiosk.db.Tables.CLIENT;
import static com.stretchkiosk.db.Tables.VISIT;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;

import com.stretchkiosk.db.tables.records.ClientRecord;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class ClientRepository {

    private static final Field<Instant> LAST_VISIT_AT = select(max(VISIT.STARTED_AT))
            .from(VISIT)
            .where(VISIT.CLIENT_ID.eq(CLIENT.ID).and(VISIT.VOIDED_AT.isNull()))
            .asField("last_visit_at");

    private final DSLContext db;

    ClientRepository(DSLContext db) {
        this.db = db;
    }

    long insert(ClientDraft draft, Instant now) {
        return db.insertInto(CLIENT)
                .set(values(draft))
                .set(CLIENT.CREATED_AT, now)
                .set(CLIENT.UPDATED_AT, now)
                .set(CLIENT.VERSION, 1L)
                .returning(CLIENT.ID)
                .fetchSingle(CLIENT.ID);
    }

    /** Stores the draft only if nobody saved since {@code expectedVersion}; false when someone did. */
    boolean update(long id, long expectedVersion, ClientDraft draft, Instant now) {
        return db.update(CLIENT)
                .set(values(draft))
                .set(CLIENT.UPDATED_AT, now)
                .set(CLIENT.VERSION, CLIENT.VERSION.plus(1))
                .where(CLIENT.ID.eq(id).and(CLIENT.VERSION.eq(expectedVersion)).and(CLIENT.ARCHIVED_AT.isNull()))
                .execute() == 1;
    }

    Optional<Long> withChainId(String chainId) {
        return db.select(CLIENT.ID).from(CLIENT).where(CLIENT.CHAIN_ID.eq(chainId)).fetchOptional(CLIENT.ID);
    }

    void setChainId(long id, String chainId) {
        db.update(CLIENT).set(CLIENT.CHAIN_ID, chainId).where(CLIENT.ID.eq(id)).execute();
    }

    Optional<Client> find(long id) {
        return db.selectFrom(CLIENT)
                .where(CLIENT.ID.eq(id).and(CLIENT.ARCHIVED_AT.isNull()))
                .fetchOptional(ClientRepository::toClient);
    }

    /** Clients whose name words start with every query word, or whose phone holds the digits. */
    List<ClientSummary> search(List<String> words, @Nullable String digits, int limit) {
        Condition byName = DSL.trueCondition();
        for (String word : words) {
            byName = byName.and(inline(" ").concat(CLIENT.SEARCH_NAME).like("% " + word + "%"));
        }
        Condition matches = digits == null ? byName : byName.or(CLIENT.SEARCH_PHONE.contains(digits));
        Field<Integer> startsWithFirstWord = DSL.when(CLIENT.SEARCH_NAME.startsWith(words.isEmpty() ? "" : words.getFirst()), 0)
                .otherwise(1);
        return db.select(CLIENT.ID, CLIENT.FULL_NAME, CLIENT.PHONE, CLIENT.BIRTH_YEAR, CLIENT.PRECAUTIONS, LAST_VISIT_AT)
                .from(CLIENT)
                .where(CLIENT.ARCHIVED_AT.isNull().and(matches))
                .orderBy(startsWithFirstWord, CLIENT.SEARCH_NAME, CLIENT.ID)
                .limit(limit)
                .fetch(ClientRepository::toSummary);
    }

    /** Summaries of the given clients, in the order of the ids. */
    List<ClientSummary> summaries(Collection<Long> ids) {
        Map<Long, ClientSummary> byId = new LinkedHashMap<>();
        db.select(CLIENT.ID, CLIENT.FULL_NAME, CLIENT.PHONE, CLIENT.BIRTH_YEAR, CLIENT.PRECAUTIONS, LAST_VISIT_AT)
                .from(CLIENT)
                .where(CLIENT.ID.in(ids).and(CLIENT.ARCHIVED_AT.isNull()))
                .fetch(ClientRepository::toSummary)
                .forEach(summary -> byId.put(summary.id(), summary));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Clients with the most recent visits, newest first, with the visit's start. */
    Map<Long, Instant> latestVisits(int visitsToScan) {
        Map<Long, Instant> latest = new LinkedHashMap<>();
        db.select(VISIT.CLIENT_ID, VISIT.STARTED_AT)
                .from(VISIT)
                .where(VISIT.VOIDED_AT.isNull())
                .orderBy(VISIT.STARTED_AT.desc())
                .limit(visitsToScan)
                .forEach(r -> latest.putIfAbsent(r.value1(), r.value2()));
        return latest;
    }

    /** Clients added or edited most recently, newest first, with the time of the change. */
    Map<Long, Instant> latestChanges(int limit) {
        Map<Long, Instant> latest = new LinkedHashMap<>();
        db.select(CLIENT.ID, CLIENT.UPDATED_AT)
                .from(CLIENT)
                .where(CLIENT.ARCHIVED_AT.isNull())
                .orderBy(CLIENT.UPDATED_AT.desc())
                .limit(limit)
                .forEach(r -> latest.put(r.value1(), r.value2()));
        return latest;
    }

    /** Clients with a visit that started at or after {@code since}, most recent first. */
    List<Long> visitedSince(Instant since) {
        return db.select(VISIT.CLIENT_ID, max(VISIT.STARTED_AT))
                .from(VISIT)
                .where(VISIT.STARTED_AT.ge(since).and(VISIT.VOIDED_AT.isNull()))
                .groupBy(VISIT.CLIENT_ID)
                .orderBy(max(VISIT.STARTED_AT).desc())
                .fetch(VISIT.CLIENT_ID);
    }

    private static Map<Field<?>, Object> values(ClientDraft draft) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        String name = java.util.Objects.requireNonNull(draft.fullName());
        values.put(CLIENT.FULL_NAME, name);
        values.put(CLIENT.SEARCH_NAME, SearchText.fold(name));
        values.put(CLIENT.PHONE, draft.phone());
        values.put(CLIENT.SEARCH_PHONE, draft.phone() == null ? null : ClientDraft.digits(draft.phone()));
        values.put(CLIENT.BIRTH_YEAR, draft.birthYear());
        values.put(CLIENT.PRECAUTIONS, draft.precautions());
        values.put(CLIENT.CONSENT_ON, draft.consentOn());
        return values;
    }

    private static Client toClient(ClientRecord r) {
        return new Client(r.getId(), r.getFullName(), r.getPhone(), r.getBirthYear(), r.getPrecautions(),
                r.getConsentOn(), r.getCreatedAt(), r.getUpdatedAt(), r.getVersion());
    }

    private static ClientSummary toSummary(Record r) {
        return new ClientSummary(r.get(CLIENT.ID), r.get(CLIENT.FULL_NAME), r.get(CLIENT.PHONE),
                r.get(CLIENT.BIRTH_YEAR), r.get(CLIENT.PRECAUTIONS) != null, r.get(LAST_VISIT_AT));
    }
}
