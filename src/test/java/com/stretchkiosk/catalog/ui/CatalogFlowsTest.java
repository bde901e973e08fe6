package com.stretchkiosk.catalog.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.KioskTest;
import com.stretchkiosk.catalog.CatalogService;
import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.catalog.StretchDraft;
import com.stretchkiosk.client.ClientDraft;
import com.stretchkiosk.client.ClientService;
import com.stretchkiosk.history.HistoryService;
import com.stretchkiosk.therapist.TherapistService;
import com.stretchkiosk.visit.AttemptDraft;
import com.stretchkiosk.visit.Outcome;
import com.stretchkiosk.visit.Side;
import com.stretchkiosk.visit.VisitService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The manager's catalog: add, refuse, edit with a conflict, retire with history kept; the picker follows. */
class CatalogFlowsTest extends KioskTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    VisitService visits;

    @Autowired
    ClientService clients;

    @Autowired
    TherapistService therapists;

    @Autowired
    HistoryService history;

    @Test
    void a_manager_adds_a_stretch_refused_values_first_and_the_session_picker_follows() {
        String name = unique("Calf wall stretch");
        UI.getCurrent().navigate("manager/catalog");
        _click(_get(Button.class, spec -> spec.withText("New stretch")));
        _setValue(field("Name"), name);
        _setValue(field("Group"), "Lower legs");
        _setValue(field("Position"), "Standing at the wall");
        _setValue(number("Hold (seconds)"), 0);
        _setValue(number("Plausible range from"), 20);
        _setValue(number("Plausible range to"), 10);
        _click(_get(Button.class, spec -> spec.withText("Save stretch")));

        assertThat(number("Hold (seconds)").getErrorMessage()).isEqualTo("From 5 to 300 seconds.");
        assertThat(number("Plausible range to").getErrorMessage()).isEqualTo("The start of the range must be below its end.");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Steps")).getErrorMessage()).startsWith("Between 1 and 20 steps");
        assertThat(catalog.allStretches()).noneMatch(s -> s.name().equals(name));

        _setValue(number("Hold (seconds)"), 30);
        _setValue(number("Plausible range from"), 0);
        _setValue(number("Plausible range to"), 45);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Steps")), "Hands on the wall\nBack leg straight, heel down\nLean in slowly");
        _click(_get(Button.class, spec -> spec.withText("Save stretch")));

        Stretch added = stretch(name);
        try {
            assertThat(added.groupName()).isEqualTo("Lower legs");
            assertThat(added.steps()).containsExactly("Hands on the wall", "Back leg straight, heel down", "Lean in slowly");
            assertThat(catalog.activeStretches()).extracting(Stretch::name).contains(name);
        } finally {
            catalog.retire(added.id(), true);
        }
        assertThat(catalog.activeStretches()).extracting(Stretch::name).doesNotContain(name);
    }

    @Test
    void a_stale_edit_is_refused_and_the_manager_chooses() {
        Stretch stretch = catalog.save(null, 0, draft(unique("Doorway chest stretch")));
        try {
            UI.getCurrent().navigate("manager/catalog");
            _click(_get(row(stretch.name()), Button.class, spec -> spec.withText("Edit")));
            _setValue(number("Repetitions"), 3);

            catalog.save(stretch.id(), stretch.version(), new StretchDraft(stretch.name(), stretch.groupName(), "Standing in a doorway",
                    false, 1, 45, MeasureUnit.DEPTH, 0, 10, stretch.steps()));
            _click(_get(Button.class, spec -> spec.withText("Save stretch")));

            assertThat(_get(Div.class, spec -> spec.withClasses("kiosk-conflict")).getElement().getTextRecursively())
                    .contains("Someone saved this stretch after you started editing");
            assertThat(number("Repetitions").getValue()).as("nothing typed is lost").isEqualTo(3);
            assertThat(stretch(stretch.name()).repetitions()).as("nothing was overwritten").isEqualTo(1);

            _click(_get(Button.class, spec -> spec.withText("Use their version")));
            assertThat(field("Position").getValue()).isEqualTo("Standing in a doorway");
            assertThat(number("Hold (seconds)").getValue()).isEqualTo(45);
        } finally {
            catalog.retire(stretch.id(), true);
        }
    }

    @Test
    void a_retired_stretch_leaves_the_picker_and_stays_in_history() {
        Stretch stretch = catalog.save(null, 0, draft(unique("Seated neck rotation")));
        long clientId = clients.create(new ClientDraft(unique("History Keeper"), null, null, null, null)).id();
        var visit = visits.startOrResume(UUID.randomUUID(), clientId, therapists.add(unique("Mara")).id());
        visits.recordAttempt(new AttemptDraft(UUID.randomUUID(), visit.id(), stretch.id(), Side.NONE, 1, Outcome.COMPLETED, 6, 5,
                null, null, 30, Set.of(), null));

        UI.getCurrent().navigate("manager/catalog");
        _click(_get(row(stretch.name()), Button.class, spec -> spec.withText("Retire")));

        assertThat(catalog.activeStretches()).extracting(Stretch::name).doesNotContain(stretch.name());
        assertThat(row(stretch.name()).getElement().getTextRecursively()).contains("retired");
        assertThat(history.briefing(clientId).timeline()).hasSize(1);
        assertThat(history.allFacts(clientId)).singleElement().satisfies(f -> assertThat(f.stretchName()).isEqualTo(stretch.name()));
        assertThat(visits.sheet(visit.id()).attempts()).hasSize(1);
    }

    private static StretchDraft draft(String name) {
        return new StretchDraft(name, "Test group", "Seated", false, 1, 30, MeasureUnit.DEPTH, 0, 10, List.of("Sit tall", "Turn slowly"));
    }

    private Stretch stretch(String name) {
        return catalog.allStretches().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static Div row(String name) {
        return _find(Div.class, spec -> spec.withClasses("kiosk-therapist-row")).stream()
                .filter(row -> row.getElement().getTextRecursively().startsWith(name)).findFirst().orElseThrow();
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private static IntegerField number(String label) {
        return _get(IntegerField.class, spec -> spec.withLabel(label));
    }
}
