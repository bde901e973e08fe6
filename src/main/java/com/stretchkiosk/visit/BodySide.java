package com.stretchkiosk.visit;

/** Where on the body, left to right. */
public enum BodySide {
    LEFT,
    RIGHT,
    BOTH,
    CENTRE
}
