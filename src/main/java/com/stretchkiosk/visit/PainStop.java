package com.stretchkiosk.visit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A sharp-pain stop as stored, with its latest details, when it was resolved and, once voided, why. */
public record PainStop(long id, String factId, long attemptId, Instant occurredAt, @Nullable Integer rangeAtStop,
        PainStopDetail detail, @Nullable Instant resolvedAt, @Nullable Voiding voided) {
}
