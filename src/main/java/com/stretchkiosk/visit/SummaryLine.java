package com.stretchkiosk.visit;

import com.stretchkiosk.catalog.Stretch;
import org.jspecify.annotations.Nullable;

/**
 * One stretch side in a session's summary: a pain stop (the lowest range it stopped at), skipped, or done with
 * the best range of the day against the last visit before this one in the same unit.
 */
public record SummaryLine(
        Stretch stretch,
        Side side,
        Outcome outcome,
        @Nullable Integer best,
        @Nullable Integer lastTime,
        @Nullable Integer stopRange) {

    /** Best today minus last time; null when either was not measured. */
    public @Nullable Integer change() {
        return best == null || lastTime == null ? null : best - lastTime;
    }
}
