package com.stretchkiosk.therapist.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.stretchkiosk.db.Tables.AUDIT_EVENT;
import static com.stretchkiosk.db.Tables.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.KioskTest;
import com.stretchkiosk.audit.AuditAction;
import com.stretchkiosk.audit.AuditRow;
import com.stretchkiosk.base.StudioUser;
import com.stretchkiosk.client.ClientDraft;
import com.stretchkiosk.client.ClientService;
import com.stretchkiosk.therapist.TherapistService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The manager's screens, and that a therapist cannot open them. */
class ManagerScreensTest extends KioskTest {

    @Autowired
    TherapistService therapists;

    @Autowired
    com.stretchkiosk.therapist.DeviceService devices;

    @Autowired
    com.stretchkiosk.visit.VisitService visits;

    @Autowired
    ClientService clients;

    @Autowired
    DSLContext db;

    @Test
    void a_manager_adds_a_therapist_sets_a_pin_refusing_easy_ones_and_deactivates_them() {
        UI.getCurrent().navigate("manager/therapists");
        String name = unique("Jonas");
        _setValue(_get(TextField.class, spec -> spec.withLabel("New therapist's name")), name);
        _click(_get(Button.class, spec -> spec.withText("Add therapist")));
        Div row = row(name);
        assertThat(row.getElement().getTextRecursively()).contains("No PIN yet");

        _click(_get(row, Button.class, spec -> spec.withText("Set PIN")));
        setPin(row, "123456", "123456");
        assertThat(_get(row, PasswordField.class, spec -> spec.withLabel("New PIN")).getErrorMessage())
                .isEqualTo("Too easy to guess: avoid runs, repeats and common PINs.");
        setPin(row, "48291", "48291");
        assertThat(_get(row, PasswordField.class, spec -> spec.withLabel("New PIN")).getErrorMessage())
                .isEqualTo("A PIN is 6 to 8 digits.");
        setPin(row, "482916", "482915");
        assertThat(_get(row, PasswordField.class, spec -> spec.withLabel("PIN again")).getErrorMessage())
                .isEqualTo("The two PINs differ.");
        setPin(row, "482916", "482916");

        var stored = db.selectFrom(THERAPIST).where(THERAPIST.DISPLAY_NAME.eq(name)).fetchSingle();
        assertThat(stored.getPinHash()).startsWith("$2a$12$").doesNotContain("482916");
        assertThat(row(name).getElement().getTextRecursively()).contains("PIN set");
        assertThat(db.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("PIN_SET").and(AUDIT_EVENT.RECORD_ID.eq(stored.getId().toString()))))
                .isTrue();

        _click(_get(row(name), Button.class, spec -> spec.withText("Deactivate")));
        assertThat(db.fetchValue(THERAPIST.DEACTIVATED_AT, THERAPIST.ID.eq(stored.getId()))).isNotNull();
        assertThat(therapists.activeTherapists()).noneMatch(t -> t.displayName().equals(name));
        assertThat(row(name).getElement().getTextRecursively()).contains("Deactivated (history kept)");

