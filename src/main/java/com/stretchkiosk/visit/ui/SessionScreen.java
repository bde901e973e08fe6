package com.stretchkiosk.visit.ui;

import com.stretchkiosk.base.ui.Landmark;
import com.stretchkiosk.base.ui.ServerTime;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.therapist.KeyMap;
import com.stretchkiosk.visit.PainStop;
import com.stretchkiosk.visit.SessionCourse;
import com.stretchkiosk.visit.SessionFacts;
import com.stretchkiosk.visit.StopCaution;
import com.stretchkiosk.visit.Visit;
import com.stretchkiosk.visit.VisitSheet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One session as one tablet's screen shows it: the header, the picker, the main area and the strip, drawn from the
 * course ({@link SessionCourse}, where the rules live) and kept in step with it after every tap, every fact from
 * another tablet and every answer of the chain. {@link SessionView} is its page.
 */
final class SessionScreen implements SessionTaps.Screen {

    private final Component page;
    private final SessionServices services;
    private final FeedbackStrip strip;
    private final SessionMain main = new SessionMain();
    private final AwakeScreen awake = new AwakeScreen();
    private SessionCourse course = new SessionCourse(new VisitSheet(new SessionFacts(
            new Visit(0, 0, "", null, 0, "", Instant.EPOCH, null, null), List.of(), null, null, 0), Map.of(), List.of()));
    private SessionText text;
    private SessionTaps taps;
    private @Nullable SessionHeader header;
    private @Nullable StretchPicker picker;
    private List<Stretch> stretches = List.of();
    /** This tablet's pedal and clicker keys (a manager sets them under Tablets). */
    private KeyMap keys = KeyMap.DEFAULT;
    /** What this tablet's client displays show. */
    private ClientDisplayFeed clientDisplays;

    SessionScreen(Component page, SessionServices services) {
        this.page = page;
        this.services = services;
        this.strip = new FeedbackStrip(services.clock());
        this.clientDisplays = new ClientDisplayFeed(services.displays(), null);
        this.text = new SessionText(page, services.time(), services.measures(), Map.of());
        this.taps = new SessionTaps(services.visits(), strip, text, this);
    }

    /**
     * The session opened on this tablet (its keys and displays), where it stood on it before a lock or a reload: the
     * parts of the page, in their order, and the note that was being typed.
     */
    Opened open(VisitSheet sheet, @Nullable Long tabletId, VaadinSession session) {
        List<Stretch> all = services.catalog().allStretches();
        stretches = all.stream().filter(stretch -> !stretch.retired()).toList();
        text = new SessionText(page, services.time(), services.measures(), all.stream().collect(Collectors.toMap(Stretch::id, s -> s)));
        taps = new SessionTaps(services.visits(), strip, text, this);
        course = new SessionCourse(sheet);
        keys = tabletId == null ? KeyMap.DEFAULT : services.devices().keyMap(tabletId);
        clientDisplays = new ClientDisplayFeed(services.displays(), tabletId);
        page.getElement().setAttribute("data-keys", keys.toJson());
        String draftNote = SessionPosition.resume(session, course, stretches);
        header = new SessionHeader(services.time(), sheet.visit(), this::toClient, this::showCautions, () -> {
            course.endRequested();
            update();
        }, strip::info);
        picker = new StretchPicker(stretches, text, this::pick);
        Div body = new Div(picker, main);
        body.addClassName("kiosk-session-body");
        Landmark.main(body);
        strip.clear();
        return new Opened(List.of(header, body, strip, new ServerTime()), draftNote);
    }

    /** The page's parts in their order, and the note that was being typed, for once they are on the page. */
    record Opened(List<Component> parts, String draftNote) {
    }

    /** The parts are on the page: drawn where the course stands, with the note that was being typed. */
    void shown(String draftNote) {
        update();
        ActiveStretch active = main.active();
        if (active != null && !draftNote.isEmpty()) {
            active.form().setNote(draftNote);
        }
    }

    @Override
    public SessionCourse course() {
        return course;
    }

    /** A pedal's or clicker's "next": the course decides what comes next. */
    void next() {
        course.moveOn(stretches);
        update();
    }

