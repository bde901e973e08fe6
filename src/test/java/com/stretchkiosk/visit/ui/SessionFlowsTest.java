package com.stretchkiosk.visit.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.stretchkiosk.db.Tables.ATTEMPT;
import static com.stretchkiosk.db.Tables.PAIN_RATING;
import static com.stretchkiosk.db.Tables.PAIN_STOP;
import static com.stretchkiosk.db.Tables.PAIN_STOP_DETAIL;
import static com.stretchkiosk.db.Tables.VISIT;
import static com.stretchkiosk.visit.ui.OnSessionScreen.awaitPush;
import static com.stretchkiosk.visit.ui.OnSessionScreen.isActive;
import static com.stretchkiosk.visit.ui.OnSessionScreen.logButton;
import static com.stretchkiosk.visit.ui.OnSessionScreen.rangeValue;
import static com.stretchkiosk.visit.ui.OnSessionScreen.stripText;
import static com.stretchkiosk.visit.ui.OnSessionScreen.tap;
import static com.stretchkiosk.visit.ui.OnSessionScreen.tapChip;
import static com.stretchkiosk.visit.ui.OnSessionScreen.tapIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.stretchkiosk.KioskTest;
import com.stretchkiosk.base.ui.ChipTaps;
import com.stretchkiosk.base.ui.ChoiceChips;
import com.stretchkiosk.base.ui.DrawnButtons;
import com.stretchkiosk.base.ui.Stepper;
import com.stretchkiosk.base.ui.Lock;
import com.stretchkiosk.catalog.CatalogService;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.client.ClientDraft;
import com.stretchkiosk.client.ClientService;
import com.stretchkiosk.db.tables.records.AttemptRecord;
import com.stretchkiosk.history.HistoryService;
import com.stretchkiosk.therapist.ui.LockView;
import com.stretchkiosk.therapist.TherapistService;
import com.stretchkiosk.visit.AttemptDraft;
import com.stretchkiosk.visit.Outcome;
import com.stretchkiosk.visit.PainStop;
import com.stretchkiosk.visit.PainStopTap;
import com.stretchkiosk.visit.Side;
import com.stretchkiosk.visit.Visit;
import com.stretchkiosk.visit.VisitService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Whole sessions played by touch, checking the database and the screen after the taps. */
class SessionFlowsTest extends KioskTest {

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

    @Autowired
    HistoryService history;

    private long clientId;
    private String therapist;

    @BeforeEach
    void clientAndTherapist() {
        clientId = clients.create(new ClientDraft(unique("Elif Kaya"), null, 1980, "Whiplash 2021", null)).id();
        therapist = unique("Jonas");
        therapists.add(therapist);
    }

