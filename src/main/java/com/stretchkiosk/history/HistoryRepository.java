package com.stretchkiosk.history;

import static com.stretchkiosk.db.Tables.ATTEMPT;
import static com.stretchkiosk.db.Tables.ATTEMPT_FACT;
import static com.stretchkiosk.db.Tables.CLIENT;
import static com.stretchkiosk.db.Tables.PAIN_RATING;
import static com.stretchkiosk.db.Tables.PAIN_STOP;
import static com.stretchkiosk.db.Tables.PAIN_STOP_RESOLUTION;
import static com.stretchkiosk.db.Tables.STRETCH;
import static com.stretchkiosk.db.Tables.THERAPIST;
import static com.stretchkiosk.db.Tables.VISIT;

import com.stretchkiosk.visit.AttemptFacts;
import com.stretchkiosk.visit.PainMoment;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Read-only queries over a client's visits and facts, and the resolution of caution flags. */
@Repository
class HistoryRepository {

    private final DSLContext db;

    HistoryRepository(DSLContext db) {
        this.db = db;
    }

    /** Every attempt of the client's visits (voided ones too), oldest visit first, in tap order. */
    List<FactLine> facts(long clientId) {
        return facts(ATTEMPT_FACT.CLIENT_ID.eq(clientId));
    }

    List<FactLine> factsOfVisit(long visitId) {
        return facts(ATTEMPT_FACT.VISIT_ID.eq(visitId));
    }

    private List<FactLine> facts(Condition visits) {
        return db.select(ATTEMPT_FACT, STRETCH.NAME).from(ATTEMPT_FACT).join(STRETCH).on(STRETCH.ID.eq(ATTEMPT_FACT.STRETCH_ID))
                .where(visits)
                .orderBy(ATTEMPT_FACT.VISIT_STARTED_AT, ATTEMPT_FACT.VISIT_ID, ATTEMPT_FACT.ID)
                .fetch(r -> new FactLine(AttemptFacts.attempt(r.value1()), r.value2()));
    }

    List<VisitRow> visits(long clientId) {
        return visits(VISIT.CLIENT_ID.eq(clientId));
    }

    Optional<VisitRow> visit(long visitId) {
        return visits(VISIT.ID.eq(visitId)).stream().findFirst();
    }

    private List<VisitRow> visits(Condition which) {
        var attempts = DSL.field(DSL.selectCount().from(ATTEMPT)
                .where(ATTEMPT.VISIT_ID.eq(VISIT.ID).and(ATTEMPT.VOIDED_AT.isNull()))).as("attempts");
        var stops = DSL.field(DSL.selectCount().from(PAIN_STOP).join(ATTEMPT).on(ATTEMPT.ID.eq(PAIN_STOP.ATTEMPT_ID))
                .where(ATTEMPT.VISIT_ID.eq(VISIT.ID).and(PAIN_STOP.VOIDED_AT.isNull()))).as("stops");
        Map<Long, Map<String, Integer>> pain = painRatings(which);
        return db.select(VISIT.ID, VISIT.STARTED_AT, VISIT.ENDED_AT, THERAPIST.DISPLAY_NAME, attempts, stops, VISIT.CLOSING_NOTE)
                .from(VISIT).join(THERAPIST).on(THERAPIST.ID.eq(VISIT.THERAPIST_ID))
                .where(which.and(VISIT.VOIDED_AT.isNull()))
                .orderBy(VISIT.STARTED_AT.desc(), VISIT.ID.desc())
                .fetch(r -> {
                    Map<String, Integer> ratings = pain.getOrDefault(r.value1(), Map.of());
                    return new VisitRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                            ratings.get("BEFORE"), ratings.get("AFTER"), r.value7());
                });
    }

    Optional<ClientHeader> clientHeader(long clientId) {
        return db.select(CLIENT.FULL_NAME, CLIENT.PRECAUTIONS).from(CLIENT).where(CLIENT.ID.eq(clientId))
                .fetchOptional(r -> new ClientHeader(r.value1(), r.value2()));
    }

    Optional<Long> clientOfVisit(long visitId) {
        return db.select(VISIT.CLIENT_ID).from(VISIT).where(VISIT.ID.eq(visitId)).fetchOptional(VISIT.CLIENT_ID);
    }

    /** Every pain rating of the client's sessions, replaced ones included, in the order they were stored. */
    List<PainRatingFact> painRatingFacts(long clientId) {
        return db.select(PAIN_RATING.VISIT_ID, PAIN_RATING.FACT_ID, PAIN_RATING.MOMENT, PAIN_RATING.SCORE, PAIN_RATING.RECORDED_AT,
                        PAIN_RATING.VOIDED_AT, PAIN_RATING.VOID_REASON)
                .from(PAIN_RATING).join(VISIT).on(VISIT.ID.eq(PAIN_RATING.VISIT_ID))
                .where(VISIT.CLIENT_ID.eq(clientId).and(VISIT.VOIDED_AT.isNull()))
                .orderBy(PAIN_RATING.ID)
                .fetch(r -> new PainRatingFact(r.value1(), r.value2(), PainMoment.valueOf(r.value3()), r.value4(), r.value5(),
                        r.value6(), r.value7()));
    }

    /** Pain before/after per visit, standing ratings only. */
    private Map<Long, Map<String, Integer>> painRatings(Condition visits) {
        Map<Long, Map<String, Integer>> ratings = new HashMap<>();
        db.select(PAIN_RATING.VISIT_ID, PAIN_RATING.MOMENT, PAIN_RATING.SCORE)
                .from(PAIN_RATING).join(VISIT).on(VISIT.ID.eq(PAIN_RATING.VISIT_ID))
                .where(visits.and(PAIN_RATING.VOIDED_AT.isNull()))
                .forEach(r -> ratings.computeIfAbsent(r.value1(), id -> new HashMap<>()).put(r.value2(), r.value3()));
        return ratings;
    }

    Map<Long, String> therapistNames() {
        return db.select(THERAPIST.ID, THERAPIST.DISPLAY_NAME).from(THERAPIST).fetchMap(THERAPIST.ID, THERAPIST.DISPLAY_NAME);
    }

    Map<Long, int[]> stretchBounds() {
        Map<Long, int[]> bounds = new HashMap<>();
        db.select(STRETCH.ID, STRETCH.RANGE_MIN, STRETCH.RANGE_MAX).from(STRETCH)
                .forEach(r -> bounds.put(r.value1(), new int[] {r.value2(), r.value3()}));
        return bounds;
    }

    /** Marks a pain stop resolved; a resend of the same tap, or a second resolution, stores nothing. */
    boolean resolve(UUID factId, long painStopId, long therapistId, @Nullable String note, Instant now) {
        return db.insertInto(PAIN_STOP_RESOLUTION)
                .set(PAIN_STOP_RESOLUTION.FACT_ID, factId.toString())
                .set(PAIN_STOP_RESOLUTION.PAIN_STOP_ID, painStopId)
                .set(PAIN_STOP_RESOLUTION.RESOLVED_BY, therapistId)
                .set(PAIN_STOP_RESOLUTION.RESOLVED_AT, now)
                .set(PAIN_STOP_RESOLUTION.NOTE, note)
                .onConflictDoNothing()
                .execute() == 1;
    }

}
