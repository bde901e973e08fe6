package com.stretchkiosk.display.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.stretchkiosk.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.stretchkiosk.KioskTest;
import com.stretchkiosk.base.DisplayUser;
import com.stretchkiosk.base.ui.HoldTimer;
import com.stretchkiosk.base.ui.Lock;
import com.stretchkiosk.client.ClientDraft;
import com.stretchkiosk.client.ClientService;
import com.stretchkiosk.display.DisplayScene;
import com.stretchkiosk.display.DisplayService;
import com.stretchkiosk.therapist.DeviceService;
import com.stretchkiosk.therapist.TherapistService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteConfiguration;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A client display: its own role and screen only, pairing by the tablet's code, following the tablet's session. */
class ClientDisplayTest extends KioskTest {

    @Autowired
    DeviceService devices;

    @Autowired
    DisplayService displays;

    @Autowired
    ClientService clients;

    @Autowired
    TherapistService therapists;

    @Autowired
    DSLContext db;

    private long tablet;
    private DisplayUser display;

    @BeforeEach
    void tabletAndDisplay() {
        tablet = devices.recognise(devices.enrol(unique("Table"))).orElseThrow().id();
        var enrolled = devices.recogniseDisplay(devices.enrolDisplay(unique("Wall TV"))).orElseThrow();
        display = new DisplayUser(enrolled.id(), enrolled.label());
    }

    @Test
    void a_display_opens_its_own_screen_and_no_other_whatever_the_address() {
        signIn(display);
        List<String> addresses = new java.util.ArrayList<>(RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(route -> route.getTemplate().replaceAll(":[A-Za-z]+(\\([^)]*\\))?\\??", "1")).toList());
        addresses.addAll(List.of("", "no-such-page"));
        assertThat(addresses).contains("clients/1", "sessions/1", "manager/tablets", "lock", "login");
        for (String address : addresses) {
            UI.getCurrent().navigate(address);
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).as(address)
                    .isInstanceOf(DisplayView.class);
        }

