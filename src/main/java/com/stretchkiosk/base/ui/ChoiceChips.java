package com.stretchkiosk.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A row of large one-tap chips for one value (pain 0–10, breathing, side…). A tap selects the chip and
 * reports the value at once: no separate Save.
 *
 * <p>The browser draws the chips (frontend/kiosk.js, {@code kiosk-chips}): the server holds one element with
 * the labels and the chosen index, not a button per chip. A session screen holds five such rows; drawn as
 * server-side buttons they were a fifth of its memory and of every answer that reset them. A tap arrives as a
 * {@code kiosk-choose} event with the chip's index, which is checked here before it counts.
 */
@Tag("kiosk-chips")
public class ChoiceChips<T> extends Component implements HasStyle {

    /** The browser's event for a tapped chip; {@code event.detail.index} is its place in the row. */
    static final String CHOOSE = "kiosk-choose";
    static final String INDEX = "event.detail.index";

    private final List<T> values = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final Consumer<T> onTap;
    private @Nullable T selected;

    public ChoiceChips(Iterable<T> values, Function<T, String> label, Consumer<T> onTap) {
        this.onTap = onTap;
        addClassName("kiosk-chips");
        getElement().setAttribute("role", "group");
        for (T value : values) {
            this.values.add(value);
            labels.add(label.apply(value));
        }
        getElement().setAttribute("labels", Touch.jsonArray(labels));
        getElement().setAttribute("selected", "-1");
        getElement().addEventListener(CHOOSE, event -> {
            // What the browser says is input: only an index of a chip on this row counts.
            var index = event.getEventData().get(INDEX);
            if (index != null && index.isIntegralNumber() && index.asInt() >= 0 && index.asInt() < this.values.size()) {
                tapped(this.values.get(index.asInt()));
            }
        }).addEventData(INDEX);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().addJavaScript(Lock.SCRIPT);
    }

    /** A chip was tapped: it is chosen, and reported. */
    protected void tapped(T value) {
        select(value);
        onTap.accept(value);
    }

    /** Shows which value is chosen, without reporting it. */
    public void select(@Nullable T value) {
        int index = value == null ? -1 : values.indexOf(value);
        show(index < 0 ? List.of() : List.of(index));
        selected = index < 0 ? null : value;
    }

    /** Shows the chips at these places as chosen ("selected": their indexes, comma-separated, -1 for none). */
    protected final void show(List<Integer> indexes) {
        String shown = indexes.isEmpty() ? "-1" : indexes.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        if (!Objects.equals(getElement().getAttribute("selected"), shown)) {
            getElement().setAttribute("selected", shown);
        }
    }

    protected final List<T> values() {
        return List.copyOf(values);
    }

    public @Nullable T selected() {
        return selected;
    }

    /** The chips' words, in their order on screen. */
    public List<String> labels() {
        return List.copyOf(labels);
    }
}
