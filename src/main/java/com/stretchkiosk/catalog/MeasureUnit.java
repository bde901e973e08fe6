package com.stretchkiosk.catalog;

/** What a stretch's range is measured in. */
public enum MeasureUnit {
    /** Goniometer angle. */
    DEGREES,
    /** Reach past (+) or short of (−) the toes. */
    CENTIMETRES,
    /** Depth on the client's own 0–10 scale of their comfortable end range. */
    DEPTH;

    /** A value as it reads at arm's length: 32°, +4 cm, −6 cm, depth 6 (never "6/10", which reads like pain). */
    public String format(int value) {
        return switch (this) {
            case DEGREES -> value + "°";
            case CENTIMETRES -> (value > 0 ? "+" : value < 0 ? "−" : "") + Math.abs(value) + " cm";
            case DEPTH -> "depth " + value;
        };
    }
}
