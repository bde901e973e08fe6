package com.stretchkiosk.visit.ui;

import com.stretchkiosk.base.Words;
import com.stretchkiosk.base.ui.BreathPacer;
import com.stretchkiosk.base.ui.ChoiceChips;
import com.stretchkiosk.base.ui.HoldTimer;
import com.stretchkiosk.base.ui.Stepper;
import com.stretchkiosk.base.ui.ServerTime;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.catalog.Measures;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.display.DisplayScene;
import com.stretchkiosk.therapist.KeyMap;
import com.stretchkiosk.visit.BreathingPace;
import com.stretchkiosk.visit.SessionCourse;
import com.stretchkiosk.visit.Side;
import com.stretchkiosk.visit.Slot;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.IntStream;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The stretch being worked on: name, Left/Right and the repetition on top; the steps, the hold timer, the
 * breathing pacer and the recording form in the middle (or the pain-stop panel in their place); Log and Skip
 * below; STOP in a place of its own that nothing covers (session.css lays it out per orientation). It lives as
 * long as the screen and is shown anew in place after each tap: only what changed reaches the browser.
 */
class ActiveStretch extends Div {

    /** What the screen does on a tap here. */
    /** The class that hides the panel while no stretch is active (it stays visible to the server). */
    static final String AWAY = "kiosk-away";

    /**
     * {@code clientSees}: what a client display shows has changed (a hold started or ended, the pace); {@code extra}:
     * one more repetition on a side that is done; {@code note}: the note being typed changed.
     */
    record Taps(Consumer<SlotTap> log, Consumer<SlotTap> skip, Consumer<SlotTap> stop, Consumer<Side> side, Runnable extra,
            Runnable clientSees, Consumer<String> note) {
    }

    /** The class that takes Log or Extra rep out of the layout (never setVisible: a queued tap must still arrive). */
    static final String GONE = "kiosk-gone";

    private final H2 title = new H2();
    private final Span position = new Span();
    private final ChoiceChips<Side> sides;
    private final Span reps = new Span();
    private final Button view = new Button();
    private final StretchSteps steps = new StretchSteps();
    private final HoldTimer timer = new HoldTimer();
    private final BreathPacer pacer = new BreathPacer(BreathingPace.DEFAULT_SECONDS);
    /** The pacer's pace between − (faster) and + (slower). */
    private final Stepper paceControls;
    private final RecordingForm form;
    private final Div content = new Div();
    private final Div panel = new Div();
    private final Button log = new Button();
    private final Button skip;
    private final Button stop;
    private final Button extra = new Button();
    private @Nullable Stretch stretch;
    private @Nullable Side side;
    private int repetition;
    private @Nullable Integer heldSeconds;
    /** When the running hold was started (the server's epoch millis), for a client display. */
    private @Nullable Long holdStartedAt;
    /** Counts the holds shown: a client display starts its timer afresh at a new one. */
    private int hold;

    private final Measures measures;

    ActiveStretch(Measures measures, KeyMap keys, Taps taps) {
        this.measures = measures;
        addClassName("kiosk-active");
        position.addClassName("kiosk-active-position");
        Div name = new Div(title, position);
        name.addClassName("kiosk-active-name");
        sides = new ChoiceChips<>(List.of(Side.LEFT, Side.RIGHT), s -> getTranslation(Words.key("session.side.", s)), taps.side());
        sides.addClassName("kiosk-side-chips");
        reps.addClassName("kiosk-repetition");
        view.addClassName("kiosk-client-view-toggle");
        view.addClickListener(tap -> setClientView(!hasClassName("client-view")));
        setClientView(false);
        Div head = new Div(name, sides, reps, view);
        head.addClassName("kiosk-active-head");

        stop = new Button(getTranslation("session.stop.button"));
        SlotTap.listen(stop, taps.stop()::accept);
        stop.addClassName("kiosk-stop");
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);

        timer.addStartedListener(started -> {
            holdStartedAt = started.at();
            heldSeconds = null;
            taps.clientSees().run();
        });
        timer.addHeldListener(held -> {
            heldSeconds = held.seconds();
            taps.clientSees().run();
        });
        Div timerBox = new Div(timer);
        timerBox.addClassName("kiosk-timer");

