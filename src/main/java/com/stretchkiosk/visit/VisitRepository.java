package com.stretchkiosk.visit;

import static com.stretchkiosk.db.Tables.ATTEMPT;
import static com.stretchkiosk.db.Tables.ATTEMPT_FACT;
import static com.stretchkiosk.db.Tables.CLIENT;
import static com.stretchkiosk.db.Tables.PAIN_RATING;
import static com.stretchkiosk.db.Tables.PAIN_STOP;
import static com.stretchkiosk.db.Tables.PAIN_STOP_DETAIL;
import static com.stretchkiosk.db.Tables.PAIN_STOP_RESOLUTION;
import static com.stretchkiosk.db.Tables.STRETCH;
import static com.stretchkiosk.db.Tables.THERAPIST;
import static com.stretchkiosk.db.Tables.VISIT;

import com.stretchkiosk.catalog.MeasureUnit;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Visits and their facts. Inserts ignore a fact id already stored: a resent tap is a no-op. */
@Repository
class VisitRepository {

    private static final Field<Integer> PAIN_BEFORE = painOf(PainMoment.BEFORE);
    private static final Field<Integer> PAIN_AFTER = painOf(PainMoment.AFTER);

    private final DSLContext db;

    VisitRepository(DSLContext db) {
        this.db = db;
    }

    boolean hasClient(long clientId) {
        return db.fetchExists(CLIENT, CLIENT.ID.eq(clientId).and(CLIENT.ARCHIVED_AT.isNull()));
    }

    Optional<Long> openVisitOf(long clientId) {
        return db.select(VISIT.ID).from(VISIT)
                .where(VISIT.CLIENT_ID.eq(clientId).and(VISIT.ENDED_AT.isNull()).and(VISIT.VOIDED_AT.isNull()))
                .fetchOptional(VISIT.ID);
    }

    long insertVisit(UUID factId, long clientId, long therapistId, Instant now) {
        db.insertInto(VISIT)
                .set(VISIT.FACT_ID, factId.toString())
                .set(VISIT.CLIENT_ID, clientId)
                .set(VISIT.THERAPIST_ID, therapistId)
                .set(VISIT.STARTED_AT, now)
                .onConflict(VISIT.FACT_ID).doNothing()
                .execute();
        return db.select(VISIT.ID).from(VISIT).where(VISIT.FACT_ID.eq(factId.toString())).fetchSingle(VISIT.ID);
    }

    /** A stretch's unit, sides and plausible range, read with the tap it checks. */
    Optional<StretchRules> stretchRules(long stretchId) {
        return db.select(STRETCH.ID, STRETCH.UNIT, STRETCH.SIDED, STRETCH.RANGE_MIN, STRETCH.RANGE_MAX).from(STRETCH)
                .where(STRETCH.ID.eq(stretchId))
                .fetchOptional(VisitRepository::toStretchRules);
    }

    private static StretchRules toStretchRules(org.jooq.Record r) {
        return new StretchRules(r.get(STRETCH.ID), MeasureUnit.valueOf(r.get(STRETCH.UNIT)), r.get(STRETCH.SIDED) == 1,
                r.get(STRETCH.RANGE_MIN).intValue(), r.get(STRETCH.RANGE_MAX).intValue());
    }

    /** A session with its pain ratings, read in one statement. */
    record Head(Visit visit, @Nullable Integer painBefore, @Nullable Integer painAfter) {
    }

    /** What a tap needs before it writes: the session with its pain ratings and the stretch's rules, in one statement. */
    record TapContext(Head head, StretchRules stretch) {
    }

    Optional<TapContext> tapContext(long visitId, long stretchId) {
        return db.select(visitFields()).select(PAIN_BEFORE, PAIN_AFTER,
                        STRETCH.ID, STRETCH.UNIT, STRETCH.SIDED, STRETCH.RANGE_MIN, STRETCH.RANGE_MAX)
                .from(VISIT)
                .join(CLIENT).on(CLIENT.ID.eq(VISIT.CLIENT_ID))
                .join(THERAPIST).on(THERAPIST.ID.eq(VISIT.THERAPIST_ID))
                .crossJoin(STRETCH)
                .where(VISIT.ID.eq(visitId).and(VISIT.VOIDED_AT.isNull()).and(STRETCH.ID.eq(stretchId)))
                .fetchOptional(r -> new TapContext(new Head(toVisit(r), r.get(PAIN_BEFORE), r.get(PAIN_AFTER)), toStretchRules(r)));
    }

