package com.stretchkiosk.history;

import com.stretchkiosk.visit.PainStopDetail;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One visit on a progress chart: the best completed range, and that day's sharp-pain stop if there was one, with its
 * details and range (null also for a stop stored without one).
 */
public record ProgressPoint(long visitId, Instant at, @Nullable Integer range, @Nullable PainStopDetail painStop,
        @Nullable Integer painStopRange) {
}
