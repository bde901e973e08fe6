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
        Instant occurredAt,
        @Nullable String studio) {

    public StretchSide stretchSide() {
        return new StretchSide(stretchId, side);
    }

    /**
     * A pain stop at another studio of the chain, on this studio's stretch of the same name and unit: it guides like
     * one of ours (the tile's mark, "stay below", what "Same as last" offers) and says where it was.
     */
    public static StopCaution atOtherStudio(String studio, long stretchId, Side side, MeasureUnit unit, @Nullable Integer range,
            Instant occurredAt) {
        return new StopCaution(0, 0, stretchId, side, unit, range, PainStopDetail.NONE, occurredAt, studio);
    }

    /** Today's pain stop of an attempt, as a caution. */
    static StopCaution of(Attempt attempt, PainStop stop) {
        return new StopCaution(stop.id(), attempt.visitId(), attempt.stretchId(), attempt.side(), attempt.unit(),
                stop.rangeAtStop(), stop.detail(), stop.occurredAt(), null);
    }
}
