package com.stretchkiosk.base;

/** How a studio reads reach (sit-and-reach past the toes): always stored in whole centimetres, shown in one of these. */
public enum ReachUnit {
    CENTIMETRES,
    /** Shown to the half inch, as the YMCA sit-and-reach norms are; the stepper moves in half inches. */
    INCHES
}