    /** A session with its pain ratings. */
    Optional<Head> head(long visitId) {
        return db.select(visitFields()).select(PAIN_BEFORE, PAIN_AFTER)
                .from(VISIT)
                .join(CLIENT).on(CLIENT.ID.eq(VISIT.CLIENT_ID))
                .join(THERAPIST).on(THERAPIST.ID.eq(VISIT.THERAPIST_ID))
                .where(VISIT.ID.eq(visitId).and(VISIT.VOIDED_AT.isNull()))
                .fetchOptional(r -> new Head(toVisit(r), r.get(PAIN_BEFORE), r.get(PAIN_AFTER)));
    }

    private static List<Field<?>> visitFields() {
        return List.of(VISIT.ID, VISIT.CLIENT_ID, CLIENT.FULL_NAME, CLIENT.PRECAUTIONS, VISIT.THERAPIST_ID,
                THERAPIST.DISPLAY_NAME, VISIT.STARTED_AT, VISIT.ENDED_AT, VISIT.CLOSING_NOTE);
    }

    private static Visit toVisit(org.jooq.Record r) {
        return new Visit(r.get(VISIT.ID), r.get(VISIT.CLIENT_ID), r.get(CLIENT.FULL_NAME), r.get(CLIENT.PRECAUTIONS),
                r.get(VISIT.THERAPIST_ID), r.get(THERAPIST.DISPLAY_NAME), r.get(VISIT.STARTED_AT), r.get(VISIT.ENDED_AT),
                r.get(VISIT.CLOSING_NOTE));
    }

    /** The standing pain rating of a moment of the session being read. */
    private static Field<Integer> painOf(PainMoment moment) {
        return DSL.field(DSL.select(PAIN_RATING.SCORE).from(PAIN_RATING).where(PAIN_RATING.VISIT_ID.eq(VISIT.ID)
                        .and(PAIN_RATING.MOMENT.eq(moment.name())).and(PAIN_RATING.VOIDED_AT.isNull())))
                .as("pain_" + moment.name().toLowerCase(java.util.Locale.ROOT));
    }

    Optional<Visit> find(long visitId) {
        return db.select(visitFields())
                .from(VISIT)
                .join(CLIENT).on(CLIENT.ID.eq(VISIT.CLIENT_ID))
                .join(THERAPIST).on(THERAPIST.ID.eq(VISIT.THERAPIST_ID))
                .where(VISIT.ID.eq(visitId).and(VISIT.VOIDED_AT.isNull()))
                .fetchOptional(VisitRepository::toVisit);
    }

    boolean end(long visitId, @Nullable String closingNote, Instant now) {
        return db.update(VISIT)
                .set(VISIT.ENDED_AT, now)
                .set(VISIT.CLOSING_NOTE, closingNote)
                .where(VISIT.ID.eq(visitId).and(VISIT.ENDED_AT.isNull()))
                .execute() == 1;
    }

    /**
     * Stores the attempt unless its fact id is already stored (false when it was); a correction names the attempt it
     * supersedes.
     */
    boolean insertAttempt(AttemptDraft draft, Outcome outcome, MeasureUnit unit, Instant now, @Nullable Long supersedes) {
        return db.insertInto(ATTEMPT)
                .set(ATTEMPT.FACT_ID, draft.factId().toString())
                .set(ATTEMPT.VISIT_ID, draft.visitId())
                .set(ATTEMPT.STRETCH_ID, draft.stretchId())
                .set(ATTEMPT.SIDE, draft.side().name())
                .set(ATTEMPT.REPETITION, draft.repetition())
                .set(ATTEMPT.OUTCOME, outcome.name())
                .set(ATTEMPT.UNIT, unit.name())
                .set(ATTEMPT.RANGE_REACHED, draft.range())
                .set(ATTEMPT.PRESSURE, draft.pressure())
                .set(ATTEMPT.BREATHING, draft.breathing() == null ? null : draft.breathing().name())
                .set(ATTEMPT.BREATH_COUNT, draft.breathCount())
                .set(ATTEMPT.HOLD_SECONDS, draft.holdSeconds())
                .set(ATTEMPT.NOTE_CHIPS, draft.noteChips().isEmpty() ? null : draft.noteChips().stream().sorted()
                        .map(Enum::name).collect(Collectors.joining(",")))
                .set(ATTEMPT.NOTE, draft.note())
                .set(ATTEMPT.RECORDED_AT, now)
                .set(ATTEMPT.SUPERSEDES_ID, supersedes)
                .onConflict(ATTEMPT.FACT_ID).doNothing()
                .execute() == 1;
    }

