package com.stretchkiosk.base.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A row of chips each of which is on or off (a repetition's note chips): a tap turns its chip on or off. Drawn by the
 * browser like {@link ChoiceChips}, with every chip that is on shown as chosen.
 */
public class ToggleChips<T> extends ChoiceChips<T> {

    private final Set<T> on = new LinkedHashSet<>();

    public ToggleChips(Iterable<T> values, Function<T, String> label) {
        super(values, label, value -> { });
    }

    /** A tap turns its chip on or off. */
    @Override
    protected String mode() {
        return "many";
    }

    @Override
    protected void chosen(T value) {
        if (!on.remove(value)) {
            on.add(value);
        }
        showOn();
    }

    /** The chips that are on. */
    public Set<T> on() {
        return Set.copyOf(on);
    }

    /** Turns every chip off. */
    public void clear() {
        on.clear();
        showOn();
    }

    private void showOn() {
        List<T> values = values();
        show(on.stream().map(values::indexOf).sorted().toList());
    }
}
