package com.stretchkiosk.visit;

import com.stretchkiosk.catalog.MeasureUnit;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A sharp-pain stop that no therapist has resolved: a caution for every later session on that stretch side
 * until someone marks it resolved on the briefing. The range is in the unit the stop was measured in.
 */
public record StopCaution(
        long painStopId,
        long visitId,
        long stretchId,
        Side side,
        MeasureUnit unit,
        @Nullable Integer range,
        PainStopDetail detail,
        Instant occurredAt) {

    public StretchSide stretchSide() {
        return new StretchSide(stretchId, side);
    }

    /** Today's pain stop of an attempt, as a caution. */
    static StopCaution of(Attempt attempt, PainStop stop) {
        return new StopCaution(stop.id(), attempt.visitId(), attempt.stretchId(), attempt.side(), attempt.unit(),
                stop.rangeAtStop(), stop.detail(), stop.occurredAt());
    }
}