        paceControls = new Stepper("kiosk-pace-label", step -> stepPace(step == 0 ? -1 : 1, taps.clientSees()));
        paceControls.setSteps(List.of("−"), List.of("+"),
                List.of(getTranslation("session.pace.faster"), getTranslation("session.pace.slower")));
        showPace();
        paceControls.addClassName("kiosk-pace-controls");
        Div pacerBox = new Div(pacer, paceControls);
        pacerBox.addClassName("kiosk-pacer");

        form = new RecordingForm(measures, this::showLogText, taps.note());
        content.addClassName("kiosk-active-content");
        content.add(steps, timerBox, pacerBox, form);
        // Always visible, empty while nothing takes the middle (kiosk.css hides it then): Vaadin sends no change to an
        // invisible element, so a stop panel removed from a hidden container would linger, hidden, in the browser.
        panel.addClassName("kiosk-active-panel");

        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        log.addClassNames("kiosk-primary", "kiosk-log");
        // Log, Skip and STOP carry the repetition their label showed and the note typed, read when the finger landed.
        SlotTap.listen(log, taps.log()::accept);
        extra.addThemeVariants(ButtonVariant.LUMO_LARGE);
        extra.addClassNames("kiosk-primary", "kiosk-extra", GONE);
        extra.addClickListener(tap -> taps.extra().run());
        skip = new Button(getTranslation("session.skip"));
        skip.addThemeVariants(ButtonVariant.LUMO_LARGE);
        skip.addClassName("kiosk-secondary");
        SlotTap.listen(skip, taps.skip()::accept);
        skip.addClassName("kiosk-skip");
        Span legend = new Span(getTranslation("session.keys.legend", keyName(keys, KeyMap.Action.TIMER), keyName(keys, KeyMap.Action.LOG),
                keyName(keys, KeyMap.Action.NEXT), keyName(keys, KeyMap.Action.STOP)));
        legend.addClassName("kiosk-key-legend");
        legend.setTitle(getTranslation("session.keys.legend.title"));
        Div actions = new Div(log, extra, skip, legend);
        actions.addClassName("kiosk-active-actions");