    long attemptId(String factId) {
        return db.select(ATTEMPT.ID).from(ATTEMPT).where(ATTEMPT.FACT_ID.eq(factId)).fetchSingle(ATTEMPT.ID);
    }

    void insertPainStop(UUID factId, long attemptId, @Nullable Integer range, Instant occurredAt) {
        db.insertInto(PAIN_STOP)
                .set(PAIN_STOP.FACT_ID, factId.toString())
                .set(PAIN_STOP.ATTEMPT_ID, attemptId)
                .set(PAIN_STOP.OCCURRED_AT, occurredAt)
                .set(PAIN_STOP.RANGE_AT_STOP, range)
                .onConflict().doNothing()
                .execute();
    }

    boolean insertPainStopDetail(UUID factId, long painStopId, PainStopDetail detail, Instant now) {
        return db.insertInto(PAIN_STOP_DETAIL)
                .set(PAIN_STOP_DETAIL.FACT_ID, factId.toString())
                .set(PAIN_STOP_DETAIL.PAIN_STOP_ID, painStopId)
                .set(PAIN_STOP_DETAIL.BODY_REGION, detail.region() == null ? null : detail.region().name())
                .set(PAIN_STOP_DETAIL.BODY_SIDE, detail.side() == null ? null : detail.side().name())
                .set(PAIN_STOP_DETAIL.PAIN_SCORE, detail.score())
                .set(PAIN_STOP_DETAIL.PAIN_KIND, detail.kind() == null ? null : detail.kind().name())
                .set(PAIN_STOP_DETAIL.NOTE, detail.note())
                .set(PAIN_STOP_DETAIL.RANGE_ANSWER, detail.range() == null ? null
                        : detail.range().measured() ? "MEASURED" : "NOT_MEASURED")
                .set(PAIN_STOP_DETAIL.RANGE_AT_STOP, detail.range() == null ? null : detail.range().value())
                .set(PAIN_STOP_DETAIL.RECORDED_AT, now)
                .onConflict(PAIN_STOP_DETAIL.FACT_ID).doNothing()
                .execute() == 1;
    }

    /** Stores a pain rating; false when the visit already has one for that moment (or the tap was resent). */
    boolean insertPainRating(UUID factId, long visitId, PainMoment moment, int score, Instant now) {
        return db.insertInto(PAIN_RATING)
                .set(PAIN_RATING.FACT_ID, factId.toString())
                .set(PAIN_RATING.VISIT_ID, visitId)
                .set(PAIN_RATING.MOMENT, moment.name())
                .set(PAIN_RATING.SCORE, score)
                .set(PAIN_RATING.RECORDED_AT, now)
                .onConflictDoNothing()
                .execute() == 1;
    }

    Optional<String> painRatingFactId(long visitId, PainMoment moment) {
        return db.select(PAIN_RATING.FACT_ID).from(PAIN_RATING)
                .where(PAIN_RATING.VISIT_ID.eq(visitId).and(PAIN_RATING.MOMENT.eq(moment.name()))
                        .and(PAIN_RATING.VOIDED_AT.isNull()))
                .fetchOptional(PAIN_RATING.FACT_ID);
    }

    /** The visit's attempts that stand (not voided), in the order they were stored, with their pain stops: one query. */
    List<Attempt> attempts(long visitId) {
        return db.selectFrom(ATTEMPT_FACT).where(ATTEMPT_FACT.VISIT_ID.eq(visitId).and(AttemptFacts.STANDING))
                .orderBy(ATTEMPT_FACT.ID).fetch(AttemptFacts::attempt);
    }

