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
import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.KioskTest;
import com.stretchkiosk.client.ClientDraft;
import com.stretchkiosk.client.ClientService;
import com.stretchkiosk.db.tables.records.AttemptRecord;
import com.stretchkiosk.therapist.TherapistService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Whole sessions played by touch, checking the database after the taps. */
class SessionFlowsTest extends KioskTest {

    @Autowired
    ClientService clients;

    @Autowired
    TherapistService therapists;

    @Autowired
    DSLContext db;

    @Autowired
    com.stretchkiosk.visit.VisitService visits;

    @Autowired
    com.stretchkiosk.catalog.CatalogService catalog;

    private long clientId;
    private String therapist;

    @BeforeEach
    void clientAndTherapist() {
        clientId = clients.create(new ClientDraft(unique("Elif Kaya"), null, 1980, "Whiplash 2021", null)).id();
        therapist = unique("Jonas");
        therapists.add(therapist);
    }

    @Test
    void a_whole_session_over_all_seven_stretches_with_sides_and_repetitions() {
        startSession();
        tapChip("2");
        assertThat(painRating("BEFORE")).isEqualTo(2);

        List<String> names = _find(StretchPicker.Tile.class).stream().map(t -> t.stretch().name()).toList();
        assertThat(names).hasSize(7);
        for (String name : names) {
            pickStretch(name);
            while (isActive(name)) {
                tap("+1");
                tapChip("5");
                tap("Slow belly");
                tap(logButtonText());
            }
        }

        List<AttemptRecord> attempts = db.selectFrom(ATTEMPT).where(ATTEMPT.VISIT_ID.eq(visitId())).orderBy(ATTEMPT.ID).fetch();
        assertThat(attempts).hasSize(2 + 6 + 1 + 1 + 2 + 1 + 2);
        assertThat(attempts).allSatisfy(a -> {
            assertThat(a.getOutcome()).isEqualTo("COMPLETED");
            assertThat(a.getPressure()).isEqualTo(5);
            assertThat(a.getBreathing()).isEqualTo("SLOW_DIAPHRAGMATIC");
            assertThat(a.getRangeReached()).isNotNull();
            assertThat(a.getVoidedAt()).isNull();
        });
        assertThat(attempts.stream().filter(a -> a.getStretchId() == 2L).map(a -> a.getSide() + a.getRepetition()))
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

        assertThat(_find(StretchPicker.Tile.class).stream().filter(t -> t.stretch().name().equals("Levator scapulae"))
                .findFirst().orElseThrow().getElement().getAttribute("class")).contains("pain");

        tap("Right");
        tap("+1");
        tap("Log rep 1");
        long logged = db.fetchCount(ATTEMPT, ATTEMPT.VISIT_ID.eq(visitId()).and(ATTEMPT.OUTCOME.eq("COMPLETED")));
        assertThat(logged).isEqualTo(1);
        // The newest toast's Undo (Karibu keeps closed toasts in the tree until the browser would remove them).
        _click(_find(Button.class, spec -> spec.withText("Undo")).getLast());
        var undone = db.selectFrom(ATTEMPT).where(ATTEMPT.VISIT_ID.eq(visitId()).and(ATTEMPT.OUTCOME.eq("COMPLETED"))).fetchSingle();
        assertThat(undone.getVoidReason()).isEqualTo("Undone at the table");
        assertThat(_get(Button.class, spec -> spec.withText("Log rep 1")).isVisible()).as("the same repetition again").isTrue();
    }

    @Test
    void a_refused_value_is_shown_and_nothing_already_recorded_is_lost() {
        startSession();
        tapChip("4");
        pickStretch("Child's pose");
        tap("+1");
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Note (optional)")), "x".repeat(2001));
        tap("Log rep 1");

        assertThat(db.fetchCount(ATTEMPT, ATTEMPT.VISIT_ID.eq(visitId()))).isZero();
        assertThat(lastNotificationText()).isEqualTo("At most 2,000 characters.");
        assertThat(painRating("BEFORE")).as("the pain rating stays").isEqualTo(4);
        assertThat(_get(Span.class, spec -> spec.withClasses("kiosk-range-value")).getText()).as("the range set stays").isEqualTo("6/10");

        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Note (optional)")), "Knees sore on the mat");
        tap("Log rep 1");
        assertThat(db.fetchValue(ATTEMPT.NOTE, ATTEMPT.VISIT_ID.eq(visitId()))).isEqualTo("Knees sore on the mat");
    }

