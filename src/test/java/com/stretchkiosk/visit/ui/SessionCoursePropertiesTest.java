package com.stretchkiosk.visit.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.stretchkiosk.Properties.property;
import static com.stretchkiosk.db.Tables.ATTEMPT;
import static com.stretchkiosk.visit.ui.OnSessionScreen.deliver;
import static com.stretchkiosk.visit.ui.OnSessionScreen.logButton;
import static com.stretchkiosk.visit.ui.OnSessionScreen.tap;
import static com.stretchkiosk.visit.ui.OnSessionScreen.tapOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.stretchkiosk.KioskTest;
import com.stretchkiosk.base.ui.ChipTaps;
import com.stretchkiosk.base.ui.ChoiceChips;
import com.stretchkiosk.base.ui.DrawnButtons;
import com.stretchkiosk.catalog.CatalogService;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.client.ClientDraft;
import com.stretchkiosk.client.ClientService;
import com.stretchkiosk.therapist.TherapistService;
import com.stretchkiosk.visit.AttemptDraft;
import com.stretchkiosk.visit.Outcome;
import com.stretchkiosk.visit.SessionCourse;
import com.stretchkiosk.visit.Side;
import com.stretchkiosk.visit.Slot;
import com.stretchkiosk.visit.VisitService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The course and the record as properties: random sequences of what a therapist (and a second tablet) does on the
 * session screen — log, a double log, two logs queued during an outage, skip, STOP, close, undo, another side, another
 * tile, an extra repetition, another tablet's log, a reload — and after every step: the live screen's next repetition is
 * the one the stored facts give for where the therapist is, a reload comes back to the same place, and the stored
 * attempts are exactly the intended ones (one per repetition, each with its own note and pressure).
 */
class SessionCoursePropertiesTest extends KioskTest {

    /** What a finger (or the other tablet) does next. */
    enum Act {
        LOG, DOUBLE_LOG, QUEUED_LOGS, SKIP, STOP, CLOSE, UNDO, SIDE, TILE, EXTRA, OTHER_TABLET, RELOAD
    }

    private static final Map<Act, AtomicInteger> DONE = new TreeMap<>();

    @Autowired
    ClientService clients;

    @Autowired
    TherapistService therapists;

    @Autowired
    VisitService visits;

    @Autowired
    CatalogService catalog;

    @Autowired
    DSLContext db;

    /** What each repetition of the session should hold: "LEFT 2 COMPLETED note-7 5", by slot. */
    private final Map<String, String> intended = new TreeMap<>();
    private final AtomicInteger notes = new AtomicInteger();
    private long clientId;
    private long visitId;
    private String therapist = "";
    /** The slot of the fact the strip's Undo would void. */
    private String lastSaved = "";

    @Test
    void the_live_course_is_the_one_the_stored_facts_give_and_the_record_is_exactly_what_was_tapped() {
        therapist = unique("Lena");
        therapists.add(therapist);
        property(1, 200).forAll(lists().of(Generate.enumValues(Act.class)).ofSizeBetween(4, 16), longs().all())
                .checkAssert(this::play);
    }

    @AfterAll
    static void report() {
        System.out.println("Session course property, steps taken by kind: " + DONE);
    }

    private void play(List<Act> acts, long seed) {
        Random random = new Random(seed);
        intended.clear();
        lastSaved = "";
        clientId = clients.create(new ClientDraft(unique("Course Client"), null, null, null, null)).id();
        UI.getCurrent().navigate("clients/" + clientId);
        tap("Start session");
        tap(therapist);
        tap("Skip");
        visitId = db.select(com.stretchkiosk.db.Tables.VISIT.ID).from(com.stretchkiosk.db.Tables.VISIT)
                .where(com.stretchkiosk.db.Tables.VISIT.CLIENT_ID.eq(clientId)).fetchSingle(com.stretchkiosk.db.Tables.VISIT.ID);
        List<Stretch> stretches = catalog.activeStretches();
        OnSessionScreen.pick(stretches.get(random.nextInt(stretches.size())).name());
        for (Act act : acts) {
            if (step(act, random, stretches)) {
                DONE.computeIfAbsent(act, a -> new AtomicInteger()).incrementAndGet();
            }
            assertThat(stored()).as("the record after %s in %s", act, acts).isEqualTo(intended);
            assertLiveIsRebuilt(acts);
        }
    }