    /**
     * For each stretch side, the range of the latest completed attempt (and its unit) in the client's visits
     * that began before {@code before}: what "last time" means for this session, even long after it ended.
     */
    Map<StretchSide, Previous> previous(long clientId, long visitId, Instant before) {
        Map<StretchSide, Previous> previous = new HashMap<>();
        Field<Integer> rank = DSL.rowNumber().over().partitionBy(ATTEMPT_FACT.STRETCH_ID, ATTEMPT_FACT.SIDE)
                .orderBy(ATTEMPT_FACT.VISIT_STARTED_AT.desc(), ATTEMPT_FACT.ID.desc()).as("rank");
        var latest = db.select(ATTEMPT_FACT.STRETCH_ID, ATTEMPT_FACT.SIDE, ATTEMPT_FACT.RANGE_REACHED, ATTEMPT_FACT.UNIT,
                        ATTEMPT_FACT.VISIT_STARTED_AT, rank)
                .from(ATTEMPT_FACT)
                .where(ATTEMPT_FACT.CLIENT_ID.eq(clientId).and(ATTEMPT_FACT.VISIT_ID.ne(visitId))
                        .and(ATTEMPT_FACT.VISIT_STARTED_AT.lt(before)).and(AttemptFacts.STANDING)
                        .and(ATTEMPT_FACT.OUTCOME.eq(Outcome.COMPLETED)).and(ATTEMPT_FACT.RANGE_REACHED.isNotNull()))
                .asTable("latest");
        db.selectFrom(latest).where(latest.field(rank).eq(1)).forEach(r -> previous.put(
                new StretchSide(r.get(latest.field(ATTEMPT_FACT.STRETCH_ID)), r.get(latest.field(ATTEMPT_FACT.SIDE))),
                new Previous(r.get(latest.field(ATTEMPT_FACT.RANGE_REACHED)), r.get(latest.field(ATTEMPT_FACT.VISIT_STARTED_AT)),
                        r.get(latest.field(ATTEMPT_FACT.UNIT)))));
        return previous;
    }

    /** The client's pain stops in other visits that stand and that no therapist has resolved, oldest first. */
    List<StopCaution> unresolvedStops(long clientId, long excludingVisitId) {
        return db.selectFrom(ATTEMPT_FACT)
                .where(ATTEMPT_FACT.CLIENT_ID.eq(clientId).and(ATTEMPT_FACT.VISIT_ID.ne(excludingVisitId)).and(AttemptFacts.STANDING)
                        .and(ATTEMPT_FACT.PAIN_STOP_ID.isNotNull()).and(ATTEMPT_FACT.PAIN_STOP_VOIDED_AT.isNull())
                        .and(ATTEMPT_FACT.PAIN_STOP_RESOLVED_AT.isNull()))
                .orderBy(ATTEMPT_FACT.PAIN_STOP_OCCURRED_AT)
                .fetch(r -> {
                    Attempt attempt = AttemptFacts.attempt(r);
                    return StopCaution.of(attempt, Objects.requireNonNull(attempt.painStop()));
                });
    }

