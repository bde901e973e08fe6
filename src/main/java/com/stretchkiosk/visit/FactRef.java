package com.stretchkiosk.visit;

/** Names one recorded fact, for Undo. */
public record FactRef(Kind kind, String factId) {

    public enum Kind {
        ATTEMPT,
        PAIN_STOP,
        PAIN_STOP_DETAIL,
        PAIN_RATING
    }
}