    @Test
    void the_session_survives_leaving_the_screen_and_resumes_from_the_client_page() {
        startSession();
        tapChip("3");
        pickStretch("Crocodile pose");
        tap("+1");
        tap("Log rep 1");
        tap("Client page");
        tap("Resume the open session");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(SessionView.class);
        assertThat(_find(StretchPicker.Tile.class).stream().filter(t -> t.stretch().name().equals("Crocodile pose")).findFirst()
                .orElseThrow().getElement().getAttribute("class")).contains("done");
        assertThat(db.fetchCount(VISIT, VISIT.CLIENT_ID.eq(clientId))).isEqualTo(1);
    }

    @Test
    void what_another_tablet_records_in_the_same_session_shows_here_once() {
        startSession();
        tapChip("0");
        long visit = visitId();
        var crocodile = catalog.activeStretches().stream().filter(st -> st.name().equals("Crocodile pose")).findFirst().orElseThrow();
        var otherTablet = new com.stretchkiosk.visit.AttemptDraft(java.util.UUID.randomUUID(), visit, crocodile.id(),
                com.stretchkiosk.visit.Side.NONE, 1, com.stretchkiosk.visit.Outcome.COMPLETED, 6, 5, null, null, 60,
                java.util.Set.of(), null);
        visits.recordAttempt(otherTablet);
        visits.recordAttempt(otherTablet);

        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireEvent(UI.getCurrent(),
                new com.vaadin.flow.component.PollEvent(UI.getCurrent(), true));

        assertThat(_find(StretchPicker.Tile.class).stream().filter(t -> t.stretch().name().equals("Crocodile pose")).findFirst()
                .orElseThrow().getElement().getAttribute("class")).contains("done");
        assertThat(db.fetchCount(ATTEMPT, ATTEMPT.VISIT_ID.eq(visit))).isEqualTo(1);
    }

    private void startSession() {
        UI.getCurrent().navigate("clients/" + clientId);
        tap("Start session");
        tap(therapist);
    }

    private long visitId() {
        return db.select(VISIT.ID).from(VISIT).where(VISIT.CLIENT_ID.eq(clientId)).orderBy(VISIT.ID.desc()).limit(1).fetchSingle(VISIT.ID);
    }

    private Integer painRating(String moment) {
        return db.select(PAIN_RATING.SCORE).from(PAIN_RATING)
                .where(PAIN_RATING.VISIT_ID.eq(visitId()).and(PAIN_RATING.MOMENT.eq(moment)).and(PAIN_RATING.VOIDED_AT.isNull()))
                .fetchOne(PAIN_RATING.SCORE);
    }

    private static void pickStretch(String name) {
        _click(_find(StretchPicker.Tile.class).stream().filter(t -> t.stretch().name().equals(name)).findFirst().orElseThrow());
    }

    private static boolean isActive(String name) {
        return !_find(com.vaadin.flow.component.html.H2.class, spec -> spec.withText(name)).isEmpty();
    }

    private static String logButtonText() {
        return _get(Button.class, spec -> spec.withClasses("kiosk-log")).getText();
    }

    private static void tap(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    private static void tapChip(String text) {
        _click(_get(Button.class, spec -> spec.withText(text).withClasses("kiosk-chip")));
    }

    private static void tapIn(String panelClass, String text) {
        _click(_get(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses(panelClass)), Button.class,
                spec -> spec.withText(text)));
    }

    private static String lastNotificationText() {
        var notifications = com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications();
        return notifications.getLast().getElement().getProperty("text", "");
    }
}
