package com.stretchkiosk.visit.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.stretchkiosk.db.Tables.ATTEMPT;
import static com.stretchkiosk.db.Tables.PAIN_STOP_DETAIL;
import static com.stretchkiosk.visit.ui.OnSessionScreen.deliver;
import static com.stretchkiosk.visit.ui.OnSessionScreen.logButton;
import static com.stretchkiosk.visit.ui.OnSessionScreen.press;
import static com.stretchkiosk.visit.ui.OnSessionScreen.stripText;
import static com.stretchkiosk.visit.ui.OnSessionScreen.tap;
import static com.stretchkiosk.visit.ui.OnSessionScreen.tapOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.KioskTest;
import com.stretchkiosk.base.ui.ChipTaps;
import com.stretchkiosk.base.ui.ChoiceChips;
import com.stretchkiosk.base.ui.DrawnButtons;
import com.stretchkiosk.base.ui.Lock;
import com.stretchkiosk.catalog.CatalogService;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.client.ClientDraft;
import com.stretchkiosk.client.ClientService;
import com.stretchkiosk.therapist.TherapistService;
import com.stretchkiosk.visit.AttemptDraft;
import com.stretchkiosk.visit.Outcome;
import com.stretchkiosk.visit.SessionCourse;
import com.stretchkiosk.visit.Side;
import com.stretchkiosk.visit.VisitService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The record says exactly what happened at the table: one repetition per intended tap, every note on its repetition,
 * every STOP with where it hurt, and one course whether live or resumed. Each test plays one of the ways a studio
 * found it did not, by touch; a tap "queued" here is one whose browser data was read when the finger landed and that
 * reaches the kiosk later, as during an outage or on a slow answer.
 */
class ExactRecordFlowsTest extends KioskTest {

    @Autowired
    ClientService clients;

    @Autowired
    TherapistService therapists;

    @Autowired
    DSLContext db;

    @Autowired
    VisitService visits;

    @Autowired
    CatalogService catalog;

    private long clientId;
    private String therapist;

    @BeforeEach
    void clientAndTherapist() {
        clientId = clients.create(new ClientDraft(unique("Björn Becker"), null, 1975, null, null)).id();
        therapist = unique("Ines");
        therapists.add(therapist);
    }

