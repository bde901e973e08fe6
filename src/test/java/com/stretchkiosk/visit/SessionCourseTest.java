package com.stretchkiosk.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.catalog.Stretch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The session's course as rules, without a screen or a database. */
class SessionCourseTest {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    private static final Stretch LEVATOR = stretch(2, "Levator scapulae", true, 3, MeasureUnit.DEPTH, 0, 10);
    private static final Stretch TRAPEZIUS = stretch(1, "Upper trapezius", true, 1, MeasureUnit.DEGREES, 0, 60);
    private static final Stretch HAMSTRING = stretch(4, "Simple hamstring", false, 1, MeasureUnit.CENTIMETRES, -40, 30);

    private final List<Attempt> attempts = new ArrayList<>();
    private long nextId = 1;

    @Test
    void a_new_session_asks_pain_before_then_offers_the_picker() {
        SessionCourse course = new SessionCourse(sheet(null, Map.of(), List.of()));
        assertThat(course.step()).isEqualTo(SessionCourse.Step.PAIN_BEFORE);
        course.painBeforeDone(sheet(3, Map.of(), List.of()));
        assertThat(course.step()).isEqualTo(SessionCourse.Step.PICK);
    }

    @Test
    void a_picked_stretch_starts_on_the_first_side_without_an_attempt() {
        attempt(TRAPEZIUS, Side.LEFT, 1, Outcome.COMPLETED, 30);
        SessionCourse course = new SessionCourse(sheet());
        course.pick(TRAPEZIUS);
        assertThat(course.step()).isEqualTo(SessionCourse.Step.STRETCH);
        assertThat(course.side()).isEqualTo(Side.RIGHT);
    }

    @Test
    void repetitions_follow_the_stored_facts_then_the_other_side_then_the_picker() {
        SessionCourse course = new SessionCourse(sheet());
        course.pick(LEVATOR);
        for (int rep = 1; rep <= 3; rep++) {
            assertThat(course.side()).isEqualTo(Side.LEFT);
            assertThat(course.repetition()).isEqualTo(rep);
            attempt(LEVATOR, Side.LEFT, rep, Outcome.COMPLETED, 5);
            course.logged(sheet());
        }
        assertThat(course.side()).as("three a side, then the other").isEqualTo(Side.RIGHT);
        assertThat(course.repetition()).isEqualTo(1);
        for (int rep = 1; rep <= 3; rep++) {
            attempt(LEVATOR, Side.RIGHT, rep, Outcome.COMPLETED, 5);
            course.logged(sheet());
        }
        assertThat(course.step()).isEqualTo(SessionCourse.Step.PICK);
    }

    @Test
    void next_from_a_pedal_goes_to_the_other_side_then_to_the_next_stretch_not_done_today() {
        List<Stretch> catalog = List.of(TRAPEZIUS, LEVATOR, HAMSTRING);
        attempt(LEVATOR, Side.LEFT, 1, Outcome.COMPLETED, 5);
        SessionCourse course = new SessionCourse(sheet(2, Map.of(), List.of()));
        course.painBeforeDone(sheet());
        course.moveOn(catalog);
        assertThat(course.active()).as("from the picker: the first stretch").isEqualTo(TRAPEZIUS);
        assertThat(course.side()).isEqualTo(Side.LEFT);
        course.moveOn(catalog);
        assertThat(course.active()).isEqualTo(TRAPEZIUS);
        assertThat(course.side()).as("the other side, which has its repetition to go").isEqualTo(Side.RIGHT);
        course.moveOn(catalog);
        assertThat(course.active()).as("levator has a repetition today: the next one not started").isEqualTo(HAMSTRING);
        course.moveOn(catalog);
        assertThat(course.active()).as("round to the first again").isEqualTo(TRAPEZIUS);

        PainStop stop = attempt(TRAPEZIUS, Side.LEFT, 1, Outcome.STOPPED_FOR_PAIN, 30).painStop();
        course.stopped(sheet(), stop, true);
        course.moveOn(catalog);
        assertThat(course.openStop()).as("an open pain-stop panel closes first").isNull();
        assertThat(course.active()).isEqualTo(TRAPEZIUS);
    }

