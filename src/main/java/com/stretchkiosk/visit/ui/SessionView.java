package com.stretchkiosk.visit.ui;

import jakarta.annotation.security.PermitAll;
import com.stretchkiosk.base.Problem;
import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.base.TextLimits;
import com.stretchkiosk.base.ui.ChoiceChips;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.base.ui.Undo;
import com.stretchkiosk.catalog.CatalogService;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.visit.Attempt;
import com.stretchkiosk.visit.AttemptDraft;
import com.stretchkiosk.visit.AttemptField;
import com.stretchkiosk.visit.BodySide;
import com.stretchkiosk.visit.Breathing;
import com.stretchkiosk.visit.FactRef;
import com.stretchkiosk.visit.NoteChip;
import com.stretchkiosk.visit.Outcome;
import com.stretchkiosk.visit.PainMoment;
import com.stretchkiosk.visit.PainScale;
import com.stretchkiosk.visit.PainStop;
import com.stretchkiosk.visit.PainStopTap;
import com.stretchkiosk.visit.Previous;
import com.stretchkiosk.visit.RecordingRefusedException;
import com.stretchkiosk.visit.Side;
import com.stretchkiosk.visit.StretchSide;
import com.stretchkiosk.visit.Visit;
import com.stretchkiosk.visit.VisitClosedException;
import com.stretchkiosk.visit.VisitNotFoundException;
import com.stretchkiosk.visit.VisitService;
import com.stretchkiosk.visit.VisitSheet;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The screen at the stretch table. One tap per fact, each stored at once with the id made at the tap;
 * STOP for sharp pain is always there while a stretch is active. Timer, pacer and clock run in the
 * browser (frontend/session.js), so they stay smooth whatever the network does.
 */
