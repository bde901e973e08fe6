package com.stretchkiosk.visit;

/** The recording controls, for refusals shown at the control. */
public enum AttemptField {
    RANGE,
    PRESSURE,
    BREATH_COUNT,
    HOLD_SECONDS,
    NOTE,
    SIDE,
    REPETITION,
    PAIN,
    REASON
}
