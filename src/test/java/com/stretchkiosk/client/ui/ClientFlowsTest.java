package com.stretchkiosk.client.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.stretchkiosk.KioskTest;
import com.stretchkiosk.client.Client;
import com.stretchkiosk.client.ClientDraft;
import com.stretchkiosk.client.ClientService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A therapist at the tablet: finding, adding and editing clients by touch. */
class ClientFlowsTest extends KioskTest {

    @Autowired
    ClientService clients;

    @Test
    void a_therapist_adds_a_client_fixes_a_refused_birth_year_and_finds_them_by_search() {
        UI.getCurrent().navigate("");
        tap("New client");
        String name = unique("Greta Lindqvist");
        _setValue(field("Full name"), name);
        _setValue(field("Phone"), "+49 170 555 0199");
        _setValue(field("Birth year"), "1800");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Precautions")), "Whiplash 2021: side-bends slowly");
        tap("Save");

        TextField birthYear = field("Birth year");
        assertThat(birthYear.isInvalid()).isTrue();
        assertThat(birthYear.getErrorMessage()).isEqualTo("Enter a year from 1916 to 2026.");
        assertThat(field("Full name").getValue()).as("nothing valid is lost").isEqualTo(name);
        assertThat(clients.search(name)).isEmpty();

        _setValue(birthYear, "1978");
        tap("Save");

        assertThat(_get(H1.class).getText()).isEqualTo(name);
        // "Saved" goes along to the client's page, in the page's own status line: no toast over the page's controls.
        assertThat(_get(com.stretchkiosk.base.ui.StatusLine.class).message()).isEqualTo("Saved " + name);
        assertThat(NotificationsKt.getNotifications()).as("nothing lies over a control").isEmpty();
        assertThat(_get(Div.class, spec -> spec.withClasses("kiosk-caution")).getElement().getTextRecursively())
                .contains("Whiplash 2021");

        // Once said, it does not follow to the next screen.
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        tap("Back to clients");
        assertThat(_get(com.stretchkiosk.base.ui.StatusLine.class).message()).isEmpty();
        _setValue(search(), name.substring(name.lastIndexOf(' ') + 1, name.length() - 1).toLowerCase());
        List<ClientTile> tiles = _find(ClientTile.class);
        assertThat(tiles).extracting(ClientTile::fullName).containsExactly(name);
        _click(tiles.getFirst());
        assertThat(_get(H1.class).getText()).isEqualTo(name);
    }

    @Test
    void a_birth_year_that_is_no_year_is_refused_at_its_field_whatever_was_typed() {
        UI.getCurrent().navigate("");
        tap("New client");
        String name = unique("Ilse Marek");
        _setValue(field("Full name"), name);
        for (String typed : List.of("NaN", "Infinity", "1e3", "19 80", "99999999999999999999", "-0x7B", "1980.5", "\u00001980")) {
            _setValue(field("Birth year"), typed);
            tap("Save");
            assertThat(field("Birth year").getErrorMessage()).as(typed).isIn("Enter the year as four digits.",
                    "Enter a year from 1916 to 2026.");
            assertThat(field("Full name").getValue()).as("nothing valid is lost").isEqualTo(name);
        }
        assertThat(clients.search(name)).as("nothing stored").isEmpty();
    }

    @Test
    void a_client_without_a_name_is_refused_next_to_the_name_field() {
        UI.getCurrent().navigate("clients/new");
        _setValue(field("Phone"), "0151 234 5678");
        tap("Save");

        assertThat(field("Full name").isInvalid()).isTrue();
        assertThat(field("Full name").getErrorMessage()).isEqualTo("Enter the client's name.");
        assertThat(field("Phone").getValue()).isEqualTo("0151 234 5678");
        assertThat(field("Phone").isInvalid()).isFalse();
    }

    @Test
    void a_search_that_finds_nobody_offers_to_add_that_name() {
        UI.getCurrent().navigate("");
        String name = unique("Nobody Yet");
        _setValue(search(), name);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("kiosk-empty")).getText())
                .isEqualTo("No client matches “" + name + "”.");
        tap("Add “" + name + "” as a new client");
        assertThat(field("Full name").getValue()).isEqualTo(name);
    }

    @Test
    void ticking_consent_records_today_and_it_shows_on_the_client_page() {
        UI.getCurrent().navigate("clients/new");
        String name = unique("Ivo Novak");
        _setValue(field("Full name"), name);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Consent given")), true);
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("Consent date")).getValue())
                .isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("Consent date")).getLocale())
                .as("the picker writes dates the studio's way, as every other date on the screen")
                .isEqualTo(java.util.Locale.forLanguageTag("en-GB"));
        tap("Save");

        assertThat(clients.search(name).getFirst().fullName()).isEqualTo(name);
        assertThat(_get(ClientDetailsView.class).getElement().getTextRecursively()).contains("Given on 23 Nov 2026");
    }

    @Test
    void editing_after_another_tablet_saved_keeps_what_was_typed_and_lets_the_therapist_choose() {
        Client client = clients.create(new ClientDraft(unique("Paula Weber"), null, 1985, null, null));
        UI.getCurrent().navigate("clients/" + client.id() + "/edit");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Precautions")), "Osteoporosis: gentle depth only");

        clock.advance(Duration.ofMinutes(2));
        clients.update(client.id(), client.version(), new ClientDraft(client.fullName(), "0170 123 4567", 1985, null, null));
        tap("Save");

        Div conflict = _get(Div.class, spec -> spec.withClasses("kiosk-conflict"));
        assertThat(conflict.getElement().getTextRecursively())
                .contains("Another tablet saved this client at 23 Nov 2026, 10:02")
                .contains("phone 0170 123 4567");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Precautions")).getValue())
                .isEqualTo("Osteoporosis: gentle depth only");
        assertThat(clients.open(client.id()).precautions()).as("nothing was overwritten").isNull();

        tap("Save mine over theirs");

        Client stored = clients.open(client.id());
        assertThat(stored.precautions()).isEqualTo("Osteoporosis: gentle depth only");
        assertThat(stored.phone()).as("mine replaces theirs, as the therapist chose").isNull();
        assertThat(stored.version()).isEqualTo(3);
        assertThat(_get(H1.class).getText()).isEqualTo(client.fullName());
    }

    @Test
    void a_therapist_can_take_the_other_tablets_version_instead() {
        Client client = clients.create(new ClientDraft(unique("Hugo Braun"), null, null, null, null));
        UI.getCurrent().navigate("clients/" + client.id() + "/edit");
        _setValue(field("Birth year"), "1990");
        clients.update(client.id(), client.version(), new ClientDraft(client.fullName(), "0170 999 8888", 1991, null, null));
        tap("Save");
        tap("Use their version");

        assertThat(field("Phone").getValue()).isEqualTo("0170 999 8888");
        assertThat(field("Birth year").getValue()).isEqualTo("1991");
        _setValue(field("Birth year"), "1992");
        tap("Save");
        assertThat(clients.open(client.id()).birthYear()).isEqualTo(1992);
    }

    @Test
    void an_unknown_client_shows_a_way_back_not_an_error() {
        UI.getCurrent().navigate("clients/987654321");
        assertThat(_get(H1.class).getText()).isEqualTo("This client does not exist or has been archived.");
        tap("Back to clients");
        assertThat(_find(TextField.class, spec -> spec.withPlaceholder("Name or phone"))).hasSize(1);
    }

    private static void tap(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private static TextField search() {
        return _get(TextField.class, spec -> spec.withPlaceholder("Name or phone"));
    }

}
