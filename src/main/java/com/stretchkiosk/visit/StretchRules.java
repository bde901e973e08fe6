package com.stretchkiosk.visit;

import com.stretchkiosk.catalog.MeasureUnit;

/** What a tap is checked against: the stretch's current unit, whether it has sides, and its plausible range. */
record StretchRules(long stretchId, MeasureUnit unit, boolean sided, int rangeMin, int rangeMax) {

    boolean isPlausible(int range) {
        return range >= rangeMin && range <= rangeMax;
    }
}
