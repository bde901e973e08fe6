package com.stretchkiosk.history;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One visit on a progress chart: the best completed range, whether there was a sharp-pain stop that day, and its range
 * (null also for a stop stored without one).
 */
public record ProgressPoint(long visitId, Instant at, @Nullable Integer range, boolean painStop, @Nullable Integer painStopRange) {
}