    @Test
    void another_tablets_repetition_moves_the_counter_here() {
        SessionCourse course = new SessionCourse(sheet());
        course.pick(LEVATOR);
        attempt(LEVATOR, Side.LEFT, 1, Outcome.COMPLETED, 5);
        course.changed(sheet());
        assertThat(course.repetition()).isEqualTo(2);
    }

    @Test
    void after_a_stop_on_rep_n_the_next_is_n_plus_one_and_the_stop_stays_open_until_closed() {
        SessionCourse course = new SessionCourse(sheet());
        course.pick(LEVATOR);
        attempt(LEVATOR, Side.LEFT, 1, Outcome.COMPLETED, 5);
        course.logged(sheet());
        PainStop stop = attempt(LEVATOR, Side.LEFT, 2, Outcome.STOPPED_FOR_PAIN, 6).painStop();
        course.stopped(sheet(), stop, true);
        assertThat(course.repetition()).isEqualTo(3);
        assertThat(course.openStop()).as("a second STOP opens this one").isEqualTo(stop);
        course.stopPanelClosed();
        assertThat(course.openStop()).isNull();
    }

    @Test
    void a_stop_on_the_last_repetition_moves_to_the_other_side() {
        SessionCourse course = new SessionCourse(sheet());
        course.pick(TRAPEZIUS);
        PainStop stop = attempt(TRAPEZIUS, Side.LEFT, 1, Outcome.STOPPED_FOR_PAIN, 40).painStop();
        course.stopped(sheet(), stop, true);
        assertThat(course.side()).isEqualTo(Side.RIGHT);
        assertThat(course.repetition()).isEqualTo(1);
    }

    @Test
    void a_stop_on_the_very_last_repetition_keeps_the_stretch_until_its_panel_is_closed() {
        SessionCourse course = new SessionCourse(sheet());
        course.pick(HAMSTRING);
        PainStop stop = attempt(HAMSTRING, Side.NONE, 1, Outcome.STOPPED_FOR_PAIN, 5).painStop();
        course.stopped(sheet(), stop, true);
        assertThat(course.step()).as("STOP stays where it was while the panel is open").isEqualTo(SessionCourse.Step.STRETCH);
        course.stopPanelClosed();
        assertThat(course.step()).isEqualTo(SessionCourse.Step.PICK);
    }

    @Test
    void a_stop_found_already_stored_does_not_move_on() {
        SessionCourse course = new SessionCourse(sheet());
        course.pick(LEVATOR);
        PainStop stop = attempt(LEVATOR, Side.LEFT, 1, Outcome.STOPPED_FOR_PAIN, 6).painStop();
        course.stopped(sheet(), stop, false);
        assertThat(course.openStop()).isEqualTo(stop);
        assertThat(course.side()).isEqualTo(Side.LEFT);
    }

    @Test
    void an_open_stop_closes_when_the_therapist_moves_on_in_any_way() {
        PainStop stop = attempt(LEVATOR, Side.LEFT, 1, Outcome.STOPPED_FOR_PAIN, 6).painStop();
        for (java.util.function.Consumer<SessionCourse> moveOn : List.<java.util.function.Consumer<SessionCourse>>of(
                course -> course.pick(TRAPEZIUS), course -> course.chooseSide(Side.RIGHT), course -> course.logged(sheet()),
                SessionCourse::endRequested, course -> course.reopen(HAMSTRING, Side.NONE))) {
            SessionCourse course = new SessionCourse(sheet());
            course.pick(LEVATOR);
            course.stopped(sheet(), stop, false);
            assertThat(course.openStop()).isEqualTo(stop);
            moveOn.accept(course);
            assertThat(course.openStop()).isNull();
        }
    }

    @Test
    void a_stop_that_arrives_after_its_stretch_was_finished_reopens_that_stretch_and_side() {
        SessionCourse course = new SessionCourse(sheet());
        course.endRequested();
        course.reopen(LEVATOR, Side.RIGHT);
        assertThat(course.step()).isEqualTo(SessionCourse.Step.STRETCH);
        assertThat(course.active()).isEqualTo(LEVATOR);
        assertThat(course.side()).isEqualTo(Side.RIGHT);
        course.reopen(HAMSTRING, Side.LEFT);
        assertThat(course.side()).as("a side the stretch does not have").isEqualTo(Side.NONE);
    }