    @Test
    void a_whole_session_over_every_stretch_with_sides_and_repetitions() {
        startSession();
        tapChip("2");
        assertThat(painRating("BEFORE")).isEqualTo(2);

        List<Stretch> active = catalog.activeStretches();
        List<String> names = _find(StretchPicker.Tile.class).stream().map(t -> t.stretch().name()).toList();
        assertThat(names).containsExactlyElementsOf(active.stream().map(Stretch::name).toList());
        for (String name : names) {
            pickStretch(name);
            while (isActive(name)) {
                tap("+1");
                tapChip("5");
                tap("Slow belly");
                OnSessionScreen.press(logButton());
            }
        }

        List<AttemptRecord> attempts = db.selectFrom(ATTEMPT).where(ATTEMPT.VISIT_ID.eq(visitId())).orderBy(ATTEMPT.ID).fetch();
        assertThat(attempts).hasSize(active.stream().mapToInt(s -> s.repetitions() * (s.sided() ? 2 : 1)).sum());
        assertThat(attempts).allSatisfy(a -> {
            assertThat(a.getOutcome()).isEqualTo("COMPLETED");
            assertThat(a.getPressure()).isEqualTo(5);
            assertThat(a.getBreathing()).isEqualTo("SLOW_DIAPHRAGMATIC");
            assertThat(a.getRangeReached()).isNotNull();
        });
        assertThat(marks("Levator scapulae")).isEqualTo("L ✓  R ✓");
        assertThat(marks("Crocodile pose")).isEqualTo("✓");
        long levator = stretchId("Levator scapulae");
        assertThat(attempts.stream().filter(a -> a.getStretchId() == levator).map(a -> a.getSide() + a.getRepetition()))
                .as("levator scapulae: three a side").containsExactly("LEFT1", "LEFT2", "LEFT3", "RIGHT1", "RIGHT2", "RIGHT3");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("kiosk-session-prompt")).getText())
                .isEqualTo("Pick the next stretch, or end the session.");

        tap("End session");
        tapChip("1");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Closing note (optional)")), "Much looser on the right.");
        tap("Finish session");

        var visit = db.selectFrom(VISIT).where(VISIT.ID.eq(visitId())).fetchSingle();
        assertThat(visit.getEndedAt()).isNotNull();
        assertThat(visit.getClosingNote()).isEqualTo("Much looser on the right.");
        assertThat(painRating("AFTER")).isEqualTo(1);
        assertThat(_get(H1.class).getText()).as("back on the client's page").startsWith("Elif Kaya");
    }

    @Test
    void the_clients_name_in_the_header_tells_who_is_stretching_and_the_pain_before_where_the_header_has_no_room() {
        startSession();
        tapChip("4");
        _click(_get(com.vaadin.flow.component.html.H1.class, spec -> spec.withClasses("kiosk-session-client")));
        assertThat(OnSessionScreen.stripText()).contains("with " + therapist).contains("4/10");
    }

    @Test
    void the_next_key_of_a_pedal_moves_to_the_other_side_then_the_next_stretch_and_the_legend_names_the_keys() {
        startSession();
        tap("Skip");
        List<Stretch> active = catalog.activeStretches();
        SessionView view = _get(SessionView.class);
        assertThat(view.getElement().getAttribute("data-keys")).contains("\"PageDown\":\"LOG\"").contains("\".\":\"STOP\"");

        pedalNext(view);
        assertThat(isActive(active.getFirst().name())).as("from the picker: the first stretch").isTrue();
        assertThat(_get(Span.class, spec -> spec.withClasses("kiosk-key-legend")).getText())
                .isEqualTo("PgUp timer · PgDn log · F5 next · . STOP");
        if (active.getFirst().sided()) {
            pedalNext(view);
            assertThat(isActive(active.getFirst().name())).as("its other side first").isTrue();
        }
        pedalNext(view);
        assertThat(isActive(active.get(1).name())).as("then the next stretch").isTrue();
        assertThat(db.fetchCount(ATTEMPT, ATTEMPT.VISIT_ID.eq(visitId()))).as("moving on records nothing").isZero();
    }

    @Test
    void a_sharp_pain_stop_with_details_then_an_undo() {
        startSession();
        tap("Skip");
        pickStretch("Levator scapulae");
        tap("+1");
        tap("STOP — sharp pain");

        var attempt = db.selectFrom(ATTEMPT).where(ATTEMPT.VISIT_ID.eq(visitId())).fetchSingle();
        assertThat(attempt.getOutcome()).isEqualTo("STOPPED_FOR_PAIN");
        assertThat(attempt.getSide()).isEqualTo("LEFT");
        assertThat(attempt.getRepetition()).isEqualTo(1);
        var stop = db.selectFrom(PAIN_STOP).where(PAIN_STOP.ATTEMPT_ID.eq(attempt.getId())).fetchSingle();
        assertThat(stop.getRangeAtStop()).isEqualTo(attempt.getRangeReached()).isEqualTo(6);
        assertThat(stripText()).isEqualTo("Pain stop saved: Levator scapulae, Left, rep 1");

        tap("Neck");
        tapIn("kiosk-stop-panel", "8");
        tap("Shooting");
        var detail = db.selectFrom(PAIN_STOP_DETAIL).where(PAIN_STOP_DETAIL.PAIN_STOP_ID.eq(stop.getId()))
                .orderBy(PAIN_STOP_DETAIL.ID.desc()).limit(1).fetchSingle();
        assertThat(detail.getBodyRegion()).isEqualTo("NECK");
        assertThat(detail.getBodySide()).isEqualTo("LEFT");
        assertThat(detail.getPainScore()).isEqualTo(8);
        assertThat(detail.getPainKind()).isEqualTo("SHOOTING");
        tap("Close");

        assertThat(tile("Levator scapulae").getElement().getAttribute("class")).contains("pain");
        assertThat(logButton().getText()).as("after a stop on rep 1, rep 2").isEqualTo("Log rep 2 — not measured");

        tap("Right");
        tap("+1");
        tap("Log rep 1 — depth 6");
        long logged = db.fetchCount(ATTEMPT, ATTEMPT.VISIT_ID.eq(visitId()).and(ATTEMPT.OUTCOME.eq("COMPLETED")));
        assertThat(logged).isEqualTo(1);
        tap("Undo");
        var undone = db.selectFrom(ATTEMPT).where(ATTEMPT.VISIT_ID.eq(visitId()).and(ATTEMPT.OUTCOME.eq("COMPLETED"))).fetchSingle();
        assertThat(undone.getVoidReason()).isEqualTo("Undone at the table");
        assertThat(_get(Button.class, spec -> spec.withText("Log rep 1 — not measured")).isVisible()).as("the same repetition again").isTrue();
    }

    @Test
    void a_second_stop_for_the_same_repetition_opens_the_stop_already_stored() {
        startSession();
        tap("Skip");
        pickStretch("Levator scapulae");
        tap("+1");
        tap("STOP — sharp pain");
        tap("Neck");
        tap("STOP — sharp pain");

        assertThat(db.fetchCount(PAIN_STOP.join(ATTEMPT).on(ATTEMPT.ID.eq(PAIN_STOP.ATTEMPT_ID)), ATTEMPT.VISIT_ID.eq(visitId())))
                .as("one pain stop for one repetition").isEqualTo(1);
        assertThat(_find(PainStopPanel.class)).as("the same stop's panel, still open").hasSize(1);
        assertThat(_get(PainStopPanel.class).getElement().getTextRecursively()).contains("Levator scapulae, Left, rep 1");
        assertThat(marks("Levator scapulae")).as("the tile marks the pain stop as such").isEqualTo("L ✕  R ○");

        tap("Close");
        tap("STOP — sharp pain");
        assertThat(db.fetchCount(PAIN_STOP.join(ATTEMPT).on(ATTEMPT.ID.eq(PAIN_STOP.ATTEMPT_ID)), ATTEMPT.VISIT_ID.eq(visitId())))
                .as("after Close, STOP is for the next repetition").isEqualTo(2);
    }

    @Test
    void a_repetition_without_a_range_says_so_before_and_after_it_is_logged() {
        startSession();
        tap("Skip");
        pickStretch("Child's pose");
        assertThat(logButton().getText()).isEqualTo("Log rep 1 — not measured");
        OnSessionScreen.press(logButton());
        assertThat(stripText()).isEqualTo("Saved: Child's pose: not measured");
        assertThat(db.fetchValue(ATTEMPT.RANGE_REACHED, ATTEMPT.VISIT_ID.eq(visitId()))).isNull();
    }

    @Test
    void rep_two_starts_from_rep_ones_range_and_depth_reads_as_depth() {
        startSession();
        tap("Skip");
        pickStretch("Levator scapulae");
        tap("+1");
        tap("+1");
        assertThat(rangeValue()).isEqualTo("depth 7");
        tap("Log rep 1 — depth 7");
        assertThat(rangeValue()).as("rep 2 proposes rep 1's range").isEqualTo("depth 7");
        assertThat(logButton().getText()).as("and Log says it stores it").isEqualTo("Log rep 2 — depth 7");
        tap("+1");
        assertThat(rangeValue()).as("one more than rep 1's depth 7, not mid-range").isEqualTo("depth 8");
    }

    @Test
    void cautions_show_from_the_first_screen_and_resolved_stops_do_not_warn() {
        long levator = stretchId("Levator scapulae");
        Visit earlier = visits.startOrResume(UUID.randomUUID(), clientId, therapists.add(unique("Mara")).id());
        visits.recordAttempt(new AttemptDraft(UUID.randomUUID(), earlier.id(), levator, Side.RIGHT, 1, Outcome.COMPLETED, 7, null,
                null, null, null, Set.of(), null));
        stop(earlier, levator, Side.RIGHT, 2, 6);
        stop(earlier, levator, Side.LEFT, 1, null);
        PainStop resolved = stop(earlier, levator, Side.RIGHT, 3, 3);
        history.resolve(UUID.randomUUID(), clientId, resolved.id(), therapists.activeTherapists().getFirst().id());
        visits.end(earlier.id(), null);
        clock.advance(Duration.ofDays(7));

        startSession();
        String firstScreen = _get(CautionList.class).getElement().getTextRecursively();
        assertThat(firstScreen).contains("Precautions: Whiplash 2021")
                .contains("Levator scapulae, Right — sharp-pain stop at depth 6")
                .contains("stay below depth 6")
                .contains("Levator scapulae, Left — sharp-pain stop (no range recorded)")
                .doesNotContain("depth 3");
        assertThat(_get(Button.class, spec -> spec.withClasses("kiosk-badge-caution")).getText()).isEqualTo("⚠ 3 cautions");
        assertThat(tile("Levator scapulae").caution()).isEqualTo("⚠ L pain stop · R stay below depth 6");

        tap("Skip");
        pickStretch("Levator scapulae");
        assertThat(_get(Span.class, spec -> spec.withClasses("kiosk-pain-mark")).getText())
                .isEqualTo("⚠ Unresolved pain stop on this side (no range recorded)");
        tap("Right");
        assertThat(_get(Span.class, spec -> spec.withClasses("kiosk-pain-mark")).getText()).isEqualTo("⚠ Stay below depth 6: unresolved pain stop");
        assertThat(_get(Button.class, spec -> spec.withClasses("kiosk-take-last")).getText())
                .as("last time's depth 7 is past the stop, and the button says so")
                .isEqualTo("Same as last: depth 7 ⚠ at or past the pain stop (depth 6)");
    }

    @Test
    void a_session_ended_on_another_tablet_ends_here_its_undo_withdrawn_and_its_clock_stopped() throws InterruptedException {
        startSession();
        tap("Skip");
        pickStretch("Crocodile pose");
        tap("+1");
        tap("Log rep 1 — depth 6");
        FeedbackStrip strip = _get(FeedbackStrip.class);
        assertThat(strip.offersUndo()).isTrue();
        long visit = visitId();
        onAnotherTablet(() -> visits.end(visit, null));

        awaitPush(() -> !_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("kiosk-summary")).isEmpty());
        assertThat(strip.offersUndo()).isFalse();
        assertThat(_find(Button.class, spec -> spec.withText("Undo"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("End session"))).isEmpty();
        var elapsed = _get(Span.class, spec -> spec.withClasses("kiosk-session-elapsed")).getElement().getChild(0);
        assertThat(elapsed.getAttribute("until")).as("the clock stops at the end").isNotNull();
        assertThat(db.fetchValue(ATTEMPT.VOIDED_AT, ATTEMPT.VISIT_ID.eq(visitId()))).isNull();
    }

    @Test
    void locking_clears_the_feedback_and_nothing_of_the_client_shows() {
        startSession();
        tap("Skip");
        pickStretch("Crocodile pose");
        tap("+1");
        tap("Log rep 1 — depth 6");
        FeedbackStrip strip = _get(FeedbackStrip.class);
        assertThat(strip.offersUndo()).isTrue();

        Lock.lockNow();
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(LockView.class);
        assertThat(strip.offersUndo()).as("Undo withdrawn on lock").isFalse();
        assertThat(strip.text()).isEmpty();
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("Elif Kaya").doesNotContain("Saved");
    }

    @Test
    void after_the_lock_the_tablet_comes_back_to_the_same_stretch_and_side_and_both_are_audited() {
        startSession();
        tap("Skip");
        pickStretch("Levator scapulae");
        tap("Right");
        Lock.lockNow();
        String back = (String) com.vaadin.flow.server.VaadinSession.getCurrent().getAttribute(Lock.LOCKED_AT_PATH);
        assertThat(db.fetchCount(com.stretchkiosk.db.Tables.AUDIT_EVENT,
                com.stretchkiosk.db.Tables.AUDIT_EVENT.ACTION.eq("LOCKED"))).isPositive();

        // What the PIN pad does after the right PIN (LockAndPinTest taps it through).
        com.vaadin.flow.server.VaadinSession.getCurrent().setAttribute(Lock.LOCKED_AT_PATH, null);
        UI.getCurrent().navigate(back);
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withText("Levator scapulae"))
                .isVisible()).isTrue();
        assertThat(ChipTaps.chosen(_get(ChoiceChips.class, spec -> spec.withClasses("kiosk-side-chips")))).isEqualTo("Right");
    }

    @Test
    void undo_is_withdrawn_after_its_time() {
        startSession();
        tap("Skip");
        pickStretch("Crocodile pose");
        tap("Log rep 1 — not measured");
        clock.advance(FeedbackStrip.UNDO_FOR.plusSeconds(5));
        tap("Undo");
        assertThat(db.fetchValue(ATTEMPT.VOIDED_AT, ATTEMPT.VISIT_ID.eq(visitId()))).isNull();
        assertThat(stripText()).isEqualTo("Undo is no longer available for that entry.");
    }

    @Test
    void a_full_disk_says_so_in_the_strip_and_keeps_what_was_set() {
        org.junit.jupiter.api.Assumptions.assumeFalse(com.stretchkiosk.base.TestPostgres.chosen(),
                "SQLite's own disk-full answer, made by a SQLite trigger (DiskFullProofTest fills a real disk)");
        startSession();
        tap("Skip");
        pickStretch("Crocodile pose");
        tap("+1");
        tapChip("4");
        // What SQLite answers when the disk is full, for this one session's taps.
        db.execute("CREATE TRIGGER test_disk_full BEFORE INSERT ON attempt WHEN NEW.visit_id = " + visitId()
                + " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
        try {
            OnSessionScreen.press(logButton());
        } finally {
            db.execute("DROP TRIGGER test_disk_full");
        }
        assertThat(stripText()).startsWith("Not saved: the kiosk's disk is full. Nothing can be saved until space is freed");
        assertThat(db.fetchCount(ATTEMPT, ATTEMPT.VISIT_ID.eq(visitId()))).isZero();
        assertThat(rangeValue()).as("what was set stays").isEqualTo("depth 6");
        OnSessionScreen.press(logButton());
        assertThat(db.fetchCount(ATTEMPT, ATTEMPT.VISIT_ID.eq(visitId()))).as("saved once space is back").isEqualTo(1);
    }

    @Test
    void a_refused_value_is_shown_and_nothing_already_recorded_is_lost() {
        startSession();
        tapChip("4");
        pickStretch("Child's pose");
        tap("+1");
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Note (optional)")), "x".repeat(2001));
        OnSessionScreen.press(logButton());

        assertThat(db.fetchCount(ATTEMPT, ATTEMPT.VISIT_ID.eq(visitId()))).isZero();
        assertThat(stripText()).isEqualTo("At most 2,000 characters.");
        assertThat(_get(TextField.class, spec -> spec.withPlaceholder("Note (optional)")).isInvalid()).isTrue();
        assertThat(painRating("BEFORE")).as("the pain rating stays").isEqualTo(4);
        assertThat(rangeValue()).as("the range set stays").isEqualTo("depth 6");

        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Note (optional)")), "Knees sore on the mat");
        OnSessionScreen.press(logButton());
        assertThat(db.fetchValue(ATTEMPT.NOTE, ATTEMPT.VISIT_ID.eq(visitId()))).isEqualTo("Knees sore on the mat");
    }

    @Test
    void the_session_survives_leaving_the_screen_and_resumes_from_the_client_page() {
        startSession();
        tapChip("3");
        pickStretch("Crocodile pose");
        tap("+1");
        tap("Log rep 1 — depth 6");
        tap("Client page");
        tap("Resume the open session");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(SessionView.class);
        assertThat(tile("Crocodile pose").getElement().getAttribute("class")).contains("done");
        assertThat(db.fetchCount(VISIT, VISIT.CLIENT_ID.eq(clientId))).isEqualTo(1);
        assertThat(stripText()).as("feedback belongs to the screen it was given on").isEmpty();
    }

    @Test
    void what_another_tablet_records_in_the_same_session_arrives_by_push_once() throws InterruptedException {
        startSession();
        tapChip("0");
        long crocodile = stretchId("Crocodile pose");
        var otherTablet = new AttemptDraft(UUID.randomUUID(), visitId(), crocodile, Side.NONE, 1, Outcome.COMPLETED, 6, 5, null,
                null, 60, Set.of(), null);
        onAnotherTablet(() -> visits.recordAttempt(otherTablet));
        onAnotherTablet(() -> visits.recordAttempt(otherTablet));

        awaitPush(() -> tile("Crocodile pose").getElement().getAttribute("class").contains("done"));
        assertThat(tile("Crocodile pose").getElement().getAttribute("class")).as("shown within a second").contains("done");
        assertThat(db.fetchCount(ATTEMPT, ATTEMPT.VISIT_ID.eq(visitId()))).isEqualTo(1);
    }

    @Test
    void the_tablet_that_loses_a_start_race_is_asked_to_join_instead_of_landing_in_the_other_session() {
        UI.getCurrent().navigate("clients/" + clientId);
        tap("Start session");
        long other = therapists.add(unique("Mara")).id();
        Visit started = visits.startOrResume(UUID.randomUUID(), clientId, other);

        tap(therapist);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(SessionStartView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("This client's session has just started on another tablet");
        tap("Join that session");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(SessionView.class);
        assertThat(visitId()).isEqualTo(started.id());
        assertThat(db.fetchCount(VISIT, VISIT.CLIENT_ID.eq(clientId))).isEqualTo(1);
    }

    @Test
    void an_ended_session_keeps_its_summary_against_the_visit_before_it() {
        startSession();
        tap("Skip");
        pickStretch("Crocodile pose");
        tap("+1");
        tap("Log rep 1 — depth 6");
        tap("End session");
        tap("Finish session");
        long first = visitId();
        clock.advance(Duration.ofDays(7));
        startSession();
        tap("Skip");
        pickStretch("Crocodile pose");
        tap("+1");
        assertThat(rangeValue()).as("the stepper starts from last visit's depth 6").isEqualTo("depth 7");
        tap("Log rep 1 — depth 7");
        tap("End session");
        tap("Finish session");

        UI.getCurrent().navigate(SessionView.class, SessionView.parameters(first));
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("kiosk-summary")).getElement()
                .getTextRecursively())
                .as("the first session had no visit before it").contains("Crocodile pose: depth 6").doesNotContain("last time");
        UI.getCurrent().navigate(SessionView.class, SessionView.parameters(visitId()));
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("kiosk-summary")).getElement()
                .getTextRecursively()).contains("Crocodile pose: depth 7 (last time depth 6, +1)");
    }

    /** A tap on another tablet: another request thread, where this tablet's UI is not the current one. */
    private static void onAnotherTablet(Runnable tap) {
        java.util.concurrent.CompletableFuture.runAsync(tap).join();
    }

    private void startSession() {
        UI.getCurrent().navigate("clients/" + clientId);
        tap("Start session");
        tap(therapist);
    }

    private PainStop stop(Visit visit, long stretchId, Side side, int repetition, Integer range) {
        return visits.recordPainStop(new PainStopTap(UUID.randomUUID(), UUID.randomUUID(), visit.id(), stretchId, side, repetition,
                range, null, null, null)).fact();
    }

    private long stretchId(String name) {
        return catalog.activeStretches().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
    }

    private long visitId() {
        return db.select(VISIT.ID).from(VISIT).where(VISIT.CLIENT_ID.eq(clientId)).orderBy(VISIT.ID.desc()).limit(1).fetchSingle(VISIT.ID);
    }

    private Integer painRating(String moment) {
        return db.select(PAIN_RATING.SCORE).from(PAIN_RATING)
                .where(PAIN_RATING.VISIT_ID.eq(visitId()).and(PAIN_RATING.MOMENT.eq(moment)).and(PAIN_RATING.VOIDED_AT.isNull()))
                .fetchOne(PAIN_RATING.SCORE);
    }

    private static StretchPicker.Tile tile(String name) {
        return _find(StretchPicker.Tile.class).stream().filter(t -> t.stretch().name().equals(name)).findFirst().orElseThrow();
    }

    private static String marks(String name) {
        return tile(name).marks();
    }

    /** The Next key of a pedal, as session.js reports it. */
    private static void pedalNext(SessionView view) {
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(view.getElement(), new com.vaadin.flow.dom.DomEvent(
                view.getElement(), "kiosk-next", tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()));
    }

    private static void pickStretch(String name) {
        _click(tile(name));
    }










}
