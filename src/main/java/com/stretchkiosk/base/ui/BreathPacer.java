package com.stretchkiosk.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;

/**
 * The breathing pacer (frontend/session.js): a circle that grows on the inhale and shrinks on the exhale, large
 * enough for the client on the table to follow. Its breaths count from a moment in the server's time
 * ({@link ServerTime}), so a client display's pacer breathes in step with the tablet's.
 */
@Tag("kiosk-breath-pacer")
public class BreathPacer extends Component {

    private int pace;
    private long since;

    public BreathPacer(int pace) {
        getElement().setAttribute("label-in", getTranslation("session.pacer.in"));
        getElement().setAttribute("label-out", getTranslation("session.pacer.out"));
        setPace(pace, ServerTime.now());
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().addJavaScript(ServerTime.SCRIPT);
    }

    public int pace() {
        return pace;
    }

    /** When the current pace's first inhale began, in the server's epoch milliseconds. */
    public long since() {
        return since;
    }

    /** Seconds per inhale and per exhale, the first inhale beginning at {@code since} (server epoch millis). */
    public void setPace(int seconds, long since) {
        this.pace = seconds;
        this.since = since;
        getElement().setAttribute("pace", Integer.toString(seconds));
        getElement().setAttribute("since", Long.toString(since));
    }
}
