package com.stretchkiosk.e2e;

import com.microsoft.playwright.Page;
import java.util.List;

/**
 * What the browser tests and the benchmarks share about a tablet and its client display: a hand on the tablet
 * every few seconds, so a check longer than the idle lock does not lock it (a still wheel event, which moves
 * nothing), and the display's countdown read against the tablet's.
 */
public final class TabletHand {

    /** Install with BrowserContext.addInitScript, or run in an open page. */
    public static final String KEEP_AWAKE = "setInterval(() => document.dispatchEvent(new WheelEvent('wheel')), 3000)";

    private static final String TIMER = "() => { const t = [...document.querySelectorAll('kiosk-hold-timer')]"
            + ".find(e => e.offsetParent !== null); return [t.remainingMs(), Date.now()]; }";

    private TabletHand() {
    }

    /** The display's countdown minus the tablet's at the same instant (the later reading carried back): positive when behind. */
    public static long lag(Page tablet, Page display) {
        List<?> t = (List<?>) tablet.evaluate(TIMER);
        List<?> d = (List<?>) display.evaluate(TIMER);
        double displayRemaining = ((Number) d.get(0)).doubleValue() + ((Number) d.get(1)).doubleValue() - ((Number) t.get(1)).doubleValue();
        return Math.round(displayRemaining - ((Number) t.get(0)).doubleValue());
    }
}
