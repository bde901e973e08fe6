package com.stretchkiosk.visit;

/** The 0–10 scales: pain (how much it hurts) and pressure (how intense the stretch feels) are separate. */
public final class PainScale {

    public static final int MIN = 0;
    public static final int MAX = 10;
    /** Breaths counted in one hold, at most. */
    public static final int BREATH_COUNT_MAX = 100;
    /** Seconds of one hold, at most. */
    public static final int HOLD_SECONDS_MAX = 600;

    private PainScale() {
    }

    public static boolean isValid(int value) {
        return value >= MIN && value <= MAX;
    }
}
