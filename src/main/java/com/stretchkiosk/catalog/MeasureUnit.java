package com.stretchkiosk.catalog;

/** What a stretch's range is measured in. */
public enum MeasureUnit {
    /** Goniometer angle. */
    DEGREES,
    /** Reach past (+) or short of (−) the toes. */
    CENTIMETRES,
    /** Depth on the client's own 0–10 scale of their comfortable end range. */
    DEPTH
}
