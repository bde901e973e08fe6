package com.stretchkiosk.visit;

/** How an attempt ended. */
public enum Outcome {
    COMPLETED,
    STOPPED_FOR_PAIN,
    SKIPPED
}
