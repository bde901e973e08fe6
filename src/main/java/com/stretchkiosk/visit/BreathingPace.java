package com.stretchkiosk.visit;

/** The breathing pacer's pace: seconds per inhale and per exhale, 5 to 10 (about 6 to 3 breaths a minute). */
public final class BreathingPace {

    public static final int MIN_SECONDS = 5;
    public static final int MAX_SECONDS = 10;
    public static final int DEFAULT_SECONDS = MIN_SECONDS;

    private BreathingPace() {
    }

    /** A pace within the bounds: a tap past either end stays at the end. */
    public static int clamp(int seconds) {
        return Math.max(MIN_SECONDS, Math.min(MAX_SECONDS, seconds));
    }
}
