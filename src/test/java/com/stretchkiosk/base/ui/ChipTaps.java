package com.stretchkiosk.base.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._expectEditableByUser;
import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Taps a button the browser draws ({@link DrawnButtons}: chips, steppers) in a Karibu test as kiosk.js reports it:
 * the button's index among its element's words.
 */
public final class ChipTaps {

    private ChipTaps() {
    }

    /** Taps the button with these words in the one element of the screen that has it. */
    public static void tap(String label) {
        tap(only(_find(DrawnButtons.class), label), label);
    }

    /** Taps the button with these words in the one element inside {@code within} that has it. */
    public static void tapIn(Component within, String label) {
        tap(only(_find(within, DrawnButtons.class), label), label);
    }

    private static DrawnButtons only(List<DrawnButtons> rows, String label) {
        List<DrawnButtons> having = rows.stream().filter(row -> has(row, label)).toList();
        assertThat(having).as("exactly one element with a button \"%s\"", label).hasSize(1);
        return having.getFirst();
    }

    /** Taps the button with these words; the element must be one a person can use (visible, enabled). */
    public static void tap(DrawnButtons buttons, String label) {
        int index = buttons.labels().indexOf(label);
        assertThat(index).as("a button \"%s\" in %s", label, buttons.labels()).isNotNegative();
        _expectEditableByUser(buttons);
        _fireDomEvent(buttons, DrawnButtons.TAP, JsonNodeFactory.instance.objectNode().put(DrawnButtons.INDEX, index));
    }

    /**
     * What the browser shows at once when this step is tapped, before the kiosk answers, worked out from the stepper's
     * ladder as kiosk.js does; null without a ladder.
     */
    public static @Nullable String foreseen(Stepper stepper, String label) {
        String ladder = stepper.getElement().getAttribute("ladder");
        if (ladder == null) {
            return null;
        }
        List<String> shown = List.of(tools.jackson.databind.json.JsonMapper.shared().readValue(ladder, String[].class));
        Integer[] moves = tools.jackson.databind.json.JsonMapper.shared().readValue(stepper.getElement().getAttribute("moves"), Integer[].class);
        int at = Integer.parseInt(stepper.getElement().getAttribute("at"));
        return shown.get(Math.max(0, Math.min(shown.size() - 1, at + moves[stepper.labels().indexOf(label)])));
    }

    /** Whether the element has a button with these words. */
    public static boolean has(DrawnButtons buttons, String label) {
        return buttons.labels().contains(label);
    }

    /** The words of the chip shown as chosen (the first, of toggles), or null when none is. */
    public static @Nullable String chosen(ChoiceChips<?> chips) {
        int index = Integer.parseInt(chips.getElement().getAttribute("selected").split(",")[0]);
        return index < 0 ? null : chips.labels().get(index);
    }
}