    /** Whether a write failed because its repetition slot already holds a standing attempt (the unique index). */
    static boolean isSlotTaken(RuntimeException violation) {
        for (Throwable cause = violation; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && (message.contains("attempt_one_per_repetition")
                    || message.contains("attempt.visit_id, attempt.stretch_id, attempt.side, attempt.repetition"))) {
                return true;
            }
        }
        return false;
    }

    /** The standing attempt in a repetition slot of the session, if any: a slot holds at most one. */
    Optional<Attempt> standingIn(long visitId, Slot slot) {
        return db.selectFrom(ATTEMPT_FACT)
                .where(ATTEMPT_FACT.VISIT_ID.eq(visitId).and(ATTEMPT_FACT.STRETCH_ID.eq(slot.stretchId()))
                        .and(ATTEMPT_FACT.SIDE.eq(slot.side())).and(ATTEMPT_FACT.REPETITION.eq(slot.repetition()))
                        .and(AttemptFacts.STANDING))
                .fetchOptional(AttemptFacts::attempt);
    }

    /** Any attempt of a standing session by its fact id, voided or not, as the one reading gives it. */
    Optional<Attempt> attempt(String factId) {
        return db.selectFrom(ATTEMPT_FACT).where(ATTEMPT_FACT.FACT_ID.eq(factId)).fetchOptional(AttemptFacts::attempt);
    }

    /** A resolution carried from a corrected pain stop to the stop that replaces it: same therapist, same time. */
    void carryResolution(long fromStopId, long toStopId, UUID factId) {
        db.insertInto(PAIN_STOP_RESOLUTION, PAIN_STOP_RESOLUTION.FACT_ID, PAIN_STOP_RESOLUTION.PAIN_STOP_ID,
                        PAIN_STOP_RESOLUTION.RESOLVED_BY, PAIN_STOP_RESOLUTION.RESOLVED_AT, PAIN_STOP_RESOLUTION.NOTE)
                .select(DSL.select(DSL.val(factId.toString()), DSL.val(toStopId), PAIN_STOP_RESOLUTION.RESOLVED_BY,
                                PAIN_STOP_RESOLUTION.RESOLVED_AT, PAIN_STOP_RESOLUTION.NOTE)
                        .from(PAIN_STOP_RESOLUTION)
                        .where(PAIN_STOP_RESOLUTION.PAIN_STOP_ID.eq(fromStopId).and(PAIN_STOP_RESOLUTION.VOIDED_AT.isNull())))
                .execute();
    }

    long painStopId(String factId) {
        return db.select(PAIN_STOP.ID).from(PAIN_STOP).where(PAIN_STOP.FACT_ID.eq(factId)).fetchSingle(PAIN_STOP.ID);
    }

    boolean voidAttempt(String factId, String reason, Instant now, @Nullable Long by) {
        return db.update(ATTEMPT).set(ATTEMPT.VOIDED_AT, now).set(ATTEMPT.VOID_REASON, reason).set(ATTEMPT.VOIDED_BY, by)
                .where(ATTEMPT.FACT_ID.eq(factId).and(ATTEMPT.VOIDED_AT.isNull())).execute() == 1;
    }

    /** Voids a pain stop and the attempt it ended: the one tap made both. */
    boolean voidPainStop(String factId, String reason, Instant now, @Nullable Long by) {
        Long attemptId = db.select(PAIN_STOP.ATTEMPT_ID).from(PAIN_STOP).where(PAIN_STOP.FACT_ID.eq(factId)).fetchOne(PAIN_STOP.ATTEMPT_ID);
        boolean voided = db.update(PAIN_STOP).set(PAIN_STOP.VOIDED_AT, now).set(PAIN_STOP.VOID_REASON, reason)
                .set(PAIN_STOP.VOIDED_BY, by)
                .where(PAIN_STOP.FACT_ID.eq(factId).and(PAIN_STOP.VOIDED_AT.isNull())).execute() == 1;
        if (voided && attemptId != null) {
            db.update(ATTEMPT).set(ATTEMPT.VOIDED_AT, now).set(ATTEMPT.VOID_REASON, reason).set(ATTEMPT.VOIDED_BY, by)
                    .where(ATTEMPT.ID.eq(attemptId).and(ATTEMPT.VOIDED_AT.isNull())).execute();
        }
        return voided;
    }

    boolean voidPainStopDetail(String factId, String reason, Instant now) {
        return db.update(PAIN_STOP_DETAIL).set(PAIN_STOP_DETAIL.VOIDED_AT, now).set(PAIN_STOP_DETAIL.VOID_REASON, reason)
                .where(PAIN_STOP_DETAIL.FACT_ID.eq(factId).and(PAIN_STOP_DETAIL.VOIDED_AT.isNull())).execute() == 1;
    }

    boolean voidPainRating(String factId, String reason, Instant now) {
        return db.update(PAIN_RATING).set(PAIN_RATING.VOIDED_AT, now).set(PAIN_RATING.VOID_REASON, reason)
                .where(PAIN_RATING.FACT_ID.eq(factId).and(PAIN_RATING.VOIDED_AT.isNull())).execute() == 1;
    }

    /** The visit a fact belongs to, whatever its kind. */
    Optional<Long> visitOf(FactRef fact) {
        return switch (fact.kind()) {
            case ATTEMPT -> db.select(ATTEMPT.VISIT_ID).from(ATTEMPT).where(ATTEMPT.FACT_ID.eq(fact.factId())).fetchOptional(ATTEMPT.VISIT_ID);
            case PAIN_STOP -> db.select(ATTEMPT.VISIT_ID).from(PAIN_STOP).join(ATTEMPT).on(ATTEMPT.ID.eq(PAIN_STOP.ATTEMPT_ID))
                    .where(PAIN_STOP.FACT_ID.eq(fact.factId())).fetchOptional(ATTEMPT.VISIT_ID);
            case PAIN_STOP_DETAIL -> db.select(ATTEMPT.VISIT_ID).from(PAIN_STOP_DETAIL)
                    .join(PAIN_STOP).on(PAIN_STOP.ID.eq(PAIN_STOP_DETAIL.PAIN_STOP_ID))
                    .join(ATTEMPT).on(ATTEMPT.ID.eq(PAIN_STOP.ATTEMPT_ID))
                    .where(PAIN_STOP_DETAIL.FACT_ID.eq(fact.factId())).fetchOptional(ATTEMPT.VISIT_ID);
            case PAIN_RATING -> db.select(PAIN_RATING.VISIT_ID).from(PAIN_RATING).where(PAIN_RATING.FACT_ID.eq(fact.factId()))
                    .fetchOptional(PAIN_RATING.VISIT_ID);
        };
    }

}
