package com.stretchkiosk.visit;

/** How the client breathed during the hold. Slow belly breathing is the goal; a held breath builds tension. */
public enum Breathing {
    SLOW_DIAPHRAGMATIC,
    SHALLOW_CHEST,
    HELD_BREATH
}
