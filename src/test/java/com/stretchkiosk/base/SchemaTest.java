package com.stretchkiosk.base;

import static com.stretchkiosk.db.Tables.ATTEMPT;
import static com.stretchkiosk.db.Tables.AUDIT_EVENT;
import static com.stretchkiosk.db.Tables.CLIENT;
import static com.stretchkiosk.db.Tables.PAIN_RATING;
import static com.stretchkiosk.db.Tables.PAIN_STOP;
import static com.stretchkiosk.db.Tables.STRETCH;
import static com.stretchkiosk.db.Tables.STRETCH_STEP;
import static com.stretchkiosk.db.Tables.THERAPIST;
import static com.stretchkiosk.db.Tables.VISIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The schema repeats the data rules, so that even a bug cannot store an impossible or rewritten fact: on SQLite, and
 * in the PostgreSQL run on PostgreSQL (TestDatabase), with the same tests.
 */
class SchemaTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    /** How each engine words the refusal: SQLite, then PostgreSQL (the same rules hold on both). */
    private static final String UNIQUE = "(?s).*(UNIQUE constraint failed|duplicate key value violates unique constraint).*";
    private static final String CHECK = "(?s).*(CHECK constraint failed|violates check constraint).*";
    private static final String FOREIGN_KEY = "(?s).*(FOREIGN KEY constraint failed|violates foreign key constraint).*";

    private TestDatabase database;
    private DSLContext db;
    private long visitId;

    @BeforeEach
    void migrate() {
        database = TestDatabase.fresh();
        db = database.db();
        long therapist = db.insertInto(THERAPIST).set(THERAPIST.DISPLAY_NAME, "Mara").set(THERAPIST.ROLE, "THERAPIST")
                .set(THERAPIST.CREATED_AT, NOW).returning(THERAPIST.ID).fetchSingle(THERAPIST.ID);
        long client = db.insertInto(CLIENT).set(CLIENT.FULL_NAME, "Anna Rossi").set(CLIENT.SEARCH_NAME, "anna rossi")
                .set(CLIENT.CREATED_AT, NOW).set(CLIENT.UPDATED_AT, NOW).returning(CLIENT.ID).fetchSingle(CLIENT.ID);
        visitId = db.insertInto(VISIT).set(VISIT.FACT_ID, uuid()).set(VISIT.CLIENT_ID, client)
                .set(VISIT.THERAPIST_ID, therapist).set(VISIT.STARTED_AT, NOW).returning(VISIT.ID).fetchSingle(VISIT.ID);
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    @Test
    void the_starting_catalog_holds_the_seven_stretches_with_their_steps() {
        assertThat(db.fetchCount(STRETCH)).isEqualTo(7);
        assertThat(db.select(STRETCH.NAME).from(STRETCH).where(STRETCH.SIDED.eq(1)).fetch(STRETCH.NAME))
                .containsExactlyInAnyOrder("Upper trapezius (ear to shoulder)", "Levator scapulae",
                        "Hurdler hamstring (cross-leg forward fold)", "Supine back twist");
        assertThat(db.fetchValue(STRETCH.REPETITIONS, STRETCH.NAME.eq("Levator scapulae"))).isEqualTo(3);
        assertThat(db.fetchCount(STRETCH_STEP, STRETCH_STEP.STRETCH_ID.eq(db.fetchValue(STRETCH.ID,
                STRETCH.NAME.eq("Upper trapezius (ear to shoulder)"))))).isGreaterThanOrEqualTo(4);
        assertThat(db.fetchCount(STRETCH, STRETCH.RANGE_MIN.ge(STRETCH.RANGE_MAX))).isZero();
    }

    @Test
    void the_same_tap_id_is_stored_once() {
        String factId = uuid();
        insertAttempt(factId, 1L, 30);
        assertThatThrownBy(() -> insertAttempt(factId, 1L, 30)).isInstanceOf(DataAccessException.class)
                .hasMessageMatching(UNIQUE);
        assertThat(db.fetchCount(ATTEMPT, ATTEMPT.FACT_ID.eq(factId))).isEqualTo(1);
    }

    @Test
    void a_range_outside_the_stretchs_plausible_bounds_is_refused() {
        // Upper trapezius: 0-60 degrees.
        assertThatThrownBy(() -> insertAttempt(uuid(), 1L, 61)).hasMessageContaining("plausible range");
        assertThatThrownBy(() -> insertAttempt(uuid(), 1L, -1)).hasMessageContaining("plausible range");
        insertAttempt(uuid(), 1L, 60);
    }

    @Test
    void pain_and_pressure_outside_zero_to_ten_are_refused() {
        assertThatThrownBy(() -> db.insertInto(PAIN_RATING).set(PAIN_RATING.FACT_ID, uuid())
                .set(PAIN_RATING.VISIT_ID, visitId).set(PAIN_RATING.MOMENT, "BEFORE").set(PAIN_RATING.SCORE, 11)
                .set(PAIN_RATING.RECORDED_AT, NOW).execute()).hasMessageMatching(CHECK);
        assertThatThrownBy(() -> db.insertInto(ATTEMPT).set(ATTEMPT.FACT_ID, uuid()).set(ATTEMPT.VISIT_ID, visitId)
                .set(ATTEMPT.STRETCH_ID, 1L).set(ATTEMPT.SIDE, "LEFT").set(ATTEMPT.REPETITION, 1)
                .set(ATTEMPT.OUTCOME, "COMPLETED").set(ATTEMPT.UNIT, "DEGREES").set(ATTEMPT.RANGE_REACHED, 30)
                .set(ATTEMPT.PRESSURE, -1).set(ATTEMPT.RECORDED_AT, NOW).execute()).hasMessageMatching(CHECK);
    }

    @Test
    void names_and_notes_longer_than_the_limits_are_refused() {
        assertThatThrownBy(() -> db.insertInto(CLIENT).set(CLIENT.FULL_NAME, "x".repeat(TextLimits.NAME_MAX_LENGTH + 1))
                .set(CLIENT.SEARCH_NAME, "x").set(CLIENT.CREATED_AT, NOW).set(CLIENT.UPDATED_AT, NOW).execute())
                .hasMessageMatching(CHECK);
        assertThatThrownBy(() -> db.insertInto(CLIENT).set(CLIENT.FULL_NAME, "Ben").set(CLIENT.SEARCH_NAME, "ben")
                .set(CLIENT.PRECAUTIONS, "x".repeat(TextLimits.NOTE_MAX_LENGTH + 1))
                .set(CLIENT.CREATED_AT, NOW).set(CLIENT.UPDATED_AT, NOW).execute())
                .hasMessageMatching(CHECK);
    }

    @Test
    void a_fact_is_voided_with_a_reason_never_rewritten_or_deleted() {
        String factId = uuid();
        insertAttempt(factId, 1L, 30);
        assertThatThrownBy(() -> db.update(ATTEMPT).set(ATTEMPT.RANGE_REACHED, 40).where(ATTEMPT.FACT_ID.eq(factId)).execute())
                .hasMessageContaining("void them");
        assertThatThrownBy(() -> db.deleteFrom(ATTEMPT).where(ATTEMPT.FACT_ID.eq(factId)).execute())
                .hasMessageContaining("void them");
        assertThatThrownBy(() -> db.update(ATTEMPT).set(ATTEMPT.VOIDED_AT, NOW).where(ATTEMPT.FACT_ID.eq(factId)).execute())
                .as("a void needs its reason").hasMessageMatching(CHECK);

        db.update(ATTEMPT).set(ATTEMPT.VOIDED_AT, NOW).set(ATTEMPT.VOID_REASON, "Undo").where(ATTEMPT.FACT_ID.eq(factId)).execute();
        assertThat(db.fetchValue(ATTEMPT.VOID_REASON, ATTEMPT.FACT_ID.eq(factId))).isEqualTo("Undo");
        assertThatThrownBy(() -> db.update(ATTEMPT).set(ATTEMPT.VOID_REASON, "changed my mind").where(ATTEMPT.FACT_ID.eq(factId)).execute())
                .as("a void is final").hasMessageContaining("void them");
    }

    @Test
    void a_pain_stop_cannot_be_deleted() {
        long attempt = insertAttempt(uuid(), 1L, 30);
        db.insertInto(PAIN_STOP).set(PAIN_STOP.FACT_ID, uuid()).set(PAIN_STOP.ATTEMPT_ID, attempt)
                .set(PAIN_STOP.OCCURRED_AT, NOW).set(PAIN_STOP.RANGE_AT_STOP, 30).execute();
        assertThatThrownBy(() -> db.deleteFrom(PAIN_STOP).execute()).hasMessageContaining("void them");
    }

    @Test
    void a_client_has_at_most_one_open_visit() {
        long client = db.fetchValue(VISIT.CLIENT_ID, VISIT.ID.eq(visitId));
        long therapist = db.fetchValue(VISIT.THERAPIST_ID, VISIT.ID.eq(visitId));
        assertThatThrownBy(() -> db.insertInto(VISIT).set(VISIT.FACT_ID, uuid()).set(VISIT.CLIENT_ID, client)
                .set(VISIT.THERAPIST_ID, therapist).set(VISIT.STARTED_AT, NOW).execute()).hasMessageMatching(UNIQUE);
    }

    @Test
    void a_fact_must_belong_to_an_existing_visit() {
        assertThatThrownBy(() -> db.insertInto(PAIN_RATING).set(PAIN_RATING.FACT_ID, uuid()).set(PAIN_RATING.VISIT_ID, 999_999L)
                .set(PAIN_RATING.MOMENT, "AFTER").set(PAIN_RATING.SCORE, 2).set(PAIN_RATING.RECORDED_AT, NOW).execute())
                .hasMessageMatching(FOREIGN_KEY);
    }

    @Test
    void the_audit_log_is_append_only() {
        db.insertInto(AUDIT_EVENT).set(AUDIT_EVENT.OCCURRED_AT, NOW).set(AUDIT_EVENT.ACTION, "CLIENT_VIEWED")
                .set(AUDIT_EVENT.OUTCOME, "OK").execute();
        assertThatThrownBy(() -> db.update(AUDIT_EVENT).set(AUDIT_EVENT.OUTCOME, "DENIED").execute())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.deleteFrom(AUDIT_EVENT).execute()).hasMessageContaining("append-only");
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(1);
    }

    @Test
    void times_are_stored_as_utc_epoch_milliseconds() {
        assertThat(db.fetchValue("SELECT CAST(started_at AS TEXT) FROM visit WHERE id = ?", visitId)).isEqualTo(Long.toString(NOW.toEpochMilli()));
    }

    @Test
    void who_voided_a_fact_is_set_with_the_void_and_never_after() {
        long attempt = insertAttempt(uuid(), 1L, 30);
        long therapist = db.fetchValue(VISIT.THERAPIST_ID, VISIT.ID.eq(visitId));
        assertThatThrownBy(() -> db.update(ATTEMPT).set(ATTEMPT.VOIDED_BY, therapist).where(ATTEMPT.ID.eq(attempt)).execute())
                .hasMessageContaining("voided_by is set with the void");
        db.update(ATTEMPT).set(ATTEMPT.VOIDED_AT, NOW).set(ATTEMPT.VOID_REASON, "Corrected: wrong side")
                .set(ATTEMPT.VOIDED_BY, therapist).where(ATTEMPT.ID.eq(attempt)).execute();
        assertThatThrownBy(() -> db.update(ATTEMPT).set(ATTEMPT.VOIDED_BY, (Long) null).where(ATTEMPT.ID.eq(attempt)).execute())
                .hasMessageContaining("void them, do not change them");
    }

    @Test
    void a_correction_replaces_an_attempt_of_the_same_visit_stretch_and_repetition_only() {
        long original = insertAttempt(uuid(), 1L, 30);
        assertThatThrownBy(() -> db.insertInto(ATTEMPT).set(ATTEMPT.FACT_ID, uuid()).set(ATTEMPT.VISIT_ID, visitId)
                .set(ATTEMPT.STRETCH_ID, 2L).set(ATTEMPT.SIDE, "LEFT").set(ATTEMPT.REPETITION, 1)
                .set(ATTEMPT.OUTCOME, "COMPLETED").set(ATTEMPT.UNIT, "DEPTH").set(ATTEMPT.RANGE_REACHED, 5)
                .set(ATTEMPT.SUPERSEDES_ID, original).set(ATTEMPT.RECORDED_AT, NOW).execute())
                .hasMessageContaining("a correction replaces an attempt of the same visit, stretch and repetition");
    }

    private long insertAttempt(String factId, long stretchId, int range) {
        return db.insertInto(ATTEMPT).set(ATTEMPT.FACT_ID, factId).set(ATTEMPT.VISIT_ID, visitId)
                .set(ATTEMPT.STRETCH_ID, stretchId).set(ATTEMPT.SIDE, "LEFT").set(ATTEMPT.REPETITION, 1)
                .set(ATTEMPT.OUTCOME, "COMPLETED").set(ATTEMPT.UNIT, "DEGREES").set(ATTEMPT.RANGE_REACHED, range)
                .set(ATTEMPT.RECORDED_AT, NOW).returning(ATTEMPT.ID).fetchSingle(ATTEMPT.ID);
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }
}