@PermitAll
@Route("sessions/:" + SessionView.VISIT_ID + "([0-9]+)")
public class SessionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String VISIT_ID = "visitId";
    static final String CLIENT_ID = "clientId";
    /** How often the screen picks up what another tablet recorded in the same session. */
    static final int REFRESH_MILLIS = 5000;
    /** Pace of the breathing pacer, seconds per inhale and per exhale. */
    static final int PACE_MIN = 5;
    static final int PACE_MAX = 10;
    static final int GET_READY_SECONDS = 3;

    private final VisitService visits;
    private final CatalogService catalog;
    private final StudioTime time;

    private final Div header = new Div();
    private final Div caution = new Div();
    private final StretchPicker picker = new StretchPicker();
    private final Div main = new Div();
    private final Div overlay = new Div();
    private final Button stop = new Button();

    private long visitId;
    private VisitSheet sheet;
    private List<Stretch> stretches = List.of();
    private @Nullable Registration polling;
    private @Nullable Notification undoToast;

    /** The stretch being worked on and what has been set for the current repetition. */
    private @Nullable Stretch active;
    private Side side = Side.NONE;
    private int repetition = 1;
    private @Nullable Integer range;
    private @Nullable Integer pressure;
    private @Nullable Breathing breathing;
    private @Nullable Integer breathCount;
    private @Nullable Integer heldSeconds;
    private final EnumSet<NoteChip> noteChips = EnumSet.noneOf(NoteChip.class);
    private int pace = PACE_MIN;
    private boolean painBeforeAsked;

    private final TextField note = new TextField();
    private final Span rangeValue = new Span();
    private final Span rangeProblem = new Span();
    private final Span pressureProblem = new Span();
    private @Nullable Element timer;

    public SessionView(VisitService visits, CatalogService catalog, StudioTime time,
            com.stretchkiosk.base.KioskProperties properties) {
        this.visits = visits;
        this.catalog = catalog;
        this.time = time;
        addClassName("kiosk-session");
        header.addClassName("kiosk-session-header");
        caution.addClassName("kiosk-session-caution");
        caution.setVisible(false);
        main.addClassName("kiosk-session-main");
        overlay.addClassName("kiosk-session-overlay");
        overlay.setVisible(false);
        stop.setText(getTranslation("session.stop.button"));
        stop.addClassName("kiosk-stop");
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        stop.addClickListener(tap -> stopForPain());
        note.setPlaceholder(getTranslation("session.note.placeholder"));
        note.setAriaLabel(getTranslation("session.note.placeholder"));
        note.setMaxLength(TextLimits.NOTE_MAX_LENGTH);
        note.addClassName("kiosk-note");
        rangeProblem.addClassName("kiosk-problem");
        pressureProblem.addClassName("kiosk-problem");
        Div body = new Div(picker, main, overlay);
        body.addClassName("kiosk-session-body");
        add(header, caution, body, new com.stretchkiosk.base.ui.Lock(properties.lock().idle()));
        sheet = emptySheet();
    }

    static RouteParameters parameters(long visitId) {
        return new RouteParameters(VISIT_ID, Long.toString(visitId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        visitId = event.getRouteParameters().getLong(VISIT_ID).orElseThrow();
        try {
            sheet = visits.open(visitId);
        } catch (VisitNotFoundException e) {
            event.rerouteToError(e, getTranslation("session.not-found"));
            return;
        }
        stretches = catalog.activeStretches();
        painBeforeAsked = sheet.painBefore() != null || !sheet.attempts().isEmpty();
        render();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().addJavaScript("context://kiosk/session.js");
        attach.getUI().setPollInterval(REFRESH_MILLIS);
        polling = attach.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("session.title", sheet.visit().clientName());
    }

    /** Picks up what was stored (here or on another tablet) without touching what is being set now. */
    private void refresh() {
        VisitSheet latest = visits.refreshed(sheet);
        if (latest.equals(sheet)) {
            return;
        }
        sheet = latest;
        if (!sheet.visit().isOpen()) {
            render();
            return;
        }
        renderHeader();
        renderPicker();
    }

    private void render() {
        renderHeader();
        renderPicker();
        if (!sheet.visit().isOpen()) {
            showEnded();
        } else if (!painBeforeAsked) {
            showPainBefore();
        } else if (active != null) {
            showActive();
        } else {
            showPickPrompt();
        }
    }

    // ---------------------------------------------------------------- header and picker

    private void renderHeader() {
        header.removeAll();
        Visit visit = sheet.visit();
        Button back = new Button(getTranslation("session.to-client"), tap -> toClient());
        back.addClassName("kiosk-session-back");
        H1 name = new H1(visit.clientName());
        header.add(back, name);
        if (visit.precautions() != null) {
            Button badge = new Button(getTranslation("client.badge.precautions"), tap -> caution.setVisible(!caution.isVisible()));
            badge.addClassName("kiosk-badge-caution");
            header.add(badge);
            caution.removeAll();
            caution.add(new Span(visit.precautions()));
            caution.setVisible(active == null && sheet.attempts().isEmpty() && visit.isOpen());
        }
        Element elapsed = new Element("kiosk-elapsed");
        elapsed.setAttribute("since", Long.toString(visit.startedAt().toEpochMilli()));
        elapsed.setText(time.time(visit.startedAt()));
        Span clock = new Span();
        clock.getElement().appendChild(elapsed);
        clock.addClassName("kiosk-session-elapsed");
        Span therapist = new Span(visit.therapistName());
        therapist.addClassName("kiosk-session-therapist");
        Span painBefore = new Span(sheet.painBefore() == null ? getTranslation("session.pain-before.none")
                : getTranslation("session.pain-before.value", sheet.painBefore()));
        painBefore.addClassName("kiosk-session-pain-before");
        header.add(clock, therapist, painBefore);
        Button lock = new Button(getTranslation("app.lock"), tap -> com.stretchkiosk.base.ui.Lock.lockNow());
        lock.addClassName("kiosk-lock");
        header.add(lock);
        if (visit.isOpen()) {
            Button end = new Button(getTranslation("session.end"), tap -> showEnd());
            end.addClassName("kiosk-session-end");
            header.add(end);
        }
    }

    private void renderPicker() {
        picker.show(stretches, sheet, active == null ? null : active.id(), this::pick);
    }

    // ---------------------------------------------------------------- pain before, pick prompt

    private void showPainBefore() {
        clearMain();
        H2 question = new H2(getTranslation("session.pain-before.question"));
        Paragraph hint = new Paragraph(getTranslation("session.pain-scale.hint"));
        ChoiceChips<Integer> scale = new ChoiceChips<>(IntStream.rangeClosed(PainScale.MIN, PainScale.MAX).boxed().toList(),
                String::valueOf, score -> recordPain(PainMoment.BEFORE, score, () -> {
                    painBeforeAsked = true;
                    render();
                }));
        scale.addClassName("kiosk-scale-chips");
        scale.addClassName("kiosk-scale-large");
        Button skip = Touch.secondary(getTranslation("session.pain-before.skip"), tap -> {
            painBeforeAsked = true;
            render();
        });
        Div panel = new Div(question, hint, scale, skip);
        panel.addClassName("kiosk-session-question");
        main.add(panel);
    }

    private void showPickPrompt() {
        clearMain();
        Paragraph prompt = new Paragraph(getTranslation(sheet.attempts().isEmpty() ? "session.pick.first" : "session.pick.next"));
        prompt.addClassName("kiosk-session-prompt");
        main.add(prompt);
    }

    // ---------------------------------------------------------------- the active stretch

    private void pick(Stretch stretch) {
        active = stretch;
        List<Side> sides = StretchPicker.sides(stretch);
        side = sides.stream().filter(s -> sheet.attemptsOf(new StretchSide(stretch.id(), s)).isEmpty()).findFirst()
                .orElse(sides.getFirst());
        repetition = nextRepetition();
        clearRecording();
        painBeforeAsked = true;
        render();
    }

    private int nextRepetition() {
        if (active == null) {
            return 1;
        }
        long done = sheet.attemptsOf(new StretchSide(active.id(), side)).stream()
                .filter(a -> a.outcome() != Outcome.SKIPPED).count();
        return (int) Math.min(10, done + 1);
    }

    private void clearRecording() {
        range = null;
        pressure = null;
        breathing = null;
        breathCount = null;
        heldSeconds = null;
        noteChips.clear();
        note.clear();
        rangeProblem.setText("");
        pressureProblem.setText("");
    }

    private void clearMain() {
        overlay.setVisible(false);
        main.removeAll();
        main.removeClassName("kiosk-active");
    }

    private void showActive() {
        Stretch stretch = active;
        if (stretch == null) {
            return;
        }
        main.removeAll();
        StretchSide key = new StretchSide(stretch.id(), side);
        Previous previous = sheet.previous(key);

        H2 title = new H2(stretch.name());
        Span position = new Span(stretch.position());
        position.addClassName("kiosk-active-position");
        Div name = new Div(title, position);
        name.addClassName("kiosk-active-name");
        Div head = new Div(name);
        head.addClassName("kiosk-active-head");
        if (stretch.sided()) {
            ChoiceChips<Side> sides = new ChoiceChips<>(List.of(Side.LEFT, Side.RIGHT),
                    s -> getTranslation(Touch.key("session.side.", s)), s -> {
                        side = s;
                        repetition = nextRepetition();
                        clearRecording();
                        showActive();
                    });
            sides.select(side);
            sides.addClassName("kiosk-side-chips");
            head.add(sides);
        }
        Span reps = new Span(getTranslation("session.repetition", repetition, stretch.repetitions()));
        reps.addClassName("kiosk-repetition");
        head.add(reps);

        OrderedList steps = new OrderedList();
        steps.addClassName("kiosk-steps");
        stretch.steps().forEach(step -> steps.add(new ListItem(step)));

        timer = new Element("kiosk-hold-timer");
        timer.setAttribute("seconds", Integer.toString(stretch.holdSeconds()));
        timer.setAttribute("get-ready", Integer.toString(GET_READY_SECONDS));
        timer.addEventListener("hold-ended", e -> heldSeconds = (int) e.getEventData().get("event.detail.seconds").asDouble())
                .addEventData("event.detail.seconds");
        timer.addEventListener("hold-stopped", e -> heldSeconds = (int) e.getEventData().get("event.detail.seconds").asDouble())
                .addEventData("event.detail.seconds");
        Div timerBox = new Div();
        timerBox.addClassName("kiosk-timer");
        timerBox.getElement().appendChild(timer);

        Element pacerElement = new Element("kiosk-breath-pacer");
        pacerElement.setAttribute("pace", Integer.toString(pace));
        Div pacer = new Div();
        pacer.addClassName("kiosk-pacer");
        pacer.getElement().appendChild(pacerElement);
        Span paceLabel = new Span(getTranslation("session.pace", pace));
        Button slower = new Button("−", tap -> setPace(pace - 1, pacerElement, paceLabel));
        slower.setAriaLabel(getTranslation("session.pace.faster"));
        Button faster = new Button("+", tap -> setPace(pace + 1, pacerElement, paceLabel));
        faster.setAriaLabel(getTranslation("session.pace.slower"));
        Div paceControls = new Div(slower, paceLabel, faster);
        paceControls.addClassName("kiosk-pace-controls");
        pacer.add(paceControls);

        Div middle = new Div(steps, timerBox, pacer);
        middle.addClassName("kiosk-active-middle");

        Div recording = recording(stretch, previous);
        Div actions = actions(stretch);
        main.add(head, middle, recording, actions, stop);
        main.addClassName("kiosk-active");
    }

    private void setPace(int newPace, Element pacerElement, Span paceLabel) {
        pace = Math.max(PACE_MIN, Math.min(PACE_MAX, newPace));
        pacerElement.setAttribute("pace", Integer.toString(pace));
        paceLabel.setText(getTranslation("session.pace", pace));
    }

    private Div recording(Stretch stretch, Previous previous) {
        // Range: a large stepper in the stretch's unit, last visit's value one tap away, the pain-stop value marked.
        rangeValue.setText(range == null ? "—" : stretch.unit().format(range));
        rangeValue.addClassName("kiosk-range-value");
        Div stepper = new Div();
        stepper.addClassName("kiosk-range-stepper");
        int[] steps = RangeText.steps(stretch.unit());
        for (int i = steps.length - 1; i >= 0; i--) {
            int step = steps[i];
            stepper.add(stepButton(-step, stretch, previous));
        }
        stepper.add(rangeValue);
        for (int step : steps) {
            stepper.add(stepButton(step, stretch, previous));
        }
        Div rangeRow = new Div(label("session.range"), stepper);
        rangeRow.getElement().setAttribute("title", getTranslation(Touch.key("unit.", stretch.unit())));
        rangeRow.addClassName("kiosk-record-row");
        if (previous.lastRange() != null) {
            int last = previous.lastRange();
            Button takeLast = new Button(getTranslation("session.range.take-last", stretch.unit().format(last)), tap -> {
                range = last;
                rangeProblem.setText("");
                rangeValue.setText(stretch.unit().format(last));
            });
            takeLast.addClassName("kiosk-take-last");
            rangeRow.add(takeLast);
        }
        if (previous.painStopRange() != null && previous.painStopAt() != null) {
            Span painMark = new Span(getTranslation("session.range.pain-stop",
                    stretch.unit().format(previous.painStopRange()), time.shortDate(previous.painStopAt())));
            painMark.addClassName("kiosk-pain-mark");
            rangeRow.add(painMark);
        }
        rangeRow.add(rangeProblem);

        ChoiceChips<Integer> pressureChips = new ChoiceChips<>(IntStream.rangeClosed(PainScale.MIN, PainScale.MAX).boxed().toList(),
                String::valueOf, p -> {
                    pressure = p;
                    pressureProblem.setText("");
                });
        pressureChips.select(pressure);
        pressureChips.addClassName("kiosk-scale-chips");
        Div pressureRow = new Div(label("session.pressure"), pressureChips, pressureProblem);
        pressureRow.addClassName("kiosk-record-row");

        ChoiceChips<Breathing> breathingChips = new ChoiceChips<>(Arrays.asList(Breathing.values()),
                b -> getTranslation(Touch.key("breathing.", b)), b -> breathing = b);
        breathingChips.select(breathing);
        Span count = new Span(breathCount == null ? "—" : breathCount.toString());
        count.addClassName("kiosk-breath-count");
        Button fewer = new Button("−", tap -> {
            breathCount = breathCount == null || breathCount <= 0 ? null : breathCount - 1;
            count.setText(breathCount == null ? "—" : breathCount.toString());
        });
        fewer.setAriaLabel(getTranslation("session.breaths.fewer"));
        Button more = new Button("+", tap -> {
            breathCount = breathCount == null ? 1 : Math.min(PainScale.BREATH_COUNT_MAX, breathCount + 1);
            count.setText(breathCount.toString());
        });
        more.setAriaLabel(getTranslation("session.breaths.more"));
        Div breaths = new Div(new Span(getTranslation("session.breaths")), fewer, count, more);
        breaths.addClassName("kiosk-breaths");
        Div breathingRow = new Div(label("session.breathing"), breathingChips, breaths);
        breathingRow.addClassName("kiosk-record-row");

        Div chips = new Div();
        chips.addClassName("kiosk-chips");
        for (NoteChip chip : NoteChip.values()) {
            Button button = new Button(getTranslation(Touch.key("note-chip.", chip)));
            button.addClassName("kiosk-chip");
            Touch.showPressed(button, noteChips.contains(chip));
            button.addClickListener(tap -> {
                if (!noteChips.remove(chip)) {
                    noteChips.add(chip);
                }
                Touch.showPressed(button, noteChips.contains(chip));
            });
            chips.add(button);
        }
        Div notesRow = new Div(label("session.notes"), chips, note);
        notesRow.addClassName("kiosk-record-row");

        Div recording = new Div(rangeRow, pressureRow, breathingRow, notesRow);
        recording.addClassName("kiosk-recording");
        return recording;
    }

    private Button stepButton(int step, Stretch stretch, Previous previous) {
        Button button = new Button((step > 0 ? "+" : "−") + Math.abs(step), tap -> {
            int from = range != null ? range : previous.lastRange() != null ? previous.lastRange() : startingRange(stretch);
            range = Math.max(stretch.rangeMin(), Math.min(stretch.rangeMax(), from + step));
            rangeProblem.setText("");
            rangeValue.setText(stretch.unit().format(range));
        });
        button.addClassName("kiosk-step");
        button.setAriaLabel(getTranslation(step > 0 ? "session.range.more" : "session.range.less", Math.abs(step)));
        return button;
    }

    /** Where the stepper starts for a client without an earlier range: the toes for reach, else mid-range. */
    private static int startingRange(Stretch stretch) {
        if (stretch.isPlausible(0) && stretch.unit() == com.stretchkiosk.catalog.MeasureUnit.CENTIMETRES) {
            return 0;
        }
        return (stretch.rangeMin() + stretch.rangeMax()) / 2;
    }

    private Div actions(Stretch stretch) {
        Button log = Touch.primary(getTranslation("session.log", repetition), tap -> logAttempt(Outcome.COMPLETED));
        log.addClassName("kiosk-log");
        Button skip = Touch.secondary(getTranslation("session.skip"), tap -> logAttempt(Outcome.SKIPPED));
        Div actions = new Div(log, skip);
        actions.addClassName("kiosk-active-actions");
        return actions;
    }

    private void logAttempt(Outcome outcome) {
        Stretch stretch = active;
        if (stretch == null) {
            return;
        }
        UUID factId = UUID.randomUUID();
        AttemptDraft draft = outcome == Outcome.SKIPPED
                ? AttemptDraft.skipped(factId, visitId, stretch.id(), side, repetition)
                : new AttemptDraft(factId, visitId, stretch.id(), side, repetition, outcome, range, pressure, breathing,
                        breathCount, heldSeconds, noteChips, note.getValue());
        Attempt stored;
        try {
            stored = visits.recordAttempt(draft);
        } catch (RecordingRefusedException refused) {
            showRefusal(refused.problems());
            return;
        } catch (VisitClosedException closed) {
            sheet = visits.refreshed(sheet);
            render();
            return;
        }
        String what = describe(stretch, stored);
        offerUndo(getTranslation(outcome == Outcome.SKIPPED ? "session.skipped" : "session.logged", what),
                new FactRef(FactRef.Kind.ATTEMPT, stored.factId()));
        sheet = visits.refreshed(sheet);
        advance(stretch);
    }

    /** After a logged repetition: the next repetition, then the other side, then back to the picker. */
    private void advance(Stretch stretch) {
        List<Side> sides = StretchPicker.sides(stretch);
        long done = sheet.attemptsOf(new StretchSide(stretch.id(), side)).size();
        if (done < stretch.repetitions()) {
            repetition = nextRepetition();
        } else {
            Side other = sides.stream().filter(s -> sheet.attemptsOf(new StretchSide(stretch.id(), s)).isEmpty())
                    .findFirst().orElse(null);
            if (other == null) {
                active = null;
            } else {
                side = other;
                repetition = nextRepetition();
            }
        }
        clearRecording();
        render();
    }

    private void showRefusal(Map<AttemptField, Problem> problems) {
        problems.forEach((field, problem) -> {
            String message = getTranslation(problem.messageKey(), problem.argumentArray());
            switch (field) {
                case RANGE -> rangeProblem.setText(message);
                case PRESSURE -> pressureProblem.setText(message);
                default -> Touch.refused(message);
            }
        });
    }

    // ---------------------------------------------------------------- STOP — sharp pain

    private void stopForPain() {
        Stretch stretch = active;
        if (stretch == null) {
            return;
        }
        if (timer != null) {
            timer.callJsFunction("stop");
        }
        PainStop painStop = visits.recordPainStop(new PainStopTap(UUID.randomUUID(), UUID.randomUUID(), visitId,
                stretch.id(), side, repetition, range, pressure, breathing, heldSeconds));
        String where = stretch.name() + (side == Side.NONE ? "" : ", " + getTranslation(Touch.key("session.side.", side)));
        offerUndo(getTranslation("session.stop.recorded", where), new FactRef(FactRef.Kind.PAIN_STOP, painStop.factId()));
        sheet = visits.refreshed(sheet);
        clearRecording();
        renderPicker();
        showActive();
        showStopPanel(painStop, where);
    }

    private void showStopPanel(PainStop painStop, String where) {
        overlay.removeAll();
        BodySide likely = side == Side.LEFT ? BodySide.LEFT : side == Side.RIGHT ? BodySide.RIGHT : BodySide.CENTRE;
        PainStopPanel panel = new PainStopPanel(getTranslation("session.stop.panel", where), likely,
                detail -> {
                    try {
                        visits.describePainStop(UUID.randomUUID(), visitId, painStop.id(), detail);
                        return true;
                    } catch (RecordingRefusedException refused) {
                        showRefusal(refused.problems());
                        return false;
                    }
                },
                () -> overlay.setVisible(false));
        overlay.add(panel);
        overlay.setVisible(true);
    }

    // ---------------------------------------------------------------- pain ratings, undo, end

    private void recordPain(PainMoment moment, int score, Runnable then) {
        UUID factId = UUID.randomUUID();
        try {
            visits.recordPain(factId, visitId, moment, score);
        } catch (RecordingRefusedException refused) {
            showRefusal(refused.problems());
            return;
        }
        offerUndo(getTranslation(moment == PainMoment.BEFORE ? "session.pain-before.saved" : "session.pain-after.saved", score),
                new FactRef(FactRef.Kind.PAIN_RATING, factId.toString()));
        sheet = visits.refreshed(sheet);
        then.run();
    }

    /** One toast at a time: the newest fact is the one a therapist wants to take back. */
    private void offerUndo(String saved, FactRef fact) {
        if (undoToast != null) {
            undoToast.close();
        }
        undoToast = Undo.offer(saved, getTranslation("session.undo"), () -> undo(fact));
    }

    private void undo(FactRef fact) {
        visits.undo(fact, VisitService.UNDO_REASON);
        sheet = visits.refreshed(sheet);
        if (active != null) {
            repetition = nextRepetition();
        }
        render();
        Touch.saved(getTranslation("session.undone"));
    }

    private void showEnd() {
        clearMain();
        H2 title = new H2(getTranslation("session.end.title"));
        ChoiceChips<Integer> after = new ChoiceChips<>(IntStream.rangeClosed(PainScale.MIN, PainScale.MAX).boxed().toList(),
                String::valueOf, score -> recordPain(PainMoment.AFTER, score, this::renderHeader));
        after.select(sheet.painAfter());
        after.addClassName("kiosk-scale-chips");
        after.addClassName("kiosk-scale-large");
        TextArea closingNote = new TextArea(getTranslation("session.end.note"));
        closingNote.setMaxLength(TextLimits.NOTE_MAX_LENGTH);
        closingNote.addClassName("kiosk-closing-note");
        Button finish = Touch.primary(getTranslation("session.end.finish"), tap -> {
            try {
                visits.end(visitId, closingNote.getValue());
            } catch (RecordingRefusedException refused) {
                Touch.showProblem(closingNote, refused.problems().values().iterator().next());
                return;
            }
            Touch.saved(getTranslation("session.end.saved"));
            toClient();
        });
        Button back = Touch.secondary(getTranslation("session.end.back"), tap -> render());
        Div actions = new Div(finish, back);
        actions.addClassName("kiosk-actions");
        Div panel = new Div(title, label("session.end.pain-after"), after, closingNote, summary(), actions);
        panel.addClassName("kiosk-session-end-panel");
        main.add(panel);
    }

    /** Stretches done today against last time, and the pain stops. */
    private Div summary() {
        Div summary = new Div(new H2(getTranslation("session.summary")));
        summary.addClassName("kiosk-summary");
        if (sheet.attempts().isEmpty()) {
            summary.add(new Paragraph(getTranslation("session.summary.none")));
            return summary;
        }
        for (Stretch stretch : stretches) {
            for (Side s : StretchPicker.sides(stretch)) {
                StretchSide key = new StretchSide(stretch.id(), s);
                List<Attempt> today = sheet.attemptsOf(key);
                if (today.isEmpty()) {
                    continue;
                }
                String name = stretch.name() + (s == Side.NONE ? "" : " " + getTranslation(Touch.key("session.side.", s)));
                Attempt last = today.getLast();
                String result = switch (last.outcome()) {
                    case SKIPPED -> getTranslation("session.summary.skipped");
                    case STOPPED_FOR_PAIN -> getTranslation("session.summary.pain-stop",
                            last.range() == null ? "—" : stretch.unit().format(last.range()));
                    case COMPLETED -> comparison(stretch, today, sheet.previous(key));
                };
                Paragraph line = new Paragraph(name + ": " + result);
                line.addClassName(last.outcome() == Outcome.STOPPED_FOR_PAIN ? "kiosk-summary-pain" : "kiosk-summary-line");
                summary.add(line);
            }
        }
        return summary;
    }

    private String comparison(Stretch stretch, List<Attempt> today, Previous previous) {
        Integer best = today.stream().map(Attempt::range).filter(java.util.Objects::nonNull).max(Integer::compare).orElse(null);
        if (best == null) {
            return getTranslation("session.summary.done");
        }
        String value = stretch.unit().format(best);
        if (previous.lastRange() == null) {
            return value;
        }
        int change = best - previous.lastRange();
        return getTranslation("session.summary.versus", value, stretch.unit().format(previous.lastRange()),
                (change > 0 ? "+" : change < 0 ? "−" : "±") + Math.abs(change));
    }

    private void showEnded() {
        clearMain();
        Paragraph ended = new Paragraph(getTranslation("session.ended", time.dateTime(sheet.visit().endedAt() == null
                ? sheet.visit().startedAt() : sheet.visit().endedAt())));
        ended.addClassName("kiosk-session-prompt");
        main.add(ended, summary(), Touch.primary(getTranslation("session.to-client"), tap -> toClient()));
    }

    private void toClient() {
        long clientId = sheet.visit().clientId();
        getUI().ifPresent(ui -> ui.navigate("clients/" + clientId));
    }

    private String describe(Stretch stretch, Attempt attempt) {
        StringBuilder text = new StringBuilder(stretch.name());
        if (attempt.side() != Side.NONE) {
            text.append(", ").append(getTranslation(Touch.key("session.side.", attempt.side())));
        }
        if (stretch.repetitions() > 1) {
            text.append(", ").append(getTranslation("session.rep.short", attempt.repetition()));
        }
        if (attempt.range() != null) {
            text.append(": ").append(stretch.unit().format(attempt.range()));
        }
        return text.toString();
    }

    private Span label(String key, Object... arguments) {
        Span label = new Span(getTranslation(key, arguments));
        label.addClassName("kiosk-record-label");
        return label;
    }

    private VisitSheet emptySheet() {
        return new VisitSheet(new Visit(0, 0, "", null, 0, "", time.now(), null, null), List.of(), null, null, Map.of());
    }
}
