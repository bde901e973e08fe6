package com.stretchkiosk.visit;

import static com.stretchkiosk.db.Tables.ATTEMPT;
import static com.stretchkiosk.db.Tables.AUDIT_EVENT;
import static com.stretchkiosk.db.Tables.PAIN_RATING;
import static com.stretchkiosk.db.Tables.PAIN_STOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stretchkiosk.KioskTest;
import com.stretchkiosk.base.TextLimits;
import com.stretchkiosk.catalog.CatalogService;
import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.client.ClientDraft;
import com.stretchkiosk.client.ClientService;
import com.stretchkiosk.therapist.TherapistService;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class VisitServiceTest extends KioskTest {

    @Autowired
    VisitService visits;

    @Autowired
    ClientService clients;

    @Autowired
    TherapistService therapists;

    @Autowired
    CatalogService catalog;

    @Autowired
    DSLContext db;

    @Autowired
    com.stretchkiosk.history.HistoryService history;

    private long clientId;
    private long therapistId;
    private Stretch upperTrapezius;
    private Stretch levator;

    @BeforeEach
    void clientAndTherapist() {
        clientId = clients.create(new ClientDraft(unique("Nora Weber"), null, null, null, null)).id();
        therapistId = therapists.add(unique("Mara")).id();
        upperTrapezius = stretch("Upper trapezius (ear to shoulder)");
        levator = stretch("Levator scapulae");
    }

    @Test
    void the_same_tap_sent_twice_is_stored_once() {
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        AttemptDraft tap = attempt(visit, upperTrapezius, Side.LEFT, 1, 30);
        visits.recordAttempt(tap);
        visits.recordAttempt(tap);
        assertThat(db.fetchCount(ATTEMPT, ATTEMPT.FACT_ID.eq(tap.factId().toString()))).isEqualTo(1);

        PainStopTap stop = new PainStopTap(UUID.randomUUID(), UUID.randomUUID(), visit.id(), levator.id(), Side.RIGHT, 2, 6, 7,
                Breathing.HELD_BREATH, 12);
        Recorded<PainStop> first = visits.recordPainStop(stop);
        Recorded<PainStop> again = visits.recordPainStop(stop);
        assertThat(first.stored()).isTrue();
        assertThat(again.stored()).isFalse();
        assertThat(again.fact()).isEqualTo(first.fact());
        assertThat(db.fetchCount(PAIN_STOP, PAIN_STOP.FACT_ID.eq(stop.stopFactId().toString()))).isEqualTo(1);
        assertThat(db.fetchCount(ATTEMPT, ATTEMPT.FACT_ID.eq(stop.attemptFactId().toString()))).isEqualTo(1);

        UUID pain = UUID.randomUUID();
        visits.recordPain(pain, visit.id(), PainMoment.BEFORE, 4);
        visits.recordPain(pain, visit.id(), PainMoment.BEFORE, 4);
        assertThat(db.fetchCount(PAIN_RATING, PAIN_RATING.VISIT_ID.eq(visit.id()))).isEqualTo(1);
        assertThat(visits.sheet(visit.id()).painBefore()).isEqualTo(4);
    }

    @Test
    void every_fact_recorded_or_voided_leaves_one_audit_row_naming_it() {
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        Attempt attempt = visits.recordAttempt(attempt(visit, upperTrapezius, Side.LEFT, 1, 30)).fact();
        PainStop stop = visits.recordPainStop(new PainStopTap(UUID.randomUUID(), UUID.randomUUID(), visit.id(), levator.id(),
                Side.RIGHT, 1, 5, null, null, null)).fact();
        UUID detail = UUID.randomUUID();
        visits.describePainStop(detail, visit.id(), stop.id(), new PainStopDetail(BodyRegion.NECK, null, 6, null, null));
        UUID pain = UUID.randomUUID();
        visits.recordPain(pain, visit.id(), PainMoment.BEFORE, 3);
        visits.undo(new FactRef(FactRef.Kind.ATTEMPT, attempt.factId()), VisitService.UNDO_REASON);
        visits.recordAttempt(attempt(visit, upperTrapezius, Side.LEFT, 1, 30));

        assertThat(audited("FACT_RECORDED", "attempt", attempt.factId())).isEqualTo(1);
        assertThat(audited("FACT_RECORDED", "pain_stop", stop.factId())).isEqualTo(1);
        assertThat(audited("FACT_RECORDED", "pain_stop_detail", detail.toString())).isEqualTo(1);
        assertThat(audited("FACT_RECORDED", "pain_rating", pain.toString())).isEqualTo(1);
        assertThat(audited("FACT_VOIDED", "attempt", attempt.factId())).isEqualTo(1);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.CLIENT_ID.eq(clientId).and(AUDIT_EVENT.ACTION.eq("FACT_RECORDED"))))
                .as("one row per fact stored, none for a tap that stored nothing").isEqualTo(5);
    }

    private int audited(String action, String type, String factId) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(action).and(AUDIT_EVENT.RECORD_TYPE.eq(type))
                .and(AUDIT_EVENT.RECORD_ID.eq(factId)).and(AUDIT_EVENT.CLIENT_ID.eq(clientId)));
    }

    @Test
    void starting_again_resumes_the_open_session() {
        Visit first = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        Visit again = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(visits.openVisitOf(clientId)).contains(first.id());
    }

    @Test
    void undo_voids_the_fact_with_its_reason_and_keeps_the_row() {
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        Attempt attempt = visits.recordAttempt(attempt(visit, upperTrapezius, Side.LEFT, 1, 32)).fact();

        assertThat(visits.undo(new FactRef(FactRef.Kind.ATTEMPT, attempt.factId()), VisitService.UNDO_REASON).stored()).isTrue();
        assertThat(visits.undo(new FactRef(FactRef.Kind.ATTEMPT, attempt.factId()), VisitService.UNDO_REASON).stored())
                .as("a void happens once").isFalse();

        var row = db.selectFrom(ATTEMPT).where(ATTEMPT.FACT_ID.eq(attempt.factId())).fetchSingle();
        assertThat(row.getVoidReason()).isEqualTo("Undone at the table");
        assertThat(row.getVoidedAt()).isEqualTo(clock.instant());
        assertThat(row.getRangeReached()).isEqualTo(32);
        assertThat(visits.sheet(visit.id()).attempts()).isEmpty();
    }

    @Test
    void undoing_a_pain_stop_voids_the_stop_and_the_attempt_it_ended() {
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        PainStop stop = visits.recordPainStop(new PainStopTap(UUID.randomUUID(), UUID.randomUUID(), visit.id(),
                upperTrapezius.id(), Side.LEFT, 1, 41, null, null, null)).fact();
        visits.undo(new FactRef(FactRef.Kind.PAIN_STOP, stop.factId()), VisitService.UNDO_REASON);

        assertThat(db.fetchValue(PAIN_STOP.VOID_REASON, PAIN_STOP.ID.eq(stop.id()))).isEqualTo(VisitService.UNDO_REASON);
        assertThat(db.fetchValue(ATTEMPT.VOID_REASON, ATTEMPT.ID.eq(stop.attemptId()))).isEqualTo(VisitService.UNDO_REASON);
        assertThat(visits.sheet(visit.id()).painStops()).isEmpty();
    }

    @Test
    void facts_keep_the_order_they_were_tapped_in_even_if_the_clock_jumps_back() {
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        visits.recordAttempt(attempt(visit, upperTrapezius, Side.LEFT, 1, 30));
        clock.advance(Duration.ofHours(-2));
        visits.recordAttempt(attempt(visit, upperTrapezius, Side.RIGHT, 1, 28));
        clock.advance(Duration.ofMinutes(-5));
        visits.recordAttempt(attempt(visit, levator, Side.LEFT, 1, 5));

        assertThat(visits.sheet(visit.id()).attempts()).extracting(Attempt::side, Attempt::range).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Side.LEFT, 30),
                org.assertj.core.groups.Tuple.tuple(Side.RIGHT, 28),
                org.assertj.core.groups.Tuple.tuple(Side.LEFT, 5));
    }

    @Test
    void values_out_of_bounds_are_refused_per_control_and_nothing_is_stored() {
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        AttemptDraft wrong = new AttemptDraft(UUID.randomUUID(), visit.id(), upperTrapezius.id(), Side.NONE, 1, Outcome.COMPLETED,
                61, 11, null, 101, 601, Set.of(), "n".repeat(2001));

        assertThatThrownBy(() -> visits.recordAttempt(wrong)).isInstanceOfSatisfying(RecordingRefusedException.class, refused -> {
            assertThat(refused.problems()).containsOnlyKeys(AttemptField.SIDE, AttemptField.RANGE, AttemptField.PRESSURE,
                    AttemptField.BREATH_COUNT, AttemptField.HOLD_SECONDS, AttemptField.NOTE);
            assertThat(refused.problems().get(AttemptField.RANGE).arguments()).containsExactly(0, 60);
        });
        assertThatThrownBy(() -> visits.recordPain(UUID.randomUUID(), visit.id(), PainMoment.BEFORE, 11))
                .isInstanceOf(RecordingRefusedException.class);
        assertThat(db.fetchCount(ATTEMPT, ATTEMPT.VISIT_ID.eq(visit.id()))).isZero();
        assertThat(db.fetchCount(PAIN_RATING, PAIN_RATING.VISIT_ID.eq(visit.id()))).isZero();
    }

    @Test
    void a_stop_is_stored_even_when_the_range_set_is_implausible() {
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        PainStop stop = visits.recordPainStop(new PainStopTap(UUID.randomUUID(), UUID.randomUUID(), visit.id(),
                upperTrapezius.id(), Side.RIGHT, 1, 95, 14, null, 9999)).fact();
        assertThat(stop.rangeAtStop()).isNull();
        assertThat(visits.sheet(visit.id()).attempts()).singleElement()
                .satisfies(a -> assertThat(a.outcome()).isEqualTo(Outcome.STOPPED_FOR_PAIN));
    }

    @Test
    void the_next_visit_knows_last_times_range_and_the_pain_stop_to_stay_below() {
        Visit first = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        visits.recordAttempt(attempt(first, upperTrapezius, Side.LEFT, 1, 31));
        visits.recordPainStop(new PainStopTap(UUID.randomUUID(), UUID.randomUUID(), first.id(), levator.id(), Side.RIGHT, 1,
                7, null, null, null));
        visits.end(first.id(), "Good first session");
        clock.advance(Duration.ofDays(7));

        Visit second = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        VisitSheet sheet = visits.sheet(second.id());
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(sheet.previous(new StretchSide(upperTrapezius.id(), Side.LEFT), MeasureUnit.DEGREES).lastRange()).isEqualTo(31);
        assertThat(sheet.previous(new StretchSide(upperTrapezius.id(), Side.LEFT), MeasureUnit.DEPTH).lastRange())
                .as("never offered in another unit").isNull();
        assertThat(sheet.guidance(new StretchSide(levator.id(), Side.RIGHT), MeasureUnit.DEPTH).stayBelowValue()).isEqualTo(7);
        assertThat(sheet.previous(new StretchSide(levator.id(), Side.RIGHT), MeasureUnit.DEPTH).lastRange()).isNull();
    }

    @Test
    void stay_below_is_the_lowest_unresolved_stop_and_a_stop_without_range_hides_nothing() {
        Visit first = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        PainStop low = stopAt(first, 5);
        stopAt(first, 8);
        visits.end(first.id(), null);
        clock.advance(Duration.ofDays(7));
        Visit second = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        stopAt(second, null);
        visits.end(second.id(), null);
        clock.advance(Duration.ofDays(7));

        Visit third = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        StretchSide right = new StretchSide(levator.id(), Side.RIGHT);
        assertThat(visits.sheet(third.id()).guidance(right, MeasureUnit.DEPTH).stayBelowValue())
                .as("the stop without a range does not hide depth 5").isEqualTo(5);
        assertThat(visits.sheet(third.id()).guidance(right, MeasureUnit.DEPTH).stops()).hasSize(3);

        history.resolve(UUID.randomUUID(), clientId, low.id(), therapistId);
        assertThat(visits.sheet(third.id()).guidance(right, MeasureUnit.DEPTH).stayBelowValue())
                .as("a resolved stop no longer warns").isEqualTo(8);
    }

    @Test
    void a_second_stop_for_the_same_repetition_returns_the_first_whatever_its_tap_id() {
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        Recorded<PainStop> first = visits.recordPainStop(new PainStopTap(UUID.randomUUID(), UUID.randomUUID(), visit.id(),
                levator.id(), Side.LEFT, 2, 6, null, null, null));
        Recorded<PainStop> again = visits.recordPainStop(new PainStopTap(UUID.randomUUID(), UUID.randomUUID(), visit.id(),
                levator.id(), Side.LEFT, 2, 7, null, null, null));

        assertThat(again.stored()).isFalse();
        assertThat(again.fact().id()).isEqualTo(first.fact().id());
        assertThat(again.facts().attempts()).singleElement().satisfies(a -> assertThat(a.range()).isEqualTo(6));
        assertThat(visits.recordPainStop(new PainStopTap(UUID.randomUUID(), UUID.randomUUID(), visit.id(),
                levator.id(), Side.LEFT, 3, 5, null, null, null)).stored()).as("the next repetition is another stop").isTrue();
    }

    @Test
    void the_database_refuses_a_second_standing_stop_for_one_repetition() {
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        visits.recordPainStop(new PainStopTap(UUID.randomUUID(), UUID.randomUUID(), visit.id(), levator.id(), Side.LEFT, 1, 6,
                null, null, null));
        assertThatThrownBy(() -> db.insertInto(ATTEMPT)
                .set(ATTEMPT.FACT_ID, UUID.randomUUID().toString()).set(ATTEMPT.VISIT_ID, visit.id())
                .set(ATTEMPT.STRETCH_ID, levator.id()).set(ATTEMPT.SIDE, "LEFT").set(ATTEMPT.REPETITION, 1)
                .set(ATTEMPT.OUTCOME, "STOPPED_FOR_PAIN").set(ATTEMPT.UNIT, "DEPTH").set(ATTEMPT.RECORDED_AT, clock.instant())
                .execute()).as("SQLite's or PostgreSQL's words for it").hasMessageMatching("(?s).*(UNIQUE constraint failed|violates unique constraint).*");
    }

    @Test
    void an_ended_session_compares_with_the_visit_before_it_not_a_later_one() {
        Visit first = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        visits.recordAttempt(attempt(first, upperTrapezius, Side.LEFT, 1, 30));
        visits.end(first.id(), null);
        clock.advance(Duration.ofDays(7));
        Visit second = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        visits.recordAttempt(attempt(second, upperTrapezius, Side.LEFT, 1, 35));
        visits.end(second.id(), null);
        clock.advance(Duration.ofDays(7));
        Visit third = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        visits.recordAttempt(attempt(third, upperTrapezius, Side.LEFT, 1, 40));
        visits.end(third.id(), null);

        assertThat(visits.sheet(second.id()).previous(new StretchSide(upperTrapezius.id(), Side.LEFT), MeasureUnit.DEGREES)
                .lastRange()).isEqualTo(30);
    }

    @Test
    void undo_is_refused_once_the_session_has_ended() {
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        Attempt logged = visits.recordAttempt(attempt(visit, upperTrapezius, Side.LEFT, 1, 30)).fact();
        visits.end(visit.id(), null);

        assertThatThrownBy(() -> visits.undo(new FactRef(FactRef.Kind.ATTEMPT, logged.factId()), VisitService.UNDO_REASON))
                .isInstanceOf(VisitClosedException.class);
        assertThat(db.fetchValue(ATTEMPT.VOIDED_AT, ATTEMPT.FACT_ID.eq(logged.factId()))).isNull();
    }

    @Test
    void each_tap_returns_the_sessions_facts_and_every_listening_screen_gets_them_after_the_commit() throws Exception {
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        var received = new java.util.concurrent.LinkedBlockingQueue<SessionFacts>();
        Runnable stop = visits.listen(visit.id(), facts -> true, received::add);
        try {
            Recorded<Attempt> logged = visits.recordAttempt(attempt(visit, upperTrapezius, Side.LEFT, 1, 30));
            assertThat(logged.facts().attempts()).extracting(Attempt::range).containsExactly(30);
            SessionFacts pushed = received.poll(2, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(pushed).isEqualTo(logged.facts());

            Recorded<Attempt> second = visits.recordAttempt(attempt(visit, upperTrapezius, Side.RIGHT, 1, 28));
            assertThat(second.facts().revision()).as("later facts carry a later revision").isGreaterThan(logged.facts().revision());
        } finally {
            stop.run();
        }
    }

    @Test
    void nothing_more_is_recorded_in_an_ended_session() {
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        visits.end(visit.id(), null);
        assertThatThrownBy(() -> visits.recordAttempt(attempt(visit, upperTrapezius, Side.LEFT, 1, 30)))
                .isInstanceOf(VisitClosedException.class);
        assertThat(visits.openVisitOf(clientId)).isEmpty();
    }

    @Test
    void every_bound_of_a_repetition_is_accepted_at_the_bound_and_refused_one_past_it() {
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        int rep = 1;
        for (int[] values : new int[][] {{0, 0, 0}, {10, PainScale.BREATH_COUNT_MAX, PainScale.HOLD_SECONDS_MAX}}) {
            AttemptDraft draft = new AttemptDraft(UUID.randomUUID(), visit.id(), upperTrapezius.id(), Side.LEFT, rep++, Outcome.COMPLETED,
                    upperTrapezius.rangeMax(), values[0], null, values[1], values[2], Set.of(), "n".repeat(AttemptDraft.NOTE_MAX_LENGTH));
            assertThat(visits.recordAttempt(draft).stored()).as("at the bounds %s", java.util.Arrays.toString(values)).isTrue();
        }
        assertThat(visits.recordAttempt(new AttemptDraft(UUID.randomUUID(), visit.id(), upperTrapezius.id(), Side.LEFT,
                Attempt.REPETITION_MAX, Outcome.COMPLETED, upperTrapezius.rangeMin(), null, null, null, null, Set.of(), null)).stored())
                .as("the last repetition there can be").isTrue();
        record Past(AttemptField field, AttemptDraft draft) {
        }
        for (Past past : List.of(
                new Past(AttemptField.PRESSURE, draftWith(visit, 1, 11, null, null, null)),
                new Past(AttemptField.PRESSURE, draftWith(visit, 1, -1, null, null, null)),
                new Past(AttemptField.BREATH_COUNT, draftWith(visit, 1, null, PainScale.BREATH_COUNT_MAX + 1, null, null)),
                new Past(AttemptField.BREATH_COUNT, draftWith(visit, 1, null, -1, null, null)),
                new Past(AttemptField.HOLD_SECONDS, draftWith(visit, 1, null, null, PainScale.HOLD_SECONDS_MAX + 1, null)),
                new Past(AttemptField.HOLD_SECONDS, draftWith(visit, 1, null, null, -1, null)),
                new Past(AttemptField.NOTE, draftWith(visit, 1, null, null, null, "n".repeat(AttemptDraft.NOTE_MAX_LENGTH + 1))),
                new Past(AttemptField.REPETITION, draftWith(visit, 0, null, null, null, null)),
                new Past(AttemptField.REPETITION, draftWith(visit, Attempt.REPETITION_MAX + 1, null, null, null, null)),
                new Past(AttemptField.SIDE, new AttemptDraft(UUID.randomUUID(), visit.id(), upperTrapezius.id(), Side.NONE, 1,
                        Outcome.COMPLETED, null, null, null, null, null, Set.of(), null)))) {
            assertThatThrownBy(() -> visits.recordAttempt(past.draft())).as(past.field().name())
                    .isInstanceOfSatisfying(RecordingRefusedException.class, e -> assertThat(e.problems()).containsOnlyKeys(past.field()));
        }
    }

    private AttemptDraft draftWith(Visit visit, int repetition, Integer pressure, Integer breaths, Integer hold, String note) {
        return new AttemptDraft(UUID.randomUUID(), visit.id(), upperTrapezius.id(), Side.LEFT, repetition, Outcome.COMPLETED, null,
                pressure, null, breaths, hold, Set.of(), note);
    }

    @Test
    void a_second_pain_rating_replaces_the_first_which_is_voided() {
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        Recorded<FactRef> first = visits.recordPain(UUID.randomUUID(), visit.id(), PainMoment.BEFORE, 6);
        Recorded<FactRef> second = visits.recordPain(UUID.randomUUID(), visit.id(), PainMoment.BEFORE, 2);
        assertThat(first.stored()).isTrue();
        assertThat(second.facts().painBefore()).isEqualTo(2);
        assertThat(second.facts().painAfter()).isNull();
        assertThat(db.fetchCount(PAIN_RATING, PAIN_RATING.FACT_ID.eq(first.fact().factId()).and(PAIN_RATING.VOIDED_AT.isNotNull())))
                .as("the first rating stays, voided").isEqualTo(1);
        assertThatThrownBy(() -> visits.recordPain(UUID.randomUUID(), visit.id(), PainMoment.AFTER, 11))
                .isInstanceOf(RecordingRefusedException.class);
        assertThat(visits.recordPain(UUID.randomUUID(), visit.id(), PainMoment.AFTER, 10).facts().painAfter()).isEqualTo(10);
    }

    @Test
    void a_stop_keeps_a_hold_within_its_bounds_and_drops_one_past_them() {
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        int rep = 1;
        for (int[] hold : new int[][] {{0, 0}, {PainScale.HOLD_SECONDS_MAX, PainScale.HOLD_SECONDS_MAX}, {-1, -1},
                {PainScale.HOLD_SECONDS_MAX + 1, -1}}) {
            PainStop stop = visits.recordPainStop(new PainStopTap(UUID.randomUUID(), UUID.randomUUID(), visit.id(), levator.id(),
                    Side.LEFT, rep++, null, null, null, hold[0])).fact();
            Integer kept = db.select(ATTEMPT.HOLD_SECONDS).from(ATTEMPT).where(ATTEMPT.ID.eq(stop.attemptId())).fetchSingle(ATTEMPT.HOLD_SECONDS);
            assertThat(kept).as("hold %d", hold[0]).isEqualTo(hold[1] < 0 ? null : hold[1]);
        }
    }

    @Test
    void a_stop_is_described_within_the_rules_and_a_closing_note_may_be_as_long_as_a_note() {
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        PainStop stop = stopAt(visit, 4);
        assertThatThrownBy(() -> visits.describePainStop(UUID.randomUUID(), visit.id(), stop.id(),
                new PainStopDetail(null, null, 11, null, null))).isInstanceOf(RecordingRefusedException.class);
        assertThatThrownBy(() -> visits.describePainStop(UUID.randomUUID(), visit.id(), stop.id(),
                new PainStopDetail(null, null, null, null, "n".repeat(TextLimits.NOTE_MAX_LENGTH + 1))))
                .isInstanceOf(RecordingRefusedException.class);
        var described = visits.describePainStop(UUID.randomUUID(), visit.id(), stop.id(),
                new PainStopDetail(BodyRegion.NECK, null, 10, null, "n".repeat(TextLimits.NOTE_MAX_LENGTH)));
        assertThat(described.stored()).isTrue();
        assertThat(described.fact().kind()).isEqualTo(FactRef.Kind.PAIN_STOP_DETAIL);

        assertThatThrownBy(() -> visits.end(visit.id(), "n".repeat(TextLimits.NOTE_MAX_LENGTH + 1)))
                .isInstanceOf(RecordingRefusedException.class);
        assertThat(visits.end(visit.id(), "n".repeat(TextLimits.NOTE_MAX_LENGTH)).visit().isOpen()).isFalse();
    }

    @Test
    void opening_a_session_screen_is_audited_as_a_view_of_the_record() {
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        visits.open(visit.id());
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("VISIT_OPENED").and(AUDIT_EVENT.CLIENT_ID.eq(clientId))
                .and(AUDIT_EVENT.RECORD_ID.eq(Long.toString(visit.id()))))).isEqualTo(1);
    }

    @Test
    void a_repetition_holds_one_standing_attempt_by_the_service_and_by_the_database() {
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        Recorded<Attempt> first = visits.recordAttempt(attempt(visit, levator, Side.LEFT, 1, 6));
        assertThatThrownBy(() -> visits.recordAttempt(attempt(visit, levator, Side.LEFT, 1, 7)))
                .as("a second Log for rep 1 (a double tap, a replayed tap, another tablet)")
                .isInstanceOf(RepetitionTakenException.class)
                .satisfies(e -> assertThat(((RepetitionTakenException) e).slot()).isEqualTo(new Slot(levator.id(), Side.LEFT, 1)));
        assertThatThrownBy(() -> visits.recordAttempt(AttemptDraft.skipped(UUID.randomUUID(), visit.id(), levator.id(), Side.LEFT, 1)))
                .as("a Skip too").isInstanceOf(RepetitionTakenException.class);
        assertThat(db.fetchCount(ATTEMPT, ATTEMPT.VISIT_ID.eq(visit.id()))).isEqualTo(1);

        // The database's own rule: a second standing row in the slot is refused even past the service.
        assertThatThrownBy(() -> db.insertInto(ATTEMPT).set(ATTEMPT.FACT_ID, UUID.randomUUID().toString())
                .set(ATTEMPT.VISIT_ID, visit.id()).set(ATTEMPT.STRETCH_ID, levator.id()).set(ATTEMPT.SIDE, "LEFT")
                .set(ATTEMPT.REPETITION, 1).set(ATTEMPT.OUTCOME, "COMPLETED").set(ATTEMPT.UNIT, "DEPTH")
                .set(ATTEMPT.RECORDED_AT, java.time.Instant.now()).execute())
                .isInstanceOf(RuntimeException.class)
                .satisfies(e -> assertThat(VisitRepository.isSlotTaken((RuntimeException) e)).as("refused by the slot's unique index").isTrue());

        visits.undo(new FactRef(FactRef.Kind.ATTEMPT, first.fact().factId()), VisitService.UNDO_REASON);
        assertThat(visits.recordAttempt(attempt(visit, levator, Side.LEFT, 1, 7)).stored()).as("an undone repetition is free again").isTrue();
    }

    @Test
    void a_stop_tapped_on_a_repetition_a_log_filled_first_is_the_next_repetition_and_never_lost() {
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        visits.recordAttempt(attempt(visit, levator, Side.LEFT, 1, 6));
        // Queued during an outage: Log rep 1, then STOP while the screen still showed rep 1.
        Recorded<PainStop> stop = visits.recordPainStop(new PainStopTap(UUID.randomUUID(), UUID.randomUUID(), visit.id(), levator.id(),
                Side.LEFT, 1, 7, null, null, null));
        assertThat(stop.stored()).isTrue();
        Attempt stopped = stop.facts().attempts().stream().filter(a -> a.painStop() != null).findFirst().orElseThrow();
        assertThat(stopped.repetition()).isEqualTo(2);
        assertThat(stop.fact().rangeAtStop()).isEqualTo(7);

        for (int repetition = 3; repetition <= Attempt.REPETITION_MAX; repetition++) {
            visits.recordAttempt(attempt(visit, levator, Side.RIGHT, repetition - 2, 6));
        }
        visits.recordAttempt(attempt(visit, levator, Side.RIGHT, 9, 6));
        visits.recordAttempt(attempt(visit, levator, Side.RIGHT, 10, 6));
        Recorded<PainStop> last = visits.recordPainStop(new PainStopTap(UUID.randomUUID(), UUID.randomUUID(), visit.id(), levator.id(),
                Side.RIGHT, 4, 5, null, null, null));
        assertThat(last.stored()).as("on a side whose every repetition is taken, the stop is still stored").isTrue();
        assertThat(last.facts().attempts().stream().filter(a -> a.side() == Side.RIGHT && a.repetition() == 4).toList())
                .singleElement().satisfies(a -> assertThat(a.painStop()).isNotNull());
        assertThat(db.fetchValue(ATTEMPT.VOID_REASON, ATTEMPT.VISIT_ID.eq(visit.id()).and(ATTEMPT.SIDE.eq("RIGHT"))
                .and(ATTEMPT.REPETITION.eq(4)).and(ATTEMPT.VOIDED_AT.isNotNull())))
                .startsWith("Gave way to a sharp-pain stop");
    }

    @Test
    void where_it_hurt_is_answered_in_the_panel_and_counts_everywhere_the_stop_is_read() {
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        PainStop stop = visits.recordPainStop(new PainStopTap(UUID.randomUUID(), UUID.randomUUID(), visit.id(), levator.id(),
                Side.RIGHT, 1, null, null, null, null)).fact();
        assertThat(stop.rangeAtStop()).as("STOP tapped before the stepper").isNull();

        visits.describePainStop(UUID.randomUUID(), visit.id(), stop.id(), stop.detail().withRange(StopRange.at(6)));
        PainStop answered = visits.sheet(visit.id()).painStops().getFirst();
        assertThat(answered.rangeAtStop()).isEqualTo(6);
        assertThat(answered.detail().range()).isEqualTo(StopRange.at(6));
        visits.end(visit.id(), null);
        Visit next = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        assertThat(visits.sheet(next.id()).guidance(new StretchSide(levator.id(), Side.RIGHT), MeasureUnit.DEPTH).stayBelowValue())
                .as("the next session's caution says where to stay below").isEqualTo(6);

        assertThatThrownBy(() -> visits.describePainStop(UUID.randomUUID(), visit.id(), stop.id(),
                answered.detail().withRange(StopRange.at(11)))).isInstanceOf(RecordingRefusedException.class)
                .satisfies(e -> assertThat(((RecordingRefusedException) e).problems()).containsKey(AttemptField.RANGE));
        visits.describePainStop(UUID.randomUUID(), visit.id(), stop.id(), answered.detail().withRange(StopRange.NOT_MEASURED));
        assertThat(visits.sheet(next.id()).guidance(new StretchSide(levator.id(), Side.RIGHT), MeasureUnit.DEPTH))
                .satisfies(g -> {
                    assertThat(g.warns()).isTrue();
                    assertThat(g.stayBelowValue()).as("an explicit 'not measured' replaces the range").isNull();
                });
    }

    @Test
    void a_correction_to_a_side_whose_repetition_is_taken_is_refused_with_a_reason() {
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        Attempt left = visits.recordAttempt(attempt(visit, levator, Side.LEFT, 1, 6)).fact();
        visits.recordAttempt(attempt(visit, levator, Side.RIGHT, 1, 5));
        assertThatThrownBy(() -> visits.correct(new Correction(UUID.randomUUID(), left.factId(), Side.RIGHT, 6, null, null, null,
                "Was the right side"))).isInstanceOf(RecordingRefusedException.class)
                .satisfies(e -> assertThat(((RecordingRefusedException) e).problems()).containsKey(AttemptField.SIDE));
        assertThat(visits.correct(new Correction(UUID.randomUUID(), left.factId(), Side.LEFT, 7, null, null, null, "Misread"))
                .stored()).as("the same slot, corrected").isTrue();
    }

    private static AttemptDraft attempt(Visit visit, Stretch stretch, Side side, int repetition, int range) {
        return new AttemptDraft(UUID.randomUUID(), visit.id(), stretch.id(), side, repetition, Outcome.COMPLETED, range, 5,
                Breathing.SLOW_DIAPHRAGMATIC, null, stretch.holdSeconds(), Set.of(NoteChip.RELAXED), null);
    }

    private PainStop stopAt(Visit visit, Integer depth) {
        int repetition = (int) visits.sheet(visit.id()).attempts().stream().filter(a -> a.stretchId() == levator.id()).count() + 1;
        return visits.recordPainStop(new PainStopTap(UUID.randomUUID(), UUID.randomUUID(), visit.id(), levator.id(), Side.RIGHT,
                repetition, depth, null, null, null)).fact();
    }

    private Stretch stretch(String name) {
        return catalog.activeStretches().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
