package com.stretchkiosk.therapist.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.stretchkiosk.db.Tables.AUDIT_EVENT;
import static com.stretchkiosk.db.Tables.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.stretchkiosk.KioskTest;
import com.stretchkiosk.base.StudioUser;
import com.stretchkiosk.base.ui.Lock;
import com.stretchkiosk.client.ClientDraft;
import com.stretchkiosk.client.ClientService;
import com.stretchkiosk.client.ui.ClientDetailsView;
import com.stretchkiosk.therapist.DeviceService;
import com.stretchkiosk.therapist.Pin;
import com.stretchkiosk.therapist.PinCheck;
import com.stretchkiosk.therapist.Therapist;
import com.stretchkiosk.therapist.TherapistService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.Cookie;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A shared tablet: enrolment, PIN switching, the 10-failure rule, and the lock that hides client data. */
class LockAndPinTest extends KioskTest {

    @Autowired
    TherapistService therapists;

    @Autowired
    DeviceService devices;

    @Autowired
    ClientService clients;

    @Autowired
    DSLContext db;

    @Test
    void a_locked_tablet_shows_only_the_lock_screen_whatever_the_url() {
        long clientId = clients.create(new ClientDraft(unique("Locked Client"), null, null, "Whiplash", null)).id();
        UI.getCurrent().navigate("clients/" + clientId);
        _click(_get(Button.class, spec -> spec.withText("Lock")));

        for (String path : new String[] {"", "clients/" + clientId, "clients/" + clientId + "/history", "manager/audit"}) {
            UI.getCurrent().navigate(path);
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).as(path).isInstanceOf(LockView.class);
            assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("Locked Client").doesNotContain("Whiplash");
        }
    }

    @Test
    void on_an_enrolled_tablet_a_therapist_unlocks_with_their_pin_and_returns_where_the_tablet_was() {
        String credential = devices.enrol(unique("Table"));
        ((FakeRequest) VaadinServletRequest.getCurrent().getRequest()).setCookiesInt(new Cookie[] {new Cookie(TabletSignIn.COOKIE, credential)});
        Therapist therapist = therapists.add(unique("Priya"));
        therapists.setPin(therapist.id(), "482916", "482916");
        long clientId = clients.create(new ClientDraft(unique("Resumed Client"), null, null, null, null)).id();
        UI.getCurrent().navigate("clients/" + clientId);
        Lock.lockNow();

        _click(_get(Button.class, spec -> spec.withText(therapist.displayName())));
        for (char digit : "482916".toCharArray()) {
            _click(_get(Button.class, spec -> spec.withText(String.valueOf(digit))));
        }
        _click(_get(Button.class, spec -> spec.withText("OK")));

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(ClientDetailsView.class);
        assertThat(StudioUser.current().map(StudioUser::id)).contains(therapist.id());
        assertThat(db.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("CLIENT_VIEWED").and(AUDIT_EVENT.ACTOR_ID.eq(therapist.id()))
                .and(AUDIT_EVENT.DEVICE_ID.isNotNull()))).as("what a therapist does on a tablet names the tablet").isTrue();
        assertThat(db.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("PIN_SIGN_IN").and(AUDIT_EVENT.OUTCOME.eq("OK"))
                .and(AUDIT_EVENT.ACTOR_ID.eq(therapist.id())).and(AUDIT_EVENT.DEVICE_ID.isNotNull()))).isTrue();
    }

    @Test
    void a_therapist_unlocking_where_a_manager_locked_on_a_manager_screen_lands_on_the_client_list() {
        String credential = devices.enrol(unique("Table"));
        ((FakeRequest) VaadinServletRequest.getCurrent().getRequest()).setCookiesInt(new Cookie[] {new Cookie(TabletSignIn.COOKIE, credential)});
        Therapist therapist = therapists.add(unique("Noor"));
        therapists.setPin(therapist.id(), "318264", "318264");
        UI.getCurrent().navigate("manager/tablets");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(TabletsView.class);
        Lock.lockNow();

        _click(_get(Button.class, spec -> spec.withText(therapist.displayName())));
        for (char digit : "318264".toCharArray()) {
            _click(_get(Button.class, spec -> spec.withText(String.valueOf(digit))));
        }
        _click(_get(Button.class, spec -> spec.withText("OK")));

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .as("not \"This screen is for managers\"").isInstanceOf(com.stretchkiosk.client.ui.ClientsView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEmpty();
    }

    @Test
    void ten_wrong_pins_in_a_row_disable_the_pin_until_a_manager_sets_a_new_one() {
        String credential = devices.enrol(unique("Table"));
        long deviceId = devices.recognise(credential).orElseThrow().id();
        Therapist therapist = therapists.add(unique("Jonas"));
        therapists.setPin(therapist.id(), "739184", "739184");

        for (int attempt = 1; attempt < Pin.MAX_FAILURES; attempt++) {
            PinCheck wrong = therapists.checkPin(therapist.id(), "000017", deviceId);
            assertThat(wrong.outcome()).isEqualTo(PinCheck.Outcome.WRONG);
            assertThat(wrong.failures()).isEqualTo(attempt);
        }
        assertThat(therapists.checkPin(therapist.id(), "000017", deviceId).outcome()).isEqualTo(PinCheck.Outcome.DISABLED);
        assertThat(therapists.checkPin(therapist.id(), "739184", deviceId).outcome()).as("even the right PIN").isEqualTo(PinCheck.Outcome.DISABLED);
        assertThat(db.fetchValue(THERAPIST.PIN_DISABLED_AT, THERAPIST.ID.eq(therapist.id()))).isNotNull();
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR_ID.eq(therapist.id()).and(AUDIT_EVENT.OUTCOME.eq("DENIED"))
                .and(AUDIT_EVENT.DEVICE_ID.eq(deviceId)))).isEqualTo(Pin.MAX_FAILURES + 1);

        therapists.setPin(therapist.id(), "739184", "739184");
        assertThat(therapists.checkPin(therapist.id(), "739184", deviceId).outcome()).isEqualTo(PinCheck.Outcome.OK);
    }

    @Test
    void a_therapist_signed_in_by_pin_starts_a_session_as_themselves() {
        Therapist therapist = therapists.add(unique("Mara"));
        long clientId = clients.create(new ClientDraft(unique("Own Session"), null, null, null, null)).id();
        signIn(new StudioUser(therapist.id(), therapist.displayName(), StudioUser.THERAPIST, "", 1L));
        UI.getCurrent().navigate("clients/" + clientId + "/session");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(com.stretchkiosk.visit.ui.SessionView.class);
        assertThat(db.fetchValue(com.stretchkiosk.db.Tables.VISIT.THERAPIST_ID, com.stretchkiosk.db.Tables.VISIT.CLIENT_ID.eq(clientId)))
                .isEqualTo(therapist.id());
    }

    @Test
    void a_pin_typed_on_a_pin_pad_left_open_after_the_revoke_signs_nobody_in() {
        String credential = devices.enrol(unique("Table"));
        long deviceId = devices.recognise(credential).orElseThrow().id();
        Therapist therapist = therapists.add(unique("Ines"));
        therapists.setPin(therapist.id(), "739184", "739184");
        devices.revoke(deviceId);

        PinCheck check = therapists.checkPin(therapist.id(), "739184", deviceId);
        assertThat(check.outcome()).isEqualTo(PinCheck.Outcome.TABLET_REVOKED);
        assertThat(check.user()).isNull();
    }

    @Test
    void a_revoked_tablet_is_no_longer_recognised() {
        String credential = devices.enrol(unique("Old tablet"));
        long id = devices.recognise(credential).orElseThrow().id();
        devices.revoke(id);
        assertThat(devices.recognise(credential)).isEmpty();
        assertThat(devices.recognise("made-up-credential")).isEmpty();
        assertThat(_find(PinPad.class)).isEmpty();
    }
}
