package com.stretchkiosk.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

/**
 * The hold timer (frontend/session.js): tap to start, a short get-ready countdown, a ring that fills and an
 * end cue. It runs in the browser, so it stays smooth whatever the network does; it reports when the hold started
 * (in the server's time, {@link ServerTime}) and the seconds held when the hold ends or is stopped. A client
 * display's timer is a follower: it is not tapped, it runs from the start its tablet reported.
 */
@Tag("kiosk-hold-timer")
public class HoldTimer extends Component {

    public static final int GET_READY_SECONDS = 3;

    private int attempt;

    public HoldTimer() {
        getElement().setAttribute("get-ready", Integer.toString(GET_READY_SECONDS));
        for (String word : new String[] {"start", "ready", "hold", "release", "stopped", "sound-on", "sound-off"}) {
            getElement().setAttribute("label-" + word, getTranslation("session.timer." + word));
        }
    }

    /** A timer that only shows a hold run elsewhere: no tap, no sound switch (a client display's). */
    public static HoldTimer follower() {
        HoldTimer timer = new HoldTimer();
        timer.getElement().setAttribute("follow", true);
        return timer;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().addJavaScript(ServerTime.SCRIPT);
    }

    /** Ready for a new hold of {@code seconds}: a running hold is dropped, the ring emptied (session.js). */
    public void reset(int seconds) {
        getElement().setAttribute("seconds", Integer.toString(seconds));
        getElement().setAttribute("attempt", Integer.toString(++attempt));
    }

    /**
     * A follower shows this hold: {@code attempt} names it, {@code startedAt} (server epoch millis) is when it was
     * started, {@code held} the seconds held once it ended or was stopped.
     */
    public void follow(int seconds, int attempt, @Nullable Long startedAt, @Nullable Integer held) {
        getElement().setAttribute("seconds", Integer.toString(seconds));
        getElement().setAttribute("attempt", Integer.toString(attempt));
        if (startedAt == null) {
            getElement().removeAttribute("started-at");
        } else {
            getElement().setAttribute("started-at", Long.toString(startedAt));
        }
        if (held == null) {
            getElement().removeAttribute("held");
        } else {
            getElement().setAttribute("held", Integer.toString(held));
        }
    }

    /** Stops a running hold; the browser then reports the seconds held. */
    public void stop() {
        getElement().executeJs("if (this.stop && this.state !== 'idle') { this.stop(); }");
    }

    public Registration addStartedListener(ComponentEventListener<StartedEvent> listener) {
        return addListener(StartedEvent.class, listener);
    }

    public Registration addHeldListener(ComponentEventListener<HeldEvent> listener) {
        return addListener(HeldEvent.class, listener);
    }

    /** The hold was started (its get-ready countdown first) at {@code at}, the server's epoch milliseconds. */
    @DomEvent("hold-started")
    public static class StartedEvent extends ComponentEvent<HoldTimer> {

        private final long at;

        public StartedEvent(HoldTimer source, boolean fromClient, @EventData("event.detail.at") double at) {
            super(source, fromClient);
            this.at = Math.round(at);
        }

        public long at() {
            return at;
        }
    }

    /** The hold ended (its full time) or was stopped early, after {@code seconds}. */
    @DomEvent("hold-held")
    public static class HeldEvent extends ComponentEvent<HoldTimer> {

        private final int seconds;

        public HeldEvent(HoldTimer source, boolean fromClient, @EventData("event.detail.seconds") double seconds) {
            super(source, fromClient);
            this.seconds = (int) Math.round(seconds);
        }

        public int seconds() {
            return seconds;
        }
    }
}
