package com.stretchkiosk.visit.ui;

import com.stretchkiosk.catalog.MeasureUnit;

/** How a range reads at arm's length: 32°, +4 cm, −6 cm, 6/10. */
final class RangeText {

    private RangeText() {
    }

    static String format(int value, MeasureUnit unit) {
        return switch (unit) {
            case DEGREES -> value + "°";
            case CENTIMETRES -> (value > 0 ? "+" : value < 0 ? "−" : "") + Math.abs(value) + " cm";
            case DEPTH -> value + "/10";
        };
    }

    /** The step of the small and the large stepper buttons. */
    static int[] steps(MeasureUnit unit) {
        return unit == MeasureUnit.DEPTH ? new int[] {1} : new int[] {1, 5};
    }
}