    @Test
    void rep_two_starts_from_rep_ones_range_then_last_visit_then_the_toes_or_mid_range() {
        SessionCourse course = new SessionCourse(sheet(2, Map.of(new StretchSide(2, Side.LEFT), new Previous(4, T0, MeasureUnit.DEPTH)),
                List.of()));
        course.pick(LEVATOR);
        assertThat(course.startingRange()).as("last visit").isEqualTo(4);
        attempt(LEVATOR, Side.LEFT, 1, Outcome.COMPLETED, 7);
        course.logged(sheet(2, Map.of(new StretchSide(2, Side.LEFT), new Previous(4, T0, MeasureUnit.DEPTH)), List.of()));
        assertThat(course.startingRange()).as("rep 1 today").isEqualTo(7);

        course.pick(HAMSTRING);
        assertThat(course.startingRange()).as("reach starts at the toes").isZero();
        course.pick(TRAPEZIUS);
        assertThat(course.startingRange()).as("mid-range").isEqualTo(30);
    }

    @Test
    void last_time_in_another_unit_is_never_offered() {
        SessionCourse course = new SessionCourse(sheet(2, Map.of(new StretchSide(2, Side.LEFT), new Previous(40, T0, MeasureUnit.DEGREES)),
                List.of()));
        course.pick(LEVATOR);
        assertThat(course.previous().lastRange()).isNull();
        assertThat(course.startingRange()).isEqualTo(5);
    }

    @Test
    void stay_below_is_the_lowest_unresolved_range_and_a_stop_without_range_hides_nothing() {
        List<StopCaution> earlier = List.of(
                caution(LEVATOR, Side.RIGHT, 6, T0),
                caution(LEVATOR, Side.RIGHT, 4, T0.plusSeconds(86400)),
                caution(LEVATOR, Side.RIGHT, null, T0.plusSeconds(2 * 86400)),
                caution(LEVATOR, Side.LEFT, 2, T0));
        SessionCourse course = new SessionCourse(sheet(1, Map.of(), earlier));
        course.pick(LEVATOR);
        course.chooseSide(Side.RIGHT);
        Guidance guidance = course.guidance();
        assertThat(guidance.stayBelowValue()).isEqualTo(4);
        assertThat(guidance.stops()).hasSize(3);
        assertThat(guidance.atOrPast(4)).isTrue();
        assertThat(guidance.atOrPast(3)).isFalse();
    }

    @Test
    void a_stop_at_another_studio_of_the_chain_guides_like_ours_and_stays_through_new_facts() {
        SessionCourse course = new SessionCourse(sheet(1, Map.of(), List.of(caution(LEVATOR, Side.RIGHT, 6, T0))));
        StopCaution elsewhere = StopCaution.atOtherStudio("Studio A", LEVATOR.id(), Side.RIGHT, LEVATOR.unit(), 3, T0.plusSeconds(60));
        course.changed(course.sheet().withStopsElsewhere(List.of(elsewhere)));
        course.changed(course.sheet().withFacts(course.sheet().facts()));
        course.pick(LEVATOR);
        course.chooseSide(Side.RIGHT);
        assertThat(course.guidance().stayBelowValue()).as("the lower of ours (6) and A's (3)").isEqualTo(3);
        assertThat(course.sheet().cautions()).hasSize(2);
        course.changed(course.sheet().withStopsElsewhere(List.of()));
        assertThat(course.sheet().cautions()).as("the hub's newer answer replaces the earlier one; ours stay").hasSize(1);
    }

    @Test
    void only_range_less_stops_still_warn_without_a_value() {
        SessionCourse course = new SessionCourse(sheet(1, Map.of(), List.of(caution(LEVATOR, Side.LEFT, null, T0))));
        course.pick(LEVATOR);
        assertThat(course.guidance().warns()).isTrue();
        assertThat(course.guidance().stayBelowValue()).isNull();
        assertThat(course.guidance().atOrPast(10)).isFalse();
    }

