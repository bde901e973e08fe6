package com.stretchkiosk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A slow question (another server, such as a chain's hub) asked on a thread of its own, so that it never holds a
 * screen open; the answer is shown by server push once it is in, unless the screen was left meanwhile.
 */
public final class OffTheRequest {

    private OffTheRequest() {
    }

    public static <T> void ask(UI ui, String name, Supplier<T> question, Consumer<T> show) {
        Thread.ofVirtual().name(name).start(() -> {
            T answer = question.get();
            try {
                ui.access(() -> show.accept(answer));
            } catch (UIDetachedException gone) {
                // The screen was left before the answer came: nothing to show it on.
            }
        });
    }
}