        signIn(testManager());
        UI.getCurrent().navigate("display");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).as("a manager is no display")
                .isNotInstanceOf(DisplayView.class);
    }

    @Test
    void a_browser_made_a_display_in_the_same_tab_never_locks() {
        signIn(testManager());
        UI.getCurrent().navigate("manager/tablets");
        assertThat(UI.getCurrent().getChildren().anyMatch(com.stretchkiosk.base.ui.Lock.class::isInstance)).as("a tablet locks").isTrue();
        signIn(display);
        UI.getCurrent().navigate("display");
        assertThat(UI.getCurrent().getChildren().noneMatch(com.stretchkiosk.base.ui.Lock.class::isInstance))
                .as("the idle lock goes with the manager: a display never locks").isTrue();
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(DisplayView.class);
    }

    @Test
    void the_tablet_shows_a_code_the_display_types_it_and_the_tablet_unpairs_it() {
        onTheTablet();
        startSessionAndSkipPainBefore();
        tap("Pair a client display");
        String digits = _get(Span.class, spec -> spec.withClasses("kiosk-pairing-digits")).getText();
        assertThat(digits).matches("[0-9]{3} [0-9]{3}");

        signIn(display);
        UI.getCurrent().navigate("display");
        TextField code = _get(TextField.class, spec -> spec.withLabel("Code from the tablet"));
        _setValue(code, "12345");
        tap("Pair with the tablet");
        assertThat(code.getErrorMessage()).isEqualTo("The code is 6 digits.");
        _setValue(code, other(digits));
        tap("Pair with the tablet");
        assertThat(code.getErrorMessage()).isEqualTo("No tablet shows that code (any more): ask the tablet for a new one.");
        _setValue(code, digits);
        tap("Pair with the tablet");
        assertThat(code.isInvalid()).isFalse();
        assertThat(code.getParent().orElseThrow().isVisible()).as("the code form is gone").isFalse();
        assertThat(displays.displaysOf(tablet)).extracting(d -> d.id()).containsExactly(display.deviceId());
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("DISPLAY_PAIRED").and(AUDIT_EVENT.OUTCOME.eq("OK"))
                .and(AUDIT_EVENT.DEVICE_ID.eq(display.deviceId())))).isEqualTo(1);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("DISPLAY_PAIRED").and(AUDIT_EVENT.OUTCOME.eq("DENIED"))
                .and(AUDIT_EVENT.DEVICE_ID.eq(display.deviceId())))).as("the wrong code, audited").isEqualTo(2);

        signIn(testManager());
        UI.getCurrent().navigate("");   // another browser: the first display's screen goes
        var second = devices.recogniseDisplay(devices.enrolDisplay(unique("Spare tablet"))).orElseThrow();
        signIn(new DisplayUser(second.id(), second.label()));
        UI.getCurrent().navigate("display");
        code = _get(TextField.class, spec -> spec.withLabel("Code from the tablet"));
        _setValue(code, digits);
        tap("Pair with the tablet");
        assertThat(code.isInvalid()).as("a code serves once").isTrue();

        onTheTablet();
        UI.getCurrent().navigate("clients/" + clientId);
        tap("Resume the open session");
        tap("Skip");
        assertThat(_get(Span.class, spec -> spec.withText("Followed by “" + display.label() + "”"))).isNotNull();
        tap("Unpair");
        assertThat(displays.display(display.deviceId()).orElseThrow().paired()).isFalse();
        assertThat(_find(Span.class, spec -> spec.withText("Followed by “" + display.label() + "”"))).isEmpty();
    }

    @Test
    void five_wrong_codes_pause_the_display_and_a_code_lasts_five_minutes() {
        onTheTablet();
        String right = displays.pairingCode().digits();
        signIn(display);
        for (int i = 0; i < 5; i++) {
            assertThat(refusal(other(right))).isEqualTo("display.pair.wrong");
        }
        assertThat(refusal(right)).as("paused, even for the right code").isEqualTo("display.pair.paused");
        clock.advance(Duration.ofSeconds(61));
        assertThat(refusal(right)).isNull();

        onTheTablet();
        String late = displays.pairingCode().digits();
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        signIn(display);
        assertThat(refusal(late)).as("expired").isEqualTo("display.pair.wrong");
    }

    @Test
    void a_therapist_on_another_tablet_cannot_unpair_a_display_and_a_tablet_cannot_pair_itself() {
        long otherTablet = devices.recognise(devices.enrol(unique("Table"))).orElseThrow().id();
        onTheTablet();
        String digits = displays.pairingCode().digits();
        assertThat(refusal(digits)).as("a tablet is no display").isEqualTo("display.pair.not-a-display");
        signIn(display);
        assertThat(refusal(digits)).isNull();
        long other = therapists.add(unique("Mira")).id();
        signIn(new com.stretchkiosk.base.StudioUser(other, "Mira", com.stretchkiosk.base.StudioUser.THERAPIST, "", otherTablet));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> displays.unpair(display.deviceId()))
                .isInstanceOf(com.stretchkiosk.display.DisplayRefusedException.class);
        assertThat(displays.display(display.deviceId()).orElseThrow().paired()).isTrue();
    }

    @Test
    void the_display_follows_the_session_and_is_never_sent_the_clients_name() {
        pairDisplay();
        List<DisplayScene> scenes = new CopyOnWriteArrayList<>();
        Runnable stop = displays.follow(display.deviceId(), scenes::add);
        try {
            onTheTablet();
            startSessionAndSkipPainBefore();
            await(() -> last(scenes).kind() == DisplayScene.Kind.RELAX);

            pick("Levator scapulae");
            await(() -> last(scenes).kind() == DisplayScene.Kind.STRETCH);
            DisplayScene stretch = last(scenes);
            assertThat(stretch.title()).isEqualTo("Levator scapulae");
            assertThat(stretch.side()).isEqualTo("Left");
            assertThat(stretch.holdStartedAt()).isNull();

            HoldTimer timer = _get(HoldTimer.class);
            long startedAt = System.currentTimeMillis();
            com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(timer.getElement(), new com.vaadin.flow.dom.DomEvent(
                    timer.getElement(), "hold-started", tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                            .put("event.detail.at", (double) startedAt)));
            await(() -> last(scenes).holdStartedAt() != null);
            assertThat(last(scenes).holdStartedAt()).isEqualTo(startedAt);

            tap("STOP — sharp pain");
            await(() -> last(scenes).kind() == DisplayScene.Kind.RELAX);

            Lock.lockNow();
            await(() -> last(scenes).kind() == DisplayScene.Kind.BLANK);
            assertThat(scenes).allSatisfy(scene -> assertThat(scene.toString()).doesNotContain(clientName).doesNotContain("Elif"));
        } finally {
            stop.run();
        }
    }

    @Test
    void the_display_screen_shows_the_stretch_relax_and_nothing_as_the_tablet_says() {
        pairDisplay();
        signIn(display);
        UI.getCurrent().navigate("display");
        displays.show(tablet, new DisplayScene(DisplayScene.Kind.STRETCH, "Hamstring stretch", "Right", 30, 4, 1_000L, null, 6, 500L));
        await(() -> "Hamstring stretch".equals(_get(H1.class).getText()));
        HoldTimer timer = _get(HoldTimer.class);
        assertThat(timer.getElement().getAttribute("started-at")).isEqualTo("1000");
        assertThat(timer.getElement().getAttribute("seconds")).isEqualTo("30");
        assertThat(timer.getElement().hasAttribute("follow")).isTrue();

        displays.show(tablet, DisplayScene.relax(6, 500L));
        await(() -> "Relax".equals(_get(H1.class).getText()));
        assertThat(timer.isVisible()).isFalse();

        displays.show(tablet, DisplayScene.BLANK);
        await(() -> "Stretch Kiosk".equals(_get(H1.class).getText()));
    }

    private String clientName = "";
    private long clientId;

    private void onTheTablet() {
        signIn(testManager().onDevice(tablet));
    }

    private void pairDisplay() {
        onTheTablet();
        String digits = displays.pairingCode().digits();
        signIn(display);
        displays.pair(digits);
    }

    private void startSessionAndSkipPainBefore() {
        clientName = unique("Elif Kaya");
        clientId = clients.create(new ClientDraft(clientName, null, 1980, null, null)).id();
        String therapist = unique("Jonas");
        therapists.add(therapist);
        UI.getCurrent().navigate("clients/" + clientId);
        tap("Start session");
        tap(therapist);
        tap("Skip");
    }

    /** The message key a pairing with this code is refused with, or null when it pairs. */
    private String refusal(String digits) {
        try {
            displays.pair(digits);
            return null;
        } catch (com.stretchkiosk.display.DisplayRefusedException refused) {
            return refused.problem().messageKey();
        }
    }

    /** Another six digits than these. */
    private static String other(String digits) {
        String plain = digits.replace(" ", "");
        return (plain.charAt(0) == '9' ? "1" : "9") + plain.substring(1);
    }

    private static DisplayScene last(List<DisplayScene> scenes) {
        return scenes.isEmpty() ? DisplayScene.BLANK : scenes.getLast();
    }

    /** Scenes reach displays on a thread of their own: waits (running the UI's queue) until the condition holds. */
    private static void await(BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            MockVaadin.runUIQueue();
            if (condition.getAsBoolean()) {
                return;
            }
            assertThat(System.nanoTime()).as("waited 5 s for the display").isLessThan(until);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Taps the stretch's tile in the session's picker. */
    private static void pick(String name) {
        com.stretchkiosk.visit.ui.OnSessionScreen.pick(name);
    }

    private static void tap(String text) {
        com.stretchkiosk.visit.ui.OnSessionScreen.press(_find(Button.class, spec -> spec.withText(text)).stream()
                .filter(b -> b.isVisible() && !com.stretchkiosk.visit.ui.OnSessionScreen.outOfSight(b)).findFirst().orElseThrow(
                () -> new AssertionError("no button " + text)));
    }
}
