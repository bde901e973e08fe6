package com.stretchkiosk.visit.ui;

import com.stretchkiosk.visit.BreathingPace;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;

/**
 * The breathing pacer (frontend/session.js): a circle that grows on the inhale and shrinks on the exhale, at
 * the pace set here, large enough for the client on the table to follow.
 */
@Tag("kiosk-breath-pacer")
class BreathPacer extends Component {

    private int pace;

    BreathPacer(int pace) {
        getElement().setAttribute("label-in", getTranslation("session.pacer.in"));
        getElement().setAttribute("label-out", getTranslation("session.pacer.out"));
        setPace(pace);
    }

    int pace() {
        return pace;
    }

    /** Sets the seconds per inhale and per exhale, kept within 5–10. */
    void setPace(int seconds) {
        pace = BreathingPace.clamp(seconds);
        getElement().setAttribute("pace", Integer.toString(pace));
    }
}
