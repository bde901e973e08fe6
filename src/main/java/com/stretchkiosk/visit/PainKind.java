package com.stretchkiosk.visit;

/** What a sharp-pain stop felt like. */
public enum PainKind {
    SHARP,
    SHOOTING,
    BURNING,
    CRAMP
}