    @Test
    void todays_stop_warns_the_next_repetition() {
        SessionCourse course = new SessionCourse(sheet());
        course.pick(LEVATOR);
        PainStop stop = attempt(LEVATOR, Side.LEFT, 1, Outcome.STOPPED_FOR_PAIN, 6).painStop();
        course.stopped(sheet(), stop, true);
        assertThat(course.repetition()).isEqualTo(2);
        assertThat(course.guidance().stayBelowValue()).isEqualTo(6);
    }

    @Test
    void a_side_the_stretch_does_not_have_is_refused() {
        SessionCourse course = new SessionCourse(sheet());
        course.pick(HAMSTRING);
        assertThatThrownBy(() -> course.chooseSide(Side.LEFT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_summary_compares_the_best_range_with_last_time_and_puts_pain_stops_as_such() {
        attempt(TRAPEZIUS, Side.LEFT, 1, Outcome.COMPLETED, 38);
        attempt(TRAPEZIUS, Side.RIGHT, 1, Outcome.STOPPED_FOR_PAIN, 30);
        attempt(LEVATOR, Side.LEFT, 1, Outcome.COMPLETED, null);
        attempt(HAMSTRING, Side.NONE, 1, Outcome.SKIPPED, null);
        SessionCourse course = new SessionCourse(sheet(2,
                Map.of(new StretchSide(1, Side.LEFT), new Previous(40, T0, MeasureUnit.DEGREES)), List.of()));

        List<SummaryLine> lines = course.summary(List.of(TRAPEZIUS, LEVATOR, HAMSTRING));
        assertThat(lines).extracting(SummaryLine::outcome).containsExactly(Outcome.COMPLETED, Outcome.STOPPED_FOR_PAIN,
                Outcome.COMPLETED, Outcome.SKIPPED);
        assertThat(lines.get(0).change()).as("38 against 40 last time").isEqualTo(-2);
        assertThat(lines.get(1).stopRange()).isEqualTo(30);
        assertThat(lines.get(2).best()).as("not measured").isNull();
    }

    @Test
    void an_ended_session_is_ended_whatever_was_tapped() {
        SessionCourse course = new SessionCourse(new VisitSheet(new SessionFacts(
                new Visit(1, 1, "Client", null, 1, "Therapist", T0, T0.plusSeconds(1800), null), attempts, 2, 1, 0),
                Map.of(), List.of()));
        assertThat(course.step()).isEqualTo(SessionCourse.Step.ENDED);
    }

    private VisitSheet sheet() {
        return sheet(2, Map.of(), List.of());
    }

    private VisitSheet sheet(Integer painBefore, Map<StretchSide, Previous> previous, List<StopCaution> earlier) {
        return new VisitSheet(new SessionFacts(new Visit(1, 1, "Client", null, 1, "Therapist", T0, null, null),
                List.copyOf(attempts), painBefore, null, nextId), previous, earlier);
    }

    private Attempt attempt(Stretch stretch, Side side, int repetition, Outcome outcome, Integer range) {
        long id = nextId++;
        PainStop stop = outcome == Outcome.STOPPED_FOR_PAIN
                ? new PainStop(id, "stop-" + id, id, T0.plusSeconds(id), range, PainStopDetail.NONE, null, null) : null;
        Attempt attempt = new Attempt(id, "attempt-" + id, 1, 1, T0, stretch.id(), side, repetition, outcome, stretch.unit(),
                range, null, null, null, null, Set.of(), null, T0.plusSeconds(id), null, null, stop);
        attempts.add(attempt);
        return attempt;
    }

    private static StopCaution caution(Stretch stretch, Side side, Integer range, Instant at) {
        return new StopCaution(at.getEpochSecond(), 0, stretch.id(), side, stretch.unit(), range, PainStopDetail.NONE, at, null);
    }

    private static Stretch stretch(long id, String name, boolean sided, int repetitions, MeasureUnit unit, int min, int max) {
        return new Stretch(id, "Group", name, "Seated", sided, repetitions, 30, unit, min, max, List.of("Step"), 1, false);
    }
}
