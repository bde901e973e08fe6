package com.stretchkiosk.history;

import com.stretchkiosk.catalog.MeasureUnit;

/**
 * The measurement noise of each unit: a change no larger than this may be the tape, the goniometer or the hand
 * that held it, not the client. It depends on who measured: the straight-leg raise's published minimal detectable
 * change is 3.3° when one therapist measures both times and 10.2° between two therapists (PMID 39593664). The other
 * units are scaled alike: their same-therapist figures (sit-and-reach 4 cm, the upper end of the published 3–4 cm;
 * 2 levels on the 0–10 depth scale) times the same between-therapist factor, 10.2 / 3.3. Pain scores are not
 * measured by hand: 2 points either way.
 */
public final class MinimalDetectableChange {

    public static final double DEGREES_SAME_RATER = 3.3;
    public static final double DEGREES_BETWEEN_RATERS = 10.2;
    public static final double CENTIMETRES_SAME_RATER = 4;
    public static final double DEPTH_LEVELS_SAME_RATER = 2;
    /** How much wider the noise is when two therapists measured: 10.2 / 3.3, about 3.1. */
    public static final double BETWEEN_RATERS_FACTOR = DEGREES_BETWEEN_RATERS / DEGREES_SAME_RATER;
    public static final int PAIN_POINTS = 2;

    private MinimalDetectableChange() {
    }

    /** The noise of a unit, in its own steps (tenths kept), for one therapist or for two. */
    public static double of(MeasureUnit unit, boolean sameRater) {
        double same = switch (unit) {
            case DEGREES -> DEGREES_SAME_RATER;
            case CENTIMETRES -> CENTIMETRES_SAME_RATER;
            case DEPTH -> DEPTH_LEVELS_SAME_RATER;
        };
        if (sameRater) {
            return same;
        }
        return unit == MeasureUnit.DEGREES ? DEGREES_BETWEEN_RATERS : Math.round(same * BETWEEN_RATERS_FACTOR * 10) / 10.0;
    }

    /** Whether a change is larger than the noise of its unit: only then is it a real change. */
    public static boolean exceeds(int change, MeasureUnit unit, boolean sameRater) {
        return Math.abs(change) > of(unit, sameRater);
    }
}
