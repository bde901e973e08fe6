package com.stretchkiosk.history;

import com.stretchkiosk.catalog.MeasureUnit;

/** Left against right at the latest visit where both were measured. */
public record Asymmetry(String stretchName, MeasureUnit unit, int left, int right) {

    public int difference() {
        return left - right;
    }

    /** A left/right difference larger than the measurement noise (both sides measured by one therapist that day). */
    public boolean beyondNoise() {
        return MinimalDetectableChange.exceeds(difference(), unit, true);
    }
}
