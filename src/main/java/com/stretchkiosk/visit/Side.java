package com.stretchkiosk.visit;

/** Which side a stretch was done on; NONE for stretches that are not sided. */
public enum Side {
    LEFT,
    RIGHT,
    NONE
}