    @Test
    void a_double_tap_on_log_and_taps_on_a_slow_answer_store_one_repetition_each() {
        startSession();
        OnSessionScreen.pick("Levator scapulae");
        tap("+1");
        Button log = logButton();
        SlotTap first = tapOf(log, "");
        SlotTap second = tapOf(log, "");
        deliver(first);
        deliver(second);
        assertThat(stored()).containsExactly("LEFT 1 COMPLETED 6");
        assertThat(stripText()).isEqualTo("Levator scapulae, Left, rep 1 was already logged: nothing was stored twice.");

        // The answer held 15 s: the finger taps "Log rep 2" three more times before the screen moves.
        List<SlotTap> held = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            held.add(tapOf(logButton(), ""));
        }
        held.forEach(OnSessionScreen::deliver);
        assertThat(stored()).containsExactly("LEFT 1 COMPLETED 6", "LEFT 2 COMPLETED 6");
        assertThat(logButton().getText()).isEqualTo("Log rep 3 — depth 6");
    }

    @Test
    void taps_queued_during_an_outage_each_land_on_their_own_repetition_with_their_own_note_and_values() {
        startSession();
        OnSessionScreen.pick("Levator scapulae");
        Button log = logButton();
        String shown = log.getElement().getAttribute(SlotTap.SLOT);
        List<Runnable> queue = new ArrayList<>();
        String[] notes = {"Tight at the end", "Looser", "Guarding on the way back"};
        String[] pressures = {"4", "5", "6"};
        for (int i = 0; i < 3; i++) {
            // Offline: the screen does not move, so every Log shows rep 1; the ones after the first follow a note and
            // a pressure set again while the first one's answer was on its way (session.js says so: "after").
            String pressure = pressures[i];
            DrawnButtons chips = pressureChips();
            queue.add(() -> ChipTaps.tap(chips, pressure));
            SlotTap tap = new SlotTap(log, true, shown, i == 0 ? "" : shown, notes[i]);
            queue.add(() -> deliver(tap));
        }
        SlotTap stop = new SlotTap(stopButton(), true, shown, "", "");
        queue.add(() -> deliver(stop));
        queue.forEach(Runnable::run);

        assertThat(db.select(ATTEMPT.SIDE, ATTEMPT.REPETITION, ATTEMPT.OUTCOME, ATTEMPT.PRESSURE, ATTEMPT.NOTE).from(ATTEMPT)
                .where(ATTEMPT.VISIT_ID.eq(visitId()).and(ATTEMPT.VOIDED_AT.isNull())).orderBy(ATTEMPT.ID)
                .fetch(r -> r.value1() + " " + r.value2() + " " + r.value3() + " " + r.value4() + " " + r.value5()))
                .containsExactly("LEFT 1 COMPLETED 4 Tight at the end", "LEFT 2 COMPLETED 5 Looser",
                        "LEFT 3 COMPLETED 6 Guarding on the way back",
                        "RIGHT 1 STOPPED_FOR_PAIN null null");
    }

    @Test
    void a_stop_asks_at_what_range_and_the_answer_is_the_caution_everywhere() {
        long levator = stretchId("Levator scapulae");
        var before = visits.startOrResume(UUID.randomUUID(), clientId, therapists.add(unique("Mara")).id());
        visits.recordAttempt(new AttemptDraft(UUID.randomUUID(), before.id(), levator, Side.RIGHT, 1, Outcome.COMPLETED, 6, null,
                null, null, null, Set.of(), null));
        visits.end(before.id(), null);
        clock.advance(Duration.ofDays(7));

        startSession();
        OnSessionScreen.pick("Levator scapulae");
        tap("Right");
        tap("STOP — sharp pain");
        // Hands on the client, STOP before the stepper: the panel asks first, pre-set to last visit's depth 6.
        Div rangeRow = _get(Div.class, spec -> spec.withClasses("kiosk-stop-range-row"));
        assertThat(rangeRow.getElement().getTextRecursively()).contains("At what range?");
        assertThat(_find(rangeRow, com.stretchkiosk.base.ui.Stepper.class).getFirst().value()).isEqualTo("depth 6");
        tap("This range");
        assertThat(rangeRow.getElement().getTextRecursively()).contains("✓ Range saved: depth 6");
        String answer = db.select(PAIN_STOP_DETAIL.RANGE_ANSWER, PAIN_STOP_DETAIL.RANGE_AT_STOP).from(PAIN_STOP_DETAIL)
                .orderBy(PAIN_STOP_DETAIL.ID.desc()).limit(1).fetchSingle(r -> r.value1() + " " + r.value2());
        assertThat(answer).isEqualTo("MEASURED 6");
        tap("Close");
        tap("End session");
        assertThat(summary()).contains("Levator scapulae, Right: sharp-pain stop at depth 6, stay below it")
                .doesNotContain("not measured");
        tap("Finish session");

        UI.getCurrent().navigate("clients/" + clientId);
        assertThat(briefing()).contains("Levator scapulae, right — sharp pain at depth 6").contains("stay below depth 6");
    }

    @Test
    void a_stop_answered_not_measured_says_what_to_do_and_never_at_not_measured() {
        startSession();
        OnSessionScreen.pick("Crocodile pose");
        tap("STOP — sharp pain");
        tap("Not measured");
        assertThat(_get(Div.class, spec -> spec.withClasses("kiosk-stop-range-row")).getElement().getTextRecursively())
                .contains("✓ Saved: range not measured");
        tap("Close");
        tap("End session");
        assertThat(summary()).contains("Crocodile pose: sharp-pain stop, range not recorded: go gently and ask")
                .doesNotContain("at not measured");
        tap("Finish session");
        assertThat(briefing()).contains("Crocodile pose — sharp pain,").contains("range not recorded: go gently and ask")
                .doesNotContain("at not measured");
    }

    @Test
    void rep_two_and_later_need_one_tap_and_store_what_log_said() {
        startSession();
        OnSessionScreen.pick("Levator scapulae");
        tap("+1");
        tap("Log rep 1 — depth 6");
        tap("Log rep 2 — depth 6");
        tap("+1");
        tap("Log rep 3 — depth 7");
        assertThat(stored()).containsExactly("LEFT 1 COMPLETED 6", "LEFT 2 COMPLETED 6", "LEFT 3 COMPLETED 7");
        assertThat(logButton().getText()).as("the other side starts with nothing proposed").isEqualTo("Log rep 1 — not measured");
    }

    @Test
    void the_next_step_is_the_same_live_after_resume_after_a_tile_tap_and_on_another_tablet() {
        startSession();
        OnSessionScreen.pick("Levator scapulae");
        press(logButton());
        press(logButton());
        press(logButton());
        press(logButton());
        tap("STOP — sharp pain");
        tap("Close");
        String live = position();
        assertThat(live).isEqualTo("Levator scapulae Right Rep 3 of 3");

        OnSessionScreen.pick("Levator scapulae");
        assertThat(position()).as("a tap on the active tile keeps the side").isEqualTo(live);

        tap("Client page");
        tap("Resume the open session");
        assertThat(position()).as("resumed").isEqualTo(live);

        UI.getCurrent().navigate("clients/" + clientId);
        UI.getCurrent().navigate(SessionView.class, SessionView.parameters(visitId()));
        assertThat(position()).as("reloaded").isEqualTo(live);

        SessionCourse elsewhere = new SessionCourse(visits.sheet(visitId()));
        elsewhere.pick(catalog.activeStretches().stream().filter(s -> s.name().equals("Levator scapulae")).findFirst().orElseThrow());
        assertThat(elsewhere.side() + " " + elsewhere.repetition()).as("another tablet").isEqualTo("RIGHT 3");

        press(logButton());
        assertThat(stored()).endsWith("RIGHT 3 COMPLETED null");
        assertThat(_find(ActiveStretch.class).stream().noneMatch(p -> !p.hasClassName(ActiveStretch.AWAY)))
                .as("the stretch is done: back to the picker").isTrue();

        OnSessionScreen.pick("Levator scapulae");
        assertThat(position()).as("a done stretch offers an extra rep, never by itself").isEqualTo("Levator scapulae Left Done: 3 of 3");
        tap("Extra rep 4");
        tap("Log extra rep 4 — not measured");
        assertThat(stored()).endsWith("LEFT 4 COMPLETED null");
    }

    @Test
    void a_tap_on_the_active_tile_keeps_the_side_the_therapist_chose() {
        startSession();
        OnSessionScreen.pick("Levator scapulae");
        press(logButton());
        press(logButton());
        tap("Right");
        press(logButton());
        assertThat(position()).isEqualTo("Levator scapulae Right Rep 2 of 3");
        OnSessionScreen.pick("Levator scapulae");
        assertThat(position()).as("not Left rep 3").isEqualTo("Levator scapulae Right Rep 2 of 3");
    }

    @Test
    void two_tablets_logging_one_session_get_one_row_per_repetition_and_the_second_is_told() {
        startSession();
        OnSessionScreen.pick("Levator scapulae");
        tap("+1");
        SlotTap mine = tapOf(logButton(), "");
        long visit = visitId();
        long levator = stretchId("Levator scapulae");
        java.util.concurrent.CompletableFuture.runAsync(() -> visits.recordAttempt(new AttemptDraft(UUID.randomUUID(), visit, levator,
                Side.LEFT, 1, Outcome.COMPLETED, 5, null, null, null, null, Set.of(), null))).join();
        deliver(mine);
        assertThat(stored()).containsExactly("LEFT 1 COMPLETED 5");
        assertThat(stripText()).isEqualTo("Levator scapulae, Left, rep 1 was already logged: nothing was stored twice.");
        assertThat(position()).as("the screen follows the stored facts").isEqualTo("Levator scapulae Left Rep 2 of 3");
    }

    @Test
    void the_note_being_typed_survives_the_lock_and_a_reload() {
        startSession();
        OnSessionScreen.pick("Levator scapulae");
        _setValue(noteField(), "Guarding at the end");
        Lock.lockNow();
        String back = (String) com.vaadin.flow.server.VaadinSession.getCurrent().getAttribute(Lock.LOCKED_AT_PATH);
        // What the PIN pad does after the right PIN.
        com.vaadin.flow.server.VaadinSession.getCurrent().setAttribute(Lock.LOCKED_AT_PATH, null);
        UI.getCurrent().navigate(back);
        assertThat(noteField().getValue()).isEqualTo("Guarding at the end");

        UI.getCurrent().navigate("clients/" + clientId);
        UI.getCurrent().navigate(SessionView.class, SessionView.parameters(visitId()));
        assertThat(noteField().getValue()).as("after a reload").isEqualTo("Guarding at the end");
        press(logButton());
        assertThat(db.fetchValue(ATTEMPT.NOTE, ATTEMPT.VISIT_ID.eq(visitId()))).isEqualTo("Guarding at the end");
        assertThat(noteField().getValue()).as("the next repetition starts empty").isEmpty();
    }

    // ---- helpers

    private void startSession() {
        UI.getCurrent().navigate("clients/" + clientId);
        tap("Start session");
        tap(therapist);
        tap("Skip");
    }

    /** The standing attempts of the session: side, repetition, outcome and range, in the order stored. */
    private List<String> stored() {
        return db.select(ATTEMPT.SIDE, ATTEMPT.REPETITION, ATTEMPT.OUTCOME, ATTEMPT.RANGE_REACHED).from(ATTEMPT)
                .where(ATTEMPT.VISIT_ID.eq(visitId()).and(ATTEMPT.VOIDED_AT.isNull())).orderBy(ATTEMPT.ID)
                .fetch(r -> r.value1() + " " + r.value2() + " " + r.value3() + " " + r.value4());
    }

    /** Where the screen stands: the stretch, the side chosen and the repetition label. */
    private static String position() {
        ActiveStretch panel = _find(ActiveStretch.class).stream().filter(p -> !p.hasClassName(ActiveStretch.AWAY)).findFirst()
                .orElseThrow(() -> new AssertionError("no stretch on screen"));
        String side = ChipTaps.chosen(_get(panel, ChoiceChips.class, spec -> spec.withClasses("kiosk-side-chips")));
        return _get(panel, H2.class).getText() + " " + side + " "
                + _get(panel, Span.class, spec -> spec.withClasses("kiosk-repetition")).getText();
    }

    private static String summary() {
        return _find(Div.class, spec -> spec.withClasses("kiosk-summary")).stream().map(d -> d.getElement().getTextRecursively())
                .collect(Collectors.joining("\n"));
    }

    /** The client's page: its caution and its last visit, as read on the screen. */
    private static String briefing() {
        return _get(Div.class, spec -> spec.withClasses("kiosk-briefing")).getElement().getTextRecursively();
    }

    private static DrawnButtons pressureChips() {
        return _find(DrawnButtons.class, spec -> spec.withClasses("kiosk-scale-chips")).stream()
                .filter(row -> !OnSessionScreen.outOfSight(row)).findFirst().orElseThrow();
    }

    private static Button stopButton() {
        return _find(Button.class, spec -> spec.withClasses("kiosk-stop")).stream().filter(b -> !OnSessionScreen.outOfSight(b))
                .findFirst().orElseThrow();
    }

    private static TextField noteField() {
        return _find(TextField.class, spec -> spec.withClasses("kiosk-note")).stream().filter(f -> !OnSessionScreen.outOfSight(f))
                .findFirst().orElseThrow();
    }

    private long stretchId(String name) {
        return catalog.activeStretches().stream().filter(s -> s.name().equals(name)).map(Stretch::id).findFirst().orElseThrow();
    }

    private long visitId() {
        return db.select(com.stretchkiosk.db.Tables.VISIT.ID).from(com.stretchkiosk.db.Tables.VISIT)
                .where(com.stretchkiosk.db.Tables.VISIT.CLIENT_ID.eq(clientId)).orderBy(com.stretchkiosk.db.Tables.VISIT.ID.desc())
                .limit(1).fetchSingle(com.stretchkiosk.db.Tables.VISIT.ID);
    }
}
