package com.stretchkiosk.history;

import com.stretchkiosk.catalog.MeasureUnit;

/**
 * The measurement noise of each unit: a change no larger than this may be the tape or the goniometer,
 * not the client. After the published minimal detectable change for goniometer angles of the neck and
 * the straight-leg raise (about 7°), sit-and-reach (3–4 cm, the upper end taken) and 0–10 scales (2).
 */
public final class MinimalDetectableChange {

    public static final int DEGREES = 7;
    public static final int CENTIMETRES = 4;
    public static final int DEPTH_LEVELS = 2;
    public static final int PAIN_POINTS = 2;

    private MinimalDetectableChange() {
    }

    public static int of(MeasureUnit unit) {
        return switch (unit) {
            case DEGREES -> DEGREES;
            case CENTIMETRES -> CENTIMETRES;
            case DEPTH -> DEPTH_LEVELS;
        };
    }

    /** Whether a change is larger than the noise of its unit: only then is it a real change. */
    public static boolean exceeds(int change, MeasureUnit unit) {
        return Math.abs(change) > of(unit);
    }
}