        add(head, stop, content, panel, actions);
    }

    /** − makes the breaths faster (shorter), + slower; a client display breathes the same. */
    private void stepPace(int seconds, Runnable clientSees) {
        pacer.setPace(BreathingPace.clamp(pacer.pace() + seconds), ServerTime.now());
        showPace();
        clientSees.run();
    }

    private void showPace() {
        paceControls.setValue(getTranslation("session.pace", pacer.pace()));
        paceControls.setLadder(IntStream.rangeClosed(BreathingPace.MIN_SECONDS, BreathingPace.MAX_SECONDS)
                .mapToObj(seconds -> getTranslation("session.pace", seconds)).toList(), pacer.pace() - BreathingPace.MIN_SECONDS, List.of(-1, 1));
    }

    /** The first key that does the action, in words ("PgUp", "."), or a dash when none does. */
    private String keyName(KeyMap keys, KeyMap.Action action) {
        return keys.keysOf(action).stream().findFirst().map(key -> KeyMap.name(key, this::getTranslation)).orElse("—");
    }

    /**
     * Shows where the course stands. A new stretch, side or repetition starts a fresh recording and resets the
     * timer; the same one (another tablet's facts arrived) keeps what is set.
     */
    void show(SessionCourse course) {
        Stretch next = Objects.requireNonNull(course.active(), "no active stretch");
        boolean newStretch = stretch == null || stretch.id() != next.id() || stretch.version() != next.version();
        boolean newAttempt = newStretch || side != course.side() || repetition != course.repetition();
        if (newStretch) {
            title.setText(next.name());
            position.setText(next.position());
            sides.setVisible(next.sided());
            steps.show(next.steps());
        }
        stretch = next;
        side = course.side();
        if (newAttempt) {
            sides.select(next.sided() ? course.side() : null);
            timer.reset(next.holdSeconds());
            heldSeconds = null;
            holdStartedAt = null;
            hold++;
            form.reset(next, course.previous().lastRange(), course.startingRange(), course.proposedRange(), course.guidance());
        }
        hidePanel();
        showSlot(course);
    }

    /**
     * The repetition Log stores now (moved by this tablet or another): the label, Log or "Extra rep", and the slot each
     * button carries follow; what is set stays.
     */
    void showSlot(SessionCourse course) {
        Stretch shown = Objects.requireNonNull(stretch);
        repetition = course.repetition();
        // Every planned repetition of the side is taken: "Extra rep" stands in place of Log and Skip.
        boolean done = course.sideDone();
        Touch.setText(reps, done ? getTranslation("session.repetition.done", shown.repetitions())
                : repetition > shown.repetitions() ? getTranslation("session.repetition.extra", repetition)
                : getTranslation("session.repetition", repetition, shown.repetitions()));
        Slot slot = course.slot();
        String key = slot == null ? "" : slot.key();
        for (Button button : List.of(log, skip, stop)) {
            Touch.setAttribute(button, SlotTap.SLOT, key);
        }
        log.setClassName(GONE, done);
        skip.setClassName(GONE, done);
        extra.setClassName(GONE, !done);
        Touch.setText(extra, getTranslation("session.extra", repetition));
        showLogText();
    }

    /** The large view for the client: timer and pacer fill the middle; STOP stays where it is. */
    void setClientView(boolean on) {
        setClassName("client-view", on);
        view.setText(getTranslation(on ? "session.client-view.off" : "session.client-view.on"));
    }

    Stretch stretch() {
        return Objects.requireNonNull(stretch);
    }

    /** Whether a stretch has been shown (the panel is built with the screen, before the first pick). */
    boolean hasStretch() {
        return stretch != null;
    }

    int repetition() {
        return repetition;
    }

    Side side() {
        return Objects.requireNonNull(side);
    }

    RecordingForm form() {
        return form;
    }

    @Nullable Integer heldSeconds() {
        return heldSeconds;
    }

    /** What a client display shows of this stretch: name, side, the hold and the pacer; no client, no health data. */
    DisplayScene scene() {
        Stretch shown = stretch();
        String sideText = shown.sided() && side != null ? getTranslation(Words.key("session.side.", side)) : "";
        return new DisplayScene(DisplayScene.Kind.STRETCH, shown.name(), sideText, shown.holdSeconds(), hold, holdStartedAt,
                heldSeconds, pacer.pace(), pacer.since());
    }

    /** The pacer's pace and the moment its breaths count from: "relax" on a client display breathes the same. */
    DisplayScene relax() {
        return DisplayScene.relax(pacer.pace(), pacer.since());
    }

    /** Stops a running hold timer (STOP does). */
    void stopTimer() {
        timer.stop();
    }

    /** Puts a panel (pain-stop details, cautions) in place of the steps, timer and recording. */
    void showPanel(Component shown) {
        panel.removeAll();
        panel.add(shown);
        content.setVisible(false);
    }

    void hidePanel() {
        if (showsPanel()) {
            panel.removeAll();
            content.setVisible(true);
        }
    }

    boolean showsPanel() {
        return panel.getChildren().findAny().isPresent();
    }

    /** Whether the panel shown in place of the middle is of this kind. */
    boolean shows(Class<? extends Component> kind) {
        return panel.getChildren().anyMatch(kind::isInstance);
    }

    /** Log says what it stores: "Log rep 2 — depth 6", or "— not measured" when nothing was proposed or set. */
    private void showLogText() {
        Stretch shown = stretch;
        Integer range = form.range();
        String what = range == null || shown == null ? getTranslation("session.range.not-measured") : text(shown, range);
        Touch.setText(log, getTranslation(shown != null && repetition > shown.repetitions() ? "session.log.extra" : "session.log",
                repetition, what));
    }

    private String text(Stretch shown, int range) {
        return measures.format(shown.unit(), range);
    }
}