    /** Plays one act if the screen offers it; true when it did. */
    private boolean step(Act act, Random random, List<Stretch> stretches) {
        Optional<ActiveStretch> panel = panel();
        // The values and note are set in the recording form, which a pain-stop panel takes the place of until Close.
        boolean settable = panel.isPresent() && !gone(logButton()) && _find(PainStopPanel.class).isEmpty();
        switch (act) {
            case LOG -> {
                if (!settable) {
                    return false;
                }
                String slot = slotOf(logButton());
                String note = set(random);
                OnSessionScreen.press(logButton());
                intend(slot, "COMPLETED " + note);
            }
            case DOUBLE_LOG -> {
                if (!settable) {
                    return false;
                }
                String slot = slotOf(logButton());
                String note = set(random);
                SlotTap first = tapOf(logButton(), "");
                SlotTap second = tapOf(logButton(), "");
                deliver(first);
                deliver(second);
                intend(slot, "COMPLETED " + note);
            }
            case QUEUED_LOGS -> {
                if (!settable) {
                    return false;
                }
                // Offline: two Logs on the same label, a note and a pressure set again in between (session.js: "after").
                Button log = logButton();
                String shown = slotOf(log);
                String firstNote = set(random);
                SlotTap first = tapOf(log, "");
                String secondNote = "note-" + notes.incrementAndGet();
                int secondPressure = random.nextInt(11);
                SlotTap second = new SlotTap(log, true, shown, shown, secondNote);
                deliver(first);
                intend(shown, "COMPLETED " + firstNote);
                Optional<ActiveStretch> after = panel();
                ChipTaps.tap(pressureChips(panel.get()), Integer.toString(secondPressure));
                boolean sameStretch = after.isPresent() && after.get().stretch().id() == Long.parseLong(shown.split(":")[0])
                        && !gone(logButton());
                String next = sameStretch ? slotOf(logButton()) : "";
                deliver(second);
                if (sameStretch) {
                    intend(next, "COMPLETED " + secondNote + " " + secondPressure);
                }
            }
            case SKIP -> {
                Button skip = visible("kiosk-skip");
                if (panel.isEmpty() || skip == null) {
                    return false;
                }
                String slot = slotOf(skip);
                OnSessionScreen.press(skip);
                intend(slot, "SKIPPED null null");
            }
            case STOP -> {
                Button stop = visible("kiosk-stop");
                if (panel.isEmpty() || stop == null || !_find(PainStopPanel.class).isEmpty()) {
                    return false;
                }
                Map<String, String> before = stored();
                OnSessionScreen.press(stop);
                Map<String, String> after = stored();
                after.keySet().removeAll(before.keySet());
                assertThat(after).as("one STOP, one new stop").hasSize(1);
                assertThat(after.values().iterator().next()).contains(" STOPPED_FOR_PAIN ");
                intended.putAll(after);
                lastSaved = after.keySet().iterator().next();
            }
            case CLOSE -> {
                if (_find(PainStopPanel.class).isEmpty()) {
                    return false;
                }
                com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(_get(PainStopPanel.class), Button.class,
                        spec -> spec.withText("Close")));
            }
            case UNDO -> {
                if (!_get(FeedbackStrip.class).offersUndo() || lastSaved.isEmpty()) {
                    return false;
                }
                tap("Undo");
                intended.remove(lastSaved);
                lastSaved = "";
            }
            case SIDE -> {
                if (panel.isEmpty() || !panel.get().stretch().sided()) {
                    return false;
                }
                ChoiceChips<?> sides = _get(panel.get(), ChoiceChips.class, spec -> spec.withClasses("kiosk-side-chips"));
                ChipTaps.tap(sides, random.nextBoolean() ? "Left" : "Right");
            }
            case TILE -> OnSessionScreen.pick(stretches.get(random.nextInt(stretches.size())).name());
            case EXTRA -> {
                Button extra = visible("kiosk-extra");
                if (extra == null) {
                    return false;
                }
                OnSessionScreen.press(extra);
            }
            case OTHER_TABLET -> {
                if (panel.isEmpty() || gone(logButton())) {
                    return false;
                }
                // The other tablet logs the repetition this one shows, before this one hears of it.
                Slot slot = Slot.parse(slotOf(logButton()));
                String note = "other-" + notes.incrementAndGet();
                java.util.concurrent.CompletableFuture.runAsync(() -> visits.recordAttempt(new AttemptDraft(UUID.randomUUID(), visitId,
                        slot.stretchId(), slot.side(), slot.repetition(), Outcome.COMPLETED, null, 3, null, null, null, Set.of(), note)))
                        .join();
                intended.put(slot.key(), slot.side() + " " + slot.repetition() + " COMPLETED " + note + " 3");
                OnSessionScreen.awaitPush(() -> panel().isEmpty() || !slotOf(logButton()).equals(slot.key()));
            }
            case RELOAD -> {
                String before = position();
                boolean done = panel.isPresent() && visible("kiosk-extra") != null;
                UI.getCurrent().navigate("clients/" + clientId);
                UI.getCurrent().navigate(SessionView.class, SessionView.parameters(visitId));
                lastSaved = "";
                if (!done && _find(PainStopPanel.class).isEmpty()) {
                    assertThat(position()).as("a reload comes back to the same place").isEqualTo(before);
                }
            }
        }
        return true;
    }

    /** The live screen's Log is for the repetition the stored facts give at the stretch and side it shows. */
    private void assertLiveIsRebuilt(List<Act> acts) {
        Optional<ActiveStretch> panel = panel();
        if (panel.isEmpty()) {
            return;
        }
        ActiveStretch shown = panel.get();
        SessionCourse rebuilt = new SessionCourse(visits.sheet(visitId));
        rebuilt.pick(shown.stretch());
        rebuilt.chooseSide(shown.side());
        Button extra = visible("kiosk-extra");
        if (extra == null && logButton().getText().startsWith("Log extra")) {
            rebuilt.chooseExtra();
        }
        assertThat(extra != null).as("'Extra rep' offered exactly when the side is done, after %s", acts).isEqualTo(rebuilt.sideDone());
        assertThat(slotOf(logButton())).as("Log's repetition after %s", acts).isEqualTo(rebuilt.slot().key());
    }

    /** The session's standing attempts, by slot, as the property writes what it intended. */
    private Map<String, String> stored() {
        Map<String, String> stored = new TreeMap<>();
        db.select(ATTEMPT.STRETCH_ID, ATTEMPT.SIDE, ATTEMPT.REPETITION, ATTEMPT.OUTCOME, ATTEMPT.NOTE, ATTEMPT.PRESSURE).from(ATTEMPT)
                .where(ATTEMPT.VISIT_ID.eq(visitId).and(ATTEMPT.VOIDED_AT.isNull()))
                .forEach(r -> {
                    String key = new Slot(r.value1(), Side.valueOf(r.value2()), r.value3()).key();
                    assertThat(stored).as("one standing attempt in %s", key).doesNotContainKey(key);
                    stored.put(key, r.value2() + " " + r.value3() + " " + r.value4() + " " + r.value5() + " " + r.value6());
                });
        return stored;
    }

    /** A Log or Skip for a repetition that holds nothing stores it; one already taken stores nothing. */
    private void intend(String slot, String what) {
        if (intended.containsKey(slot)) {
            return;
        }
        Slot parsed = Slot.parse(slot);
        String[] parts = what.split(" ");
        intended.put(slot, parsed.side() + " " + parsed.repetition() + " " + what
                + (parts.length == 2 && parts[0].equals("COMPLETED") ? " " + lastPressure : ""));
        lastSaved = slot;
    }

    private int lastPressure;

    /** Sets a note of its own and a pressure for the repetition on screen; returns the note. */
    private String set(Random random) {
        String note = "note-" + notes.incrementAndGet();
        lastPressure = random.nextInt(11);
        _setValue(noteField(), note);
        ChipTaps.tap(pressureChips(panel().orElseThrow()), Integer.toString(lastPressure));
        return note;
    }

    private static Optional<ActiveStretch> panel() {
        return _find(ActiveStretch.class).stream().filter(p -> !p.hasClassName(ActiveStretch.AWAY)).findFirst();
    }

    private static String position() {
        return panel().map(p -> p.stretch().name() + " " + p.side() + " " + slotOf(logButton())
                + (visible("kiosk-extra") != null ? " done" : "")).orElse("picker");
    }

    private static String slotOf(Button button) {
        return button.getElement().getAttribute(SlotTap.SLOT);
    }

    private static boolean gone(Button button) {
        return button.hasClassName(ActiveStretch.GONE);
    }

    private static Button visible(String className) {
        return _find(Button.class, spec -> spec.withClasses(className)).stream()
                .filter(b -> !OnSessionScreen.outOfSight(b) && !gone(b)).findFirst().orElse(null);
    }

    /** The pressure chips of a stretch panel, also while it waits out of sight (a queued tap still reaches them). */
    private static DrawnButtons pressureChips(ActiveStretch panel) {
        return _get(panel, DrawnButtons.class, spec -> spec.withClasses("kiosk-scale-chips"));
    }

    private static TextField noteField() {
        return _find(TextField.class, spec -> spec.withClasses("kiosk-note")).stream().filter(f -> !OnSessionScreen.outOfSight(f))
                .findFirst().orElseThrow();
    }

    static {
        Locale.setDefault(Locale.ENGLISH);
    }
}
