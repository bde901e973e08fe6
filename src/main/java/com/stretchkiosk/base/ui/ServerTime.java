package com.stretchkiosk.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;

/**
 * The server's clock in the browser (frontend/session.js, window.kioskClock): the page asks the server for its
 * time a few times, keeps the answer with the shortest round trip and corrects its own clock by it, once a
 * minute. A tablet and its client display, each corrected to the same clock, run one hold timer and one pacer
 * from the same start, whatever their own clocks say. It is the wall clock, not the studio's clock: it times
 * animations between screens and is never stored as a fact.
 */
@Tag("kiosk-server-time")
public class ServerTime extends Component {

    /** The script of the session's custom elements: the timer, the pacer, the elapsed time, the pedal keys. */
    public static final String SCRIPT = "context://kiosk/session.js";

    public ServerTime() {
        getElement().setAttribute("hidden", true);
    }

    /** Now, in the server's epoch milliseconds. */
    public static long now() {
        return System.currentTimeMillis();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().addJavaScript(SCRIPT);
    }

    @ClientCallable
    long serverNow() {
        return now();
    }
}
