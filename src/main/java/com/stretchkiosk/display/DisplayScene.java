package com.stretchkiosk.display;

import org.jspecify.annotations.Nullable;

/**
 * What a client display shows, as its tablet last said: nothing (no session, a locked tablet, an ended session),
 * "relax" between stretches, or a stretch with its side, hold timer and pacer. Times are the server's epoch
 * milliseconds, so the display runs the timer and pacer itself from the same start as the tablet. There is no
 * field for a client's name or any health data: a display cannot show what it is never sent.
 *
 * @param title       the stretch's name (empty unless {@link Kind#STRETCH})
 * @param side        the side in the studio's words ("Left"), or empty
 * @param holdSeconds the hold's length
 * @param attempt     which hold: a new one starts the display's timer afresh
 * @param holdStartedAt when the hold timer was started (its get-ready countdown first), if it runs
 * @param heldSeconds the seconds held when the hold ended or was stopped
 * @param pace        seconds per inhale and per exhale
 * @param paceSince   when the pacer's current breath cycle began counting
 */
public record DisplayScene(Kind kind, String title, String side, int holdSeconds, int attempt, @Nullable Long holdStartedAt,
        @Nullable Integer heldSeconds, int pace, long paceSince) {

    public enum Kind {
        /** Nothing to show: the display is dark. */
        BLANK,
        /** Between stretches: "relax", and the pacer. */
        RELAX,
        /** A stretch: its name and side, the hold countdown and the pacer. */
        STRETCH
    }

    public static final DisplayScene BLANK = new DisplayScene(Kind.BLANK, "", "", 0, 0, null, null, 0, 0);

    public static DisplayScene relax(int pace, long paceSince) {
        return new DisplayScene(Kind.RELAX, "", "", 0, 0, null, null, pace, paceSince);
    }
}
