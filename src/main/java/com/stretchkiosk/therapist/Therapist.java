package com.stretchkiosk.therapist;

/** A therapist of the studio, as the session header and the history name them. */
public record Therapist(long id, String displayName) {
}
