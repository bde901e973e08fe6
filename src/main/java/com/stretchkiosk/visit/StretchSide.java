package com.stretchkiosk.visit;

/** A stretch on one side (or NONE for stretches without sides): the unit of "done" and of history. */
public record StretchSide(long stretchId, Side side) {
}
