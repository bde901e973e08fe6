package com.stretchkiosk.visit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A sharp-pain stop as stored, with its latest details, who resolved it and when, and, once voided, why. */
public record PainStop(long id, String factId, long attemptId, Instant occurredAt, @Nullable Integer rangeAtStop,
        PainStopDetail detail, @Nullable Resolved resolved, @Nullable Voiding voided) {

    /** A therapist marked the stop resolved: it no longer stands as a caution. */
    public record Resolved(long by, Instant at) {
    }
}
