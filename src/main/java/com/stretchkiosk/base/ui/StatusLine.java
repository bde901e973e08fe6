package com.stretchkiosk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;

/**
 * The frame's one line for "saved" and "refused", at the top of the page, in its layout: it pushes the page down
 * rather than lying over a control, as a toast would. A message shown with a move to another screen (a manager made,
 * then the client list) goes along; any other leaves when the screen changes, so "PIN saved" never follows a manager
 * to Tablets.
 */
public class StatusLine extends Div {

    /** A message said on a screen outside the frame, for the frame's next screen (or a notification if none comes). */
    record Pending(String message, String kind) {
    }

    /** Whether the message shown has reached the browser (then the next screen does not keep it). */
    private boolean delivered = true;

    StatusLine() {
        addClassName("kiosk-status-line");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("data-kind", "none");
    }

    void show(String message, String kind) {
        setText(message);
        getElement().setAttribute("data-kind", kind);
        delivered = false;
        UI.getCurrent().beforeClientResponse(this, context -> delivered = true);
    }

    /** The screen changed: a message from an earlier answer leaves, one from this answer (or handed on) stays. */
    void screenChanged() {
        if (delivered) {
            setText("");
            getElement().setAttribute("data-kind", "none");
        }
        UI ui = UI.getCurrent();
        Pending pending = ui == null ? null : com.vaadin.flow.component.ComponentUtil.getData(ui, Pending.class);
        if (pending != null) {
            com.vaadin.flow.component.ComponentUtil.setData(ui, Pending.class, null);
            show(pending.message(), pending.kind());
        }
    }

    /** What the line says now (empty when nothing). */
    public String message() {
        return getElement().getText();
    }
}
