package com.stretchkiosk.visit.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.button.Button;

/**
 * A tap on Log, Skip or STOP with what the screen showed when the finger landed, read in the browser at that moment:
 * the repetition the button named ({@code data-slot}), the note typed for it, and, for a tap made while the answer to
 * an earlier tap on the same button was still on its way and after something was set again, that earlier slot
 * ({@code after}: this tap is meant for the repetition after it). A second tap on the same label with nothing set in
 * between is the same tap. Taps queued during an outage reach the kiosk in order, each with its own slot and note
 * (session.js).
 */
@DomEvent("click")
public class SlotTap extends ComponentEvent<Button> {

    static final String SLOT = "data-slot";

    private final String slot;
    private final String after;
    private final String note;

    public SlotTap(Button source, boolean fromClient,
            @EventData("element.getAttribute('data-slot') || ''") String slot,
            @EventData("window.kioskTapAfter ? window.kioskTapAfter(element) : ''") String after,
            @EventData("window.kioskTapNote ? window.kioskTapNote(element) : ''") String note) {
        super(source, fromClient);
        this.slot = slot;
        this.after = after;
        this.note = note;
    }

    /** The slot the button showed ("12:LEFT:2"). */
    public String slot() {
        return slot;
    }

    /** Empty, or the slot of the earlier tap this one follows (something was set again while its answer was on its way). */
    public String after() {
        return after;
    }

    /** The note as typed when the finger landed. */
    public String note() {
        return note;
    }

    /**
     * Listens to a button's taps. From the tap until the kiosk's answer the button says "Sending…" (kiosk.js), so a
     * finger on a slow Wi-Fi sees at once that it was taken.
     */
    static void listen(Button button, ComponentEventListener<SlotTap> listener) {
        ComponentUtil.addListener(button, SlotTap.class, listener);
        button.addClassName("kiosk-sends");
        // A CSS string, for the label's ::after while the tap is on its way.
        button.getStyle().set("--kiosk-sending-text", "\"" + button.getTranslation("session.sending").replace("\"", "") + "\"");
    }
}
