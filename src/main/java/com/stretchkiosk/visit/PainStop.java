package com.stretchkiosk.visit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A sharp-pain stop as stored, with its latest details. */
public record PainStop(long id, String factId, long attemptId, Instant occurredAt, @Nullable Integer rangeAtStop,
        PainStopDetail detail) {
}
