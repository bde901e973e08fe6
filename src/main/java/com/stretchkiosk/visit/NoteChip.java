package com.stretchkiosk.visit;

/** Quick notes a therapist taps instead of typing. */
public enum NoteChip {
    TIGHT,
    GUARDING,
    RELAXED
}