    /**
     * The screen is on the tablet: at a studio of a chain, the client's pain stops at its other studios join the
     * cautions once the hub answers; other tablets' taps arrive by push (this tablet's own already show). Returns what
     * stops listening.
     */
    Runnable attached(UI ui) {
        awake.set(course.step() != SessionCourse.Step.ENDED, java.util.Optional.of(ui));
        text.otherStudios().ask(services.hub(), course.sheet().visit().clientId(), stretches, ui, page, services.time(),
                services.measures(), this::stopsElsewhere);
        return services.visits().listen(course.sheet().visit().id(), facts -> UI.getCurrent() != ui,
                facts -> ui.access(() -> apply(facts)));
    }

    private void stopsElsewhere(List<StopCaution> elsewhere) {
        course.changed(course.sheet().withStopsElsewhere(elsewhere));
        boolean between = course.step() == SessionCourse.Step.PICK || course.step() == SessionCourse.Step.PAIN_BEFORE;
        if (between && course.openStop() == null) {
            update();
        } else {
            showFacts();
        }
    }

    /** Facts stored by any tablet: shown unless this screen already shows them (its own tap) or newer ones. */
    private void apply(SessionFacts facts) {
        if (facts.revision() <= course.sheet().facts().revision()) {
            return;
        }
        boolean wasOpen = course.sheet().visit().isOpen();
        course.changed(course.sheet().withFacts(facts));
        if (wasOpen && !facts.visit().isOpen()) {
            strip.clear();
            update();
            return;
        }
        followFacts();
    }

    /** The page left the tablet (a lock, a reload, another screen): nothing stays awake or on a display, the draft is kept. */
    void left(UI ui, @Nullable VaadinSession session) {
        awake.set(false, java.util.Optional.of(ui));
        clientDisplays.blank();
        strip.clear();
        keepDraft(session);
    }

    private void keepAwake() {
        awake.set(course.step() != SessionCourse.Step.ENDED, page.getUI());
    }

    /** The session's draft on this tablet (stretch, side, the note being typed), kept on the server for a lock or a reload. */
    private void keepDraft(@Nullable VaadinSession session) {
        if (session != null) {
            ActiveStretch active = main.active();
            SessionPosition.keep(session, course, active == null ? null : active.form().note());
        }
    }

    private void pick(Stretch stretch) {
        if (course.step() != SessionCourse.Step.ENDED) {
            course.pick(stretch);
            update();
        }
    }

    private void showCautions() {
        ActiveStretch active = main.active();
        if (active != null && !active.showsPanel()) {
            active.showPanel(new CautionList(course.sheet(), text).closable(active::hidePanel));
        } else if (active == null && course.openStop() == null) {
            update();
        }
    }

    @Override
    public @Nullable ActiveStretch active() {
        return main.active();
    }

    @Override
    public void showFacts() {
        Objects.requireNonNull(header).show(course.sheet(), text.otherStudios().count());
        Stretch shown = course.active();
        Objects.requireNonNull(picker).show(course.sheet(), shown == null ? null : shown.id());
    }

    @Override
    public void followFacts() {
        ActiveStretch active = main.active();
        Stretch on = course.active();
        boolean moved = course.step() != SessionCourse.Step.STRETCH || on == null ? active != null
                : active == null || active.stretch().id() != on.id() || active.side() != course.side();
        if (moved) {
            update();
            return;
        }
        showFacts();
        if (active != null) {
            active.showSlot(course);
        }
        clientDisplays.show(course, main.shownPanel());
    }

    @Override
    public @Nullable ActiveStretch stretchPanel() {
        return main.shownPanel();
    }

    @Override
    public void update() {
        showFacts();
        keepAwake();
        main.show(course, this::newStretchPanel, new SessionMain.Parts(text, taps, stretches, services.time(), services.displays(),
                clientDisplays.tabletId(), this::update, this::toClient));
        PainStop open = course.openStop();
        if (open != null) {
            taps.showStopPanel(open);
        }
        clientDisplays.show(course, main.shownPanel());
        keepDraft(VaadinSession.getCurrent());
    }

    private ActiveStretch newStretchPanel() {
        return new ActiveStretch(text.measures(), keys, new ActiveStretch.Taps(tap -> taps.log(tap, false), tap -> taps.log(tap, true),
                taps::stop, side -> {
                    course.chooseSide(side);
                    update();
                }, () -> {
                    course.chooseExtra();
                    update();
                }, () -> clientDisplays.show(course, main.shownPanel()), note -> keepDraft(VaadinSession.getCurrent())));
    }

    @Override
    public void show(Component panel) {
        main.showInPlace(panel);
    }

    @Override
    public void toClient() {
        long clientId = course.sheet().visit().clientId();
        page.getUI().ifPresent(ui -> ui.navigate("clients/" + clientId));
    }
}
