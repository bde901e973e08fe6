package com.stretchkiosk.visit.ui;

import jakarta.annotation.security.RolesAllowed;
import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.base.StudioUser;
import com.stretchkiosk.base.ui.Landmark;
import com.stretchkiosk.base.ui.ServerTime;
import com.stretchkiosk.catalog.CatalogService;
import com.stretchkiosk.catalog.Measures;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.chain.HubSyncService;
import com.stretchkiosk.display.DisplayService;
import com.stretchkiosk.therapist.DeviceService;
import com.stretchkiosk.therapist.KeyMap;
import com.stretchkiosk.visit.PainStop;
import com.stretchkiosk.visit.SessionCourse;
import com.stretchkiosk.visit.SessionFacts;
import com.stretchkiosk.visit.Visit;
import com.stretchkiosk.visit.VisitService;
import com.stretchkiosk.visit.VisitSheet;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The screen at the stretch table: a header, the stretch picker, the main area (pain before, the active
 * stretch, the end, an ended session) and one feedback strip. The session's rules live in
 * {@link SessionCourse}, the taps in {@link SessionTaps}; every other tablet showing the session is handed
 * the facts of each tap by server push.
 */
@RolesAllowed(StudioUser.THERAPIST)
@Route("sessions/:" + SessionView.VISIT_ID + "([0-9]{1,18})")
public class SessionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String VISIT_ID = "visitId";
    static final String CLIENT_ID = "clientId";

    private final VisitService visits;
    private final CatalogService catalog;
    private final StudioTime time;
    private final Measures measures;
    private final FeedbackStrip strip;
    private final SessionMain main = new SessionMain();
    private final Screen screen = new Screen();
    private SessionCourse course = new SessionCourse(new VisitSheet(new SessionFacts(
            new Visit(0, 0, "", null, 0, "", Instant.EPOCH, null, null), List.of(), null, null, 0), Map.of(), List.of()));
    private SessionText text;
    private SessionTaps taps;
    private @Nullable SessionHeader header;
    private @Nullable StretchPicker picker;
    private List<Stretch> stretches = List.of();
    private @Nullable Runnable stopListening;
    private final DeviceService devices;
    /** This tablet's pedal and clicker keys (a manager sets them under Tablets). */
    private KeyMap keys = KeyMap.DEFAULT;
    private final AwakeScreen awake = new AwakeScreen();
    private final DisplayService displays;
    private final HubSyncService hub;
    /** What this tablet's client displays show. */
    private ClientDisplayFeed clientDisplays;

    public SessionView(VisitService visits, CatalogService catalog, StudioTime time, Measures measures, Clock clock,
            DeviceService devices, DisplayService displays, HubSyncService hub) {
        this.hub = hub;
        this.visits = visits;
        this.displays = displays;
        this.clientDisplays = new ClientDisplayFeed(displays, null);
        this.devices = devices;
        this.measures = measures;
        this.catalog = catalog;
        this.time = time;
        this.strip = new FeedbackStrip(clock);
        this.text = new SessionText(this, time, measures, Map.of());
        this.taps = new SessionTaps(visits, strip, text, screen);
        addClassName("kiosk-session");
        // A pedal or clicker drives the session like taps (session.js); "next" is the course's to decide.
        getElement().addEventListener("kiosk-next", next -> {
            course.moveOn(stretches);
            screen.update();
        });
    }

    static RouteParameters parameters(long visitId) {
        return new RouteParameters(VISIT_ID, Long.toString(visitId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // An unknown session throws VisitNotFoundException, which the router shows as the calm not-found page.
        VisitSheet sheet = visits.open(event.getRouteParameters().getLong(VISIT_ID).orElseThrow());
        List<Stretch> all = catalog.allStretches();
        stretches = all.stream().filter(stretch -> !stretch.retired()).toList();
        Map<Long, Stretch> names = all.stream().collect(Collectors.toMap(Stretch::id, s -> s));
        text = new SessionText(this, time, measures, names);
        taps = new SessionTaps(visits, strip, text, screen);
        course = new SessionCourse(sheet);
        Long tabletId = StudioUser.current().map(StudioUser::deviceId).orElse(null);
        keys = tabletId == null ? KeyMap.DEFAULT : devices.keyMap(tabletId);
        clientDisplays = new ClientDisplayFeed(displays, tabletId);
        getElement().setAttribute("data-keys", keys.toJson());
        String draftNote = SessionPosition.resume(VaadinSession.getCurrent(), course, stretches);
        header = new SessionHeader(time, sheet.visit(), screen::toClient, this::showCautions, () -> {
            course.endRequested();
            screen.update();
        }, strip::info);
        picker = new StretchPicker(stretches, text, this::pick);
        Div body = new Div(picker, main);
        body.addClassName("kiosk-session-body");
        Landmark.main(body);
        removeAll();
        strip.clear();
        add(header, body, strip, new ServerTime());
        screen.update();
        ActiveStretch active = main.active();
        if (active != null && !draftNote.isEmpty()) {
            active.form().setNote(draftNote);
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        ui.getPage().addJavaScript(ServerTime.SCRIPT);
        awake.set(course.step() != SessionCourse.Step.ENDED, java.util.Optional.of(ui));
        // At a studio of a chain: the client's pain stops at its other studios join the cautions once the hub answers.
        text.otherStudios().ask(hub, course.sheet().visit().clientId(), stretches, ui, this, time, measures, elsewhere -> {
            course.changed(course.sheet().withStopsElsewhere(elsewhere));
            boolean between = course.step() == SessionCourse.Step.PICK || course.step() == SessionCourse.Step.PAIN_BEFORE;
            if (between && course.openStop() == null) {
                screen.update();
            } else {
                screen.showFacts();
            }
        });
        // This tablet's own taps already show their facts: only other tablets' taps come by push.
        stopListening = visits.listen(course.sheet().visit().id(), facts -> UI.getCurrent() != ui,
                facts -> ui.access(() -> apply(facts)));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (stopListening != null) {
            stopListening.run();
        }
        awake.set(false, java.util.Optional.of(detach.getUI()));
        clientDisplays.blank();
        strip.clear();
        keepDraft(detach.getSession());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("session.title", course.sheet().visit().clientName());
    }

    /** The session's draft on this tablet (stretch, side, the note being typed), kept on the server for a lock or a reload. */
    private void keepDraft(@Nullable VaadinSession session) {
        if (session != null) {
            ActiveStretch active = main.active();
            SessionPosition.keep(session, course, active == null ? null : active.form().note());
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
            screen.update();
            return;
        }
        screen.followFacts();
    }

    private void pick(Stretch stretch) {
        if (course.step() != SessionCourse.Step.ENDED) {
            course.pick(stretch);
            screen.update();
        }
    }

    private void showCautions() {
        ActiveStretch active = main.active();
        if (active != null && !active.showsPanel()) {
            active.showPanel(new CautionList(course.sheet(), text).closable(active::hidePanel));
        } else if (active == null && course.openStop() == null) {
            screen.update();
        }
    }

    /** The screen as the taps see it. */
    private final class Screen implements SessionTaps.Screen {

        @Override
        public SessionCourse course() {
            return course;
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
            awake.set(course.step() != SessionCourse.Step.ENDED, getUI());
            main.show(course, this::newStretchPanel, new SessionMain.Parts(text, taps, stretches, time, displays, clientDisplays.tabletId(),
                    this::update, this::toClient));
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
            getUI().ifPresent(ui -> ui.navigate("clients/" + clientId));
        }
    }
}
