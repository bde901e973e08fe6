package com.stretchkiosk.base.ui;

import com.vaadin.flow.component.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A row of large one-tap chips for one value (pain 0–10, breathing, side…). A tap selects the chip and
 * reports the value at once: no separate Save. The browser draws the chips ({@code kiosk-chips}, see
 * {@link DrawnButtons}): a tapped chip shows as chosen in the next frame, and the indexes in {@code selected}, what the
 * kiosk took, are what stays once it has answered.
 */
@Tag("kiosk-chips")
public class ChoiceChips<T> extends DrawnButtons {

    private final List<T> values = new ArrayList<>();
    private final Consumer<T> onTap;
    private @Nullable T selected;

    public ChoiceChips(Iterable<T> values, Function<T, String> label, Consumer<T> onTap) {
        this.onTap = onTap;
        addClassName("kiosk-chips");
        getElement().setAttribute("role", "group");
        setAttribute("mode", mode());
        List<String> labels = new ArrayList<>();
        for (T value : values) {
            this.values.add(value);
            labels.add(label.apply(value));
        }
        setLabels(labels);
        show(List.of());
    }

    /** How a tap changes the chips, for the browser to show before the kiosk answers: "one" chooses the tapped chip. */
    protected String mode() {
        return "one";
    }

    @Override
    protected final void tapped(int index) {
        chosen(values.get(index));
    }

    /** A chip was tapped: it is chosen, and reported. */
    protected void chosen(T value) {
        select(value);
        onTap.accept(value);
    }

    /** Shows which value is chosen, without reporting it. */
    public void select(@Nullable T value) {
        int index = value == null ? -1 : values.indexOf(value);
        show(index < 0 ? List.of() : List.of(index));
        selected = index < 0 ? null : value;
    }

    public @Nullable T selected() {
        return selected;
    }

    /** Shows the chips at these places as chosen ("selected": their indexes, comma-separated, -1 for none). */
    protected final void show(List<Integer> indexes) {
        setAttribute("selected", indexes.isEmpty() ? "-1"
                : indexes.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")));
    }

    protected final List<T> values() {
        return List.copyOf(values);
    }
}
