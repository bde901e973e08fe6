package com.stretchkiosk.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A row of large one-tap chips for one value (pain 0–10, breathing, side…). A tap selects the chip and
 * reports the value at once: no separate Save.
 */
public class ChoiceChips<T> extends Div {

    private final Map<T, Button> chips = new LinkedHashMap<>();
    private @Nullable T selected;

    public ChoiceChips(Iterable<T> values, Function<T, String> label, Consumer<T> onTap) {
        addClassName("kiosk-chips");
        for (T value : values) {
            Button chip = new Button(label.apply(value), tap -> {
                select(value);
                onTap.accept(value);
            });
            chip.addClassName("kiosk-chip");
            chip.getElement().setAttribute("aria-pressed", "false");
            chips.put(value, chip);
            add(chip);
        }
    }

    /** Shows which value is chosen, without reporting it. */
    public void select(@Nullable T value) {
        if (selected != null && !Objects.equals(selected, value) && chips.containsKey(selected)) {
            Touch.showPressed(chips.get(selected), false);
        }
        selected = value;
        if (value != null && chips.containsKey(value)) {
            Touch.showPressed(chips.get(value), true);
        }
    }

    public @Nullable T selected() {
        return selected;
    }
}
