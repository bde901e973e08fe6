package com.stretchkiosk.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The session screen's one place for feedback: a fixed strip at the bottom of its layout, never over a control.
 * It says what was saved (only after the commit), offers Undo for {@link #UNDO_FOR}, and says what was refused.
 * It belongs to the session: cleared on lock, on leaving the screen and at the end.
 */
class FeedbackStrip extends Div {

    /** How long Undo is offered after a fact was stored; the browser hides it then, and the server refuses it. */
    static final Duration UNDO_FOR = Duration.ofSeconds(10);

    private final Clock clock;
    private final Span message = new Span();
    private final Button undo = new Button();
    private @Nullable Runnable undoAction;
    private @Nullable Instant offeredAt;
    private int offers;

    FeedbackStrip(Clock clock) {
        this.clock = clock;
        addClassName("kiosk-feedback");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("data-kind", "none");
        message.addClassName("kiosk-feedback-text");
        undo.setText(getTranslation("session.undo"));
        undo.addClassName("kiosk-feedback-undo");
        undo.addClickListener(tap -> undo());
        undo.setVisible(false);
        add(message, undo);
    }

    /** Something was stored; Undo takes it back for a few seconds. */
    void saved(String text, Runnable undoIt) {
        show(text, "saved");
        undoAction = undoIt;
        offeredAt = clock.instant();
        // Each offer switches between two identical countdowns, so the browser starts hiding it afresh.
        undo.getElement().setAttribute("data-offer", Integer.toString(++offers % 2));
        undo.getStyle().set("animation-delay", UNDO_FOR.toMillis() + "ms");
        undo.setVisible(true);
        // And the kiosk takes it away when its time is up: a strip drawn again (a reload, a tablet unlocked) would
        // otherwise start the browser's countdown afresh and offer an Undo the kiosk then refuses.
        int offer = offers;
        getUI().ifPresent(ui -> Thread.ofVirtual().name("undo-expires").start(() -> {
            try {
                Thread.sleep(UNDO_FOR.toMillis());
                ui.access(() -> {
                    if (offers == offer) {
                        withdrawUndo();
                    }
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (com.vaadin.flow.component.UIDetachedException gone) {
                // The screen was left: nothing to take away.
            }
        }));
    }

    /** Drawn again: an Undo whose time is up is gone; one still running keeps only the time it has left. */
    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attach) {
        if (offeredAt == null) {
            return;
        }
        Duration left = Duration.between(clock.instant(), offeredAt.plus(UNDO_FOR));
        if (left.isNegative() || left.isZero()) {
            withdrawUndo();
        } else {
            undo.getStyle().set("animation-delay", left.toMillis() + "ms");
        }
    }

    /** Something happened that cannot be undone from here (an undo, a note). */
    void info(String text) {
        show(text, "info");
    }

    /** Something was refused or could not be stored: it stays until the next feedback. */
    void refused(String text) {
        show(text, "refused");
    }

    void clear() {
        message.setText("");
        getElement().setAttribute("data-kind", "none");
        withdrawUndo();
    }

    boolean offersUndo() {
        return undoAction != null && offeredAt != null
                && !clock.instant().isAfter(offeredAt.plus(UNDO_FOR).plusSeconds(2));
    }

    String text() {
        return message.getText();
    }

    private void show(String text, String kind) {
        message.setText(text);
        getElement().setAttribute("data-kind", kind);
        withdrawUndo();
    }

    private void undo() {
        Runnable action = offersUndo() ? undoAction : null;
        withdrawUndo();
        if (action == null) {
            info(getTranslation("session.undo.expired"));
        } else {
            action.run();
        }
    }

    private void withdrawUndo() {
        undoAction = null;
        offeredAt = null;
        undo.setVisible(false);
    }
}
