package com.stretchkiosk.history;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One visit on the timeline. */
public record VisitRow(long visitId, Instant startedAt, @Nullable Instant endedAt, String therapistName, int attempts,
        int painStops, @Nullable Integer painBefore, @Nullable Integer painAfter, @Nullable String closingNote) {
}
