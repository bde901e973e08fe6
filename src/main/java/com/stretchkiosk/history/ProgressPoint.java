package com.stretchkiosk.history;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One visit on a progress chart: the best completed range, and the range of a pain stop that day. */
public record ProgressPoint(long visitId, Instant at, @Nullable Integer range, @Nullable Integer painStopRange) {
}
