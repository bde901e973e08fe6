package com.stretchkiosk.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The toast that follows every recorded fact: it says what was saved (only after the commit) and offers
 * Undo for a few seconds, instead of asking "are you sure?" before.
 */
public final class Undo {

    /** How long Undo stays on screen. */
    public static final int SHOW_MILLIS = 10_000;

    private Undo() {
    }

    public static Notification offer(String saved, String undoLabel, Runnable undo) {
        Notification toast = new Notification();
        toast.setDuration(SHOW_MILLIS);
        toast.setPosition(Notification.Position.BOTTOM_CENTER);
        toast.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        toast.addClassName("kiosk-undo-toast");
        Button undoButton = new Button(undoLabel, tap -> {
            toast.close();
            undo.run();
        });
        undoButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        undoButton.addClassName("kiosk-undo");
        Span text = new Span(saved);
        text.addClassName("kiosk-undo-text");
        HorizontalLayout content = new HorizontalLayout(text, undoButton);
        content.setAlignItems(HorizontalLayout.Alignment.CENTER);
        toast.add(content);
        toast.open();
        return toast;
    }
}