        _click(_get(row(name), Button.class, spec -> spec.withText("Reactivate")));
        assertThat(therapists.activeTherapists()).anyMatch(t -> t.displayName().equals(name));
    }

    @Test
    void a_manager_cannot_deactivate_themselves() {
        UI.getCurrent().navigate("manager/therapists");
        _click(_get(row(TEST_MANAGER), Button.class, spec -> spec.withText("Deactivate")));
        assertThat(db.fetchValue(THERAPIST.DEACTIVATED_AT, THERAPIST.DISPLAY_NAME.eq(TEST_MANAGER))).isNull();
    }

    @Test
    void the_audit_log_filters_by_action_and_client() {
        String name = unique("Audited Client");
        clients.create(new ClientDraft(name, null, null, null, null));
        UI.getCurrent().navigate("manager/audit");
        @SuppressWarnings("unchecked")
        ComboBox<AuditAction> action = _get(ComboBox.class, spec -> spec.withLabel("Action"));
        _setValue(action, AuditAction.CLIENT_CREATED);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Client name")), name);

        @SuppressWarnings("unchecked")
        Grid<AuditRow> grid = _get(Grid.class);
        List<AuditRow> rows = grid.getGenericDataView().getItems().toList();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.clientName()).isEqualTo(name);
            assertThat(row.actor()).isEqualTo(TEST_MANAGER);
            assertThat(row.action()).isEqualTo(AuditAction.CLIENT_CREATED);
        });
        assertThat(_get(ComboBox.class, spec -> spec.withLabel("Who")).isVisible()).isTrue();
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, 0)).last().asString()
                .as("the action in words, the client named").contains("Added a client").contains(name).doesNotContain("CLIENT_CREATED");
    }

    @Test
    void a_manager_who_enrols_this_browser_is_from_then_on_signed_in_on_that_tablet() {
        String label = unique("Front desk");
        UI.getCurrent().navigate("manager/tablets");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name of this tablet (e.g. Table 2)")), label);
        _click(_get(Button.class, spec -> spec.withText("Enrol this tablet")));

        Long tablet = db.select(com.stretchkiosk.db.Tables.DEVICE.ID).from(com.stretchkiosk.db.Tables.DEVICE)
                .where(com.stretchkiosk.db.Tables.DEVICE.LABEL.eq(label)).fetchSingle().value1();
        assertThat(com.stretchkiosk.base.StudioUser.current().map(com.stretchkiosk.base.StudioUser::deviceId))
                .as("what the manager does next is audited on this tablet").contains(tablet);
        assertThat(_find(Button.class, spec -> spec.withText("Enrol this tablet"))).as("not offered again at once").isEmpty();
        UI.getCurrent().navigate("manager/tablets");
        assertThat(_find(Button.class, spec -> spec.withText("Enrol this tablet"))).as("an enrolled tablet is not offered to enrol itself")
                .isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withText("This browser is the enrolled tablet “" + label
                + "”."))).isNotNull();

        // The lock pushed to a second tab of this tablet has no request of its own: it is still this tablet (its PIN pad).
        com.vaadin.flow.server.VaadinRequest request = com.vaadin.flow.server.VaadinRequest.getCurrent();
        com.vaadin.flow.internal.CurrentInstance.set(com.vaadin.flow.server.VaadinRequest.class, null);
        try {
            assertThat(TabletSignIn.enrolled(devices).map(d -> d.id()))
                    .contains(tablet);
        } finally {
            com.vaadin.flow.internal.CurrentInstance.set(com.vaadin.flow.server.VaadinRequest.class, request);
        }
    }

    @Test
    void the_figures_period_is_chosen_with_one_tap_and_read_in_the_studios_dates() {
        UI.getCurrent().navigate("manager/figures");
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withText("Sessions per week"))).isNotNull();
        com.stretchkiosk.base.ui.ChipTaps.tap("A year");
        assertThat(_find(com.vaadin.flow.component.html.H2.class, spec -> spec.withText("Sessions per month"))).hasSize(1);
        assertThat(_find(com.vaadin.flow.component.html.H2.class, spec -> spec.withText("Sessions per week"))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class).stream().map(p -> p.getText()))
                .as("dates in the studio's words, never ISO").anyMatch(text -> text.matches("From \\d{1,2} \\w{3} \\d{4} to \\d{1,2} \\w{3} \\d{4}"));
        com.stretchkiosk.base.ui.ChipTaps.tap("4 weeks");
        assertThat(_find(com.vaadin.flow.component.html.H2.class, spec -> spec.withText("Sessions per day"))).hasSize(1);
        assertThat(_find(com.vaadin.flow.component.html.Span.class).stream().map(span -> span.getText()))
                .as("weeks as dates").anyMatch(text -> text.startsWith("week of ")).noneMatch(text -> text.contains("-W"));
    }

    @Test
    void a_manager_sets_a_pedal_key_on_this_tablet_by_pressing_it_and_the_session_screen_uses_it() {
        String credential = devices.enrol(unique("Pedal table"));
        ((com.github.mvysny.fakeservlet.FakeRequest) com.vaadin.flow.server.VaadinServletRequest.getCurrent().getRequest())
                .setCookiesInt(new jakarta.servlet.http.Cookie[] {new jakarta.servlet.http.Cookie(TabletSignIn.COOKIE, credential)});
        long deviceId = devices.recognise(credential).orElseThrow().id();
        UI.getCurrent().navigate("manager/tablets");

        Div stopRow = keysRow("STOP — sharp pain");
        Button press = _get(stopRow, Button.class, spec -> spec.withText("Press the key"));
        _click(press);
        var data = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("event.detail.key", "q");
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(press.getElement(),
                new com.vaadin.flow.dom.DomEvent(press.getElement(), "kiosk-key-chosen", data));

        assertThat(devices.keyMap(deviceId).byKey()).containsEntry("q", com.stretchkiosk.therapist.KeyMap.Action.STOP);
        assertThat(keysRow("STOP — sharp pain").getElement().getTextRecursively()).contains(". ×b ×B ×q ×");
        assertThat(db.fetchExists(com.stretchkiosk.db.Tables.AUDIT_EVENT, com.stretchkiosk.db.Tables.AUDIT_EVENT.ACTION.eq("DEVICE_KEYS_SET")))
                .isTrue();

        // Signed in on that tablet, its session screen hands the browser the tablet's own keys.
        var me = com.stretchkiosk.base.StudioUser.current().orElseThrow();
        TabletSignIn.signIn(me.onDevice(deviceId));
        long client = clients.create(new ClientDraft(unique("Pedal Client"), null, null, null, null)).id();
        long visit = visits.startOrResume(java.util.UUID.randomUUID(), client, me.id()).id();
        UI.getCurrent().navigate("sessions/" + visit);
        assertThat(_get(com.stretchkiosk.visit.ui.SessionView.class).getElement().getAttribute("data-keys")).contains("\"q\":\"STOP\"");

        UI.getCurrent().navigate("manager/tablets");
        // A key cap taps off; STOP's last key stays (a pedal always has a STOP).
        for (String key : List.of("q", "b", "B")) {
            _click(_find(keysRow("STOP — sharp pain"), Button.class, spec -> spec.withClasses("kiosk-key-cap")).stream()
                    .filter(cap -> cap.getAriaLabel().orElse("").equals("Remove " + key + " from “STOP — sharp pain”")).findFirst().orElseThrow());
        }
        assertThat(devices.keyMap(deviceId).keysOf(com.stretchkiosk.therapist.KeyMap.Action.STOP)).containsExactly(".");
        _click(_get(keysRow("STOP — sharp pain"), Button.class, spec -> spec.withClasses("kiosk-key-cap")));
        assertThat(devices.keyMap(deviceId).keysOf(com.stretchkiosk.therapist.KeyMap.Action.STOP)).as("the last STOP key stays")
                .containsExactly(".");
        _click(_get(Button.class, spec -> spec.withText("Back to the default keys")));
        assertThat(devices.keyMap(deviceId)).isEqualTo(com.stretchkiosk.therapist.KeyMap.DEFAULT);

        // A dim studio: the manager sets this tablet dark.
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withLabel("Dark screen on this tablet, for a dim studio")), true);
        assertThat(devices.isDark(deviceId)).isTrue();
        assertThat(db.fetchExists(com.stretchkiosk.db.Tables.AUDIT_EVENT, com.stretchkiosk.db.Tables.AUDIT_EVENT.ACTION.eq("DEVICE_THEME_SET")))
                .isTrue();
    }

    /** A row of the tablet's keys, by what its keys do. */
    private static Div keysRow(String action) {
        return _find(Div.class, spec -> spec.withClasses("kiosk-therapist-row")).stream()
                .filter(row -> row.getChildren().findFirst().map(c -> c.getElement().getText().equals(action)).orElse(false))
                .findFirst().orElseThrow();
    }

    @Test
    void the_audit_log_names_the_tablet_and_says_what_was_refused_in_words() {
        String label = unique("Table");
        long deviceId = devices.recognise(devices.enrol(label)).orElseThrow().id();
        var therapist = therapists.add(unique("Refused Therapist"));
        therapists.setPin(therapist.id(), "640218", "640218");
        therapists.checkPin(therapist.id(), "000000", deviceId);

        UI.getCurrent().navigate("manager/audit");
        @SuppressWarnings("unchecked")
        ComboBox<AuditAction> action = _get(ComboBox.class, spec -> spec.withLabel("Action"));
        assertThat(action.getItemLabelGenerator().apply(AuditAction.PIN_SIGN_IN)).isEqualTo("Signed in with a PIN");
        _setValue(action, AuditAction.PIN_SIGN_IN);
        @SuppressWarnings("unchecked")
        Grid<AuditRow> grid = _get(Grid.class);
        List<String> row = com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, 0);
        assertThat(row.get(1)).contains(therapist.displayName()).contains("on " + label);
        assertThat(row.get(2)).contains("Signed in with a PIN — refused");
    }

    @Test
    void the_role_by_view_matrix_holds() {
        long clientId = clients.create(new ClientDraft(unique("Matrix Client"), null, null, null, null)).id();
        List<String> everyone = List.of("", "clients/new", "clients/" + clientId, "clients/" + clientId + "/edit",
                "clients/" + clientId + "/session", "clients/" + clientId + "/history");
        List<String> managersOnly = List.of("manager/catalog", "manager/figures", "manager/therapists", "manager/tablets", "manager/backups",
                "manager/audit");
        long therapistId = therapists.add(unique("Matrix Therapist")).id();
        StudioUser therapist = new StudioUser(therapistId, "Matrix Therapist", StudioUser.THERAPIST, "");

        Map<String, Map<String, Boolean>> matrix = new LinkedHashMap<>();
        for (StudioUser user : List.of(testManager(), therapist)) {
            signIn(user);
            for (String path : concat(everyone, managersOnly)) {
                matrix.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(user.role(), open(path));
            }
        }
        signOut();
        for (String path : concat(everyone, managersOnly)) {
            matrix.get(path).put("ANONYMOUS", open(path));
        }

        for (String path : everyone) {
            assertThat(matrix.get(path)).as(path).containsExactlyInAnyOrderEntriesOf(
                    Map.of("MANAGER", true, "THERAPIST", true, "ANONYMOUS", false));
        }
        for (String path : managersOnly) {
            assertThat(matrix.get(path)).as(path).containsExactlyInAnyOrderEntriesOf(
                    Map.of("MANAGER", true, "THERAPIST", false, "ANONYMOUS", false));
            assertThat(db.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("ACCESS_DENIED").and(AUDIT_EVENT.ACTOR_ID.eq(therapistId))
                    .and(AUDIT_EVENT.RECORD_ID.eq(path)))).as("the denied attempt is audited: " + path).isTrue();
        }
    }

    /** Whether the navigation ended on a screen of the app rather than the sign-in or an access refusal. */
    private static boolean open(String path) {
        try {
            UI.getCurrent().navigate(path);
        } catch (com.github.mvysny.kaributesting.v10.MockAccessDeniedException denied) {
            return false;
        }
        var target = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        String name = target.getClass().getSimpleName();
        return !(target instanceof LoginView) && !(target instanceof AccessDeniedView) && !name.contains("AccessDenied") && !name.contains("NotFound")
                && !(path.startsWith("manager/") && !name.endsWith("View"));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static Div row(String name) {
        return _find(Div.class, spec -> spec.withClasses("kiosk-therapist-row")).stream()
                .filter(row -> row.getElement().getTextRecursively().startsWith(name)).findFirst().orElseThrow();
    }

    private static void setPin(Div row, String pin, String repeated) {
        _setValue(_get(row, PasswordField.class, spec -> spec.withLabel("New PIN")), pin);
        _setValue(_get(row, PasswordField.class, spec -> spec.withLabel("PIN again")), repeated);
        _click(_get(row, Button.class, spec -> spec.withText("Save PIN")));
    }
}
