package com.stretchkiosk.visit.ui;

import com.stretchkiosk.catalog.MeasureUnit;

/** The range stepper's steps per unit. */
final class RangeText {

    private RangeText() {
    }

    /** The step of the small and the large stepper buttons. */
    static int[] steps(MeasureUnit unit) {
        return unit == MeasureUnit.DEPTH ? new int[] {1} : new int[] {1, 5};
    }
}
