package com.stretchkiosk.base.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._expectEditableByUser;
import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.JsonNodeFactory;

/** Taps a chip of a {@link ChoiceChips} row in a Karibu test as kiosk.js reports it: the chip's index in its row. */
public final class ChipTaps {

    private ChipTaps() {
    }

    /** Taps the chip with these words in the one row of the screen that has it. */
    public static void tap(String label) {
        tap(only(_find(ChoiceChips.class), label), label);
    }

    /** Taps the chip with these words in the one row inside {@code within} that has it. */
    public static void tapIn(Component within, String label) {
        tap(only(_find(within, ChoiceChips.class), label), label);
    }

    @SuppressWarnings("rawtypes")
    private static ChoiceChips<?> only(List<ChoiceChips> rows, String label) {
        List<ChoiceChips<?>> having = rows.stream().<ChoiceChips<?>>map(row -> row).filter(row -> has(row, label)).toList();
        assertThat(having).as("exactly one row of chips with \"%s\"", label).hasSize(1);
        return having.getFirst();
    }

    /** Taps the chip with these words; the row must be one a person can use (visible, enabled). */
    public static void tap(ChoiceChips<?> chips, String label) {
        int index = chips.labels().indexOf(label);
        assertThat(index).as("a chip \"%s\" in %s", label, chips.labels()).isNotNegative();
        _expectEditableByUser(chips);
        _fireDomEvent(chips, ChoiceChips.CHOOSE, JsonNodeFactory.instance.objectNode().put(ChoiceChips.INDEX, index));
    }

    /** Whether the row has a chip with these words. */
    public static boolean has(ChoiceChips<?> chips, String label) {
        return chips.labels().contains(label);
    }

    /** The words of the chip shown as chosen (the first, of toggles), or null when none is. */
    public static @Nullable String chosen(ChoiceChips<?> chips) {
        int index = Integer.parseInt(chips.getElement().getAttribute("selected").split(",")[0]);
        return index < 0 ? null : chips.labels().get(index);
    }
}
