package com.stretchkiosk.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.shared.Registration;

/**
 * The hold timer (frontend/session.js): tap to start, a short get-ready countdown, a ring that fills and an
 * end cue. It runs in the browser, so it stays smooth whatever the network does; it reports the seconds held
 * when the hold ends or is stopped.
 */
@Tag("kiosk-hold-timer")
class HoldTimer extends Component {

    static final int GET_READY_SECONDS = 3;

    private int attempt;

    HoldTimer() {
        getElement().setAttribute("get-ready", Integer.toString(GET_READY_SECONDS));
        for (String word : new String[] {"start", "ready", "hold", "release", "stopped", "sound-on", "sound-off"}) {
            getElement().setAttribute("label-" + word, getTranslation("session.timer." + word));
        }
    }

    /** Ready for a new hold of {@code seconds}: a running hold is dropped, the ring emptied (session.js). */
    void reset(int seconds) {
        getElement().setAttribute("seconds", Integer.toString(seconds));
        getElement().setAttribute("attempt", Integer.toString(++attempt));
    }

    /** Stops a running hold; the browser then reports the seconds held. */
    void stop() {
        getElement().executeJs("if (this.stop && this.state !== 'idle') { this.stop(); }");
    }

    Registration addHeldListener(ComponentEventListener<HeldEvent> listener) {
        return addListener(HeldEvent.class, listener);
    }

    /** The hold ended (its full time) or was stopped early, after {@code seconds}. */
    @DomEvent("hold-held")
    public static class HeldEvent extends ComponentEvent<HoldTimer> {

        private final int seconds;

        public HeldEvent(HoldTimer source, boolean fromClient, @EventData("event.detail.seconds") double seconds) {
            super(source, fromClient);
            this.seconds = (int) Math.round(seconds);
        }

        int seconds() {
            return seconds;
        }
    }
}
