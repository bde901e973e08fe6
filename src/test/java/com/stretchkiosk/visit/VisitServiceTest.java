package com.stretchkiosk.visit;

import static com.stretchkiosk.db.Tables.ATTEMPT;
import static com.stretchkiosk.db.Tables.PAIN_RATING;
import static com.stretchkiosk.db.Tables.PAIN_STOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stretchkiosk.KioskTest;
import com.stretchkiosk.catalog.CatalogService;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.client.ClientDraft;
import com.stretchkiosk.client.ClientService;
import com.stretchkiosk.therapist.TherapistService;
import java.time.Duration;
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
        PainStop first = visits.recordPainStop(stop);
        PainStop again = visits.recordPainStop(stop);
        assertThat(again).isEqualTo(first);
        assertThat(db.fetchCount(PAIN_STOP, PAIN_STOP.FACT_ID.eq(stop.stopFactId().toString()))).isEqualTo(1);
        assertThat(db.fetchCount(ATTEMPT, ATTEMPT.FACT_ID.eq(stop.attemptFactId().toString()))).isEqualTo(1);

        UUID pain = UUID.randomUUID();
        visits.recordPain(pain, visit.id(), PainMoment.BEFORE, 4);
        visits.recordPain(pain, visit.id(), PainMoment.BEFORE, 4);
        assertThat(db.fetchCount(PAIN_RATING, PAIN_RATING.VISIT_ID.eq(visit.id()))).isEqualTo(1);
        assertThat(visits.sheet(visit.id()).painBefore()).isEqualTo(4);
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
        Attempt attempt = visits.recordAttempt(attempt(visit, upperTrapezius, Side.LEFT, 1, 32));

        assertThat(visits.undo(new FactRef(FactRef.Kind.ATTEMPT, attempt.factId()), VisitService.UNDO_REASON)).isTrue();
        assertThat(visits.undo(new FactRef(FactRef.Kind.ATTEMPT, attempt.factId()), VisitService.UNDO_REASON))
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
                upperTrapezius.id(), Side.LEFT, 1, 41, null, null, null));
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
                upperTrapezius.id(), Side.RIGHT, 1, 95, 14, null, 9999));
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
        assertThat(sheet.previous(new StretchSide(upperTrapezius.id(), Side.LEFT)).lastRange()).isEqualTo(31);
        assertThat(sheet.previous(new StretchSide(levator.id(), Side.RIGHT)).painStopRange()).isEqualTo(7);
        assertThat(sheet.previous(new StretchSide(levator.id(), Side.RIGHT)).lastRange()).isNull();
    }

    @Test
    void a_refreshed_sheet_has_the_new_facts_and_keeps_what_earlier_visits_said() {
        Visit first = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        visits.recordAttempt(attempt(first, upperTrapezius, Side.LEFT, 1, 31));
        visits.end(first.id(), null);
        Visit second = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        VisitSheet opened = visits.sheet(second.id());

        visits.recordAttempt(attempt(second, upperTrapezius, Side.LEFT, 1, 35));
        VisitSheet refreshed = visits.refreshed(opened);

        assertThat(refreshed.attempts()).extracting(Attempt::range).containsExactly(35);
        assertThat(refreshed.previous()).isEqualTo(opened.previous());
        assertThat(refreshed).isEqualTo(visits.sheet(second.id()));
    }

    @Test
    void nothing_more_is_recorded_in_an_ended_session() {
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapistId);
        visits.end(visit.id(), null);
        assertThatThrownBy(() -> visits.recordAttempt(attempt(visit, upperTrapezius, Side.LEFT, 1, 30)))
                .isInstanceOf(VisitClosedException.class);
        assertThat(visits.openVisitOf(clientId)).isEmpty();
    }

    private static AttemptDraft attempt(Visit visit, Stretch stretch, Side side, int repetition, int range) {
        return new AttemptDraft(UUID.randomUUID(), visit.id(), stretch.id(), side, repetition, Outcome.COMPLETED, range, 5,
                Breathing.SLOW_DIAPHRAGMATIC, null, stretch.holdSeconds(), Set.of(NoteChip.RELAXED), null);
    }

    private Stretch stretch(String name) {
        return catalog.activeStretches().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
