package com.stretchkiosk.visit;

/** When a visit's overall pain was asked. */
public enum PainMoment {
    BEFORE,
    AFTER
}
