package com.stretchkiosk.base.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.KioskTest;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The chips the browser draws: what the server tells it (words, chosen indexes) and what it takes from a tap. A tap
 * is the browser's word, so an index that names no chip is ignored, never an error and never a value.
 */
class ChoiceChipsTest extends KioskTest {

    @Test
    void a_tap_chooses_its_chip_reports_it_once_and_the_browser_is_told_which_is_chosen() {
        List<String> reported = new ArrayList<>();
        ChoiceChips<String> breathing = new ChoiceChips<>(List.of("slow", "held", "fast"), word -> "Breath " + word, reported::add);
        UI.getCurrent().add(breathing);
        assertThat(breathing.getElement().getAttribute("labels")).isEqualTo("[\"Breath slow\",\"Breath held\",\"Breath fast\"]");
        assertThat(breathing.getElement().getAttribute("selected")).isEqualTo("-1");

        ChipTaps.tap(breathing, "Breath held");
        assertThat(reported).containsExactly("held");
        assertThat(breathing.selected()).isEqualTo("held");
        assertThat(breathing.getElement().getAttribute("selected")).isEqualTo("1");

        breathing.select(null);
        assertThat(breathing.getElement().getAttribute("selected")).isEqualTo("-1");
        assertThat(reported).as("a choice shown by the server is not a tap").containsExactly("held");
    }

    @Test
    void an_index_that_names_no_chip_is_ignored() {
        List<Integer> reported = new ArrayList<>();
        ChoiceChips<Integer> pain = new ChoiceChips<>(List.of(0, 1, 2), String::valueOf, reported::add);
        UI.getCurrent().add(pain);
        for (Object bad : new Object[] {3, -1, 1.5, "1", Integer.MAX_VALUE}) {
            var data = JsonNodeFactory.instance.objectNode();
            if (bad instanceof Integer number) {
                data.put(DrawnButtons.INDEX, number);
            } else if (bad instanceof Double number) {
                data.put(DrawnButtons.INDEX, number);
            } else {
                data.put(DrawnButtons.INDEX, (String) bad);
            }
            _fireDomEvent(pain, DrawnButtons.TAP, data);
        }
        _fireDomEvent(pain, DrawnButtons.TAP, JsonNodeFactory.instance.objectNode());
        assertThat(reported).isEmpty();
        assertThat(pain.selected()).isNull();
        assertThat(pain.getElement().getAttribute("selected")).isEqualTo("-1");
    }

    @Test
    void toggle_chips_turn_on_and_off_each_and_are_all_shown() {
        ToggleChips<String> notes = new ToggleChips<>(List.of("guarding", "tight", "relaxed"), word -> word);
        UI.getCurrent().add(notes);
        ChipTaps.tap(notes, "relaxed");
        ChipTaps.tap(notes, "guarding");
        assertThat(notes.on()).isEqualTo(Set.of("relaxed", "guarding"));
        assertThat(notes.getElement().getAttribute("selected")).isEqualTo("0,2");
        ChipTaps.tap(notes, "relaxed");
        assertThat(notes.on()).isEqualTo(Set.of("guarding"));
        assertThat(notes.getElement().getAttribute("selected")).isEqualTo("0");
        notes.clear();
        assertThat(notes.on()).isEmpty();
        assertThat(notes.getElement().getAttribute("selected")).isEqualTo("-1");
    }
}
