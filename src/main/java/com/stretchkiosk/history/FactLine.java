package com.stretchkiosk.history;

import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.visit.BodyRegion;
import com.stretchkiosk.visit.BodySide;
import com.stretchkiosk.visit.Breathing;
import com.stretchkiosk.visit.Outcome;
import com.stretchkiosk.visit.PainKind;
import com.stretchkiosk.visit.Side;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One attempt as history shows and exports it, voided ones included (with the reason), and its pain stop
 * if the attempt ended in one.
 */
public record FactLine(
        long visitId,
        Instant visitStartedAt,
        String attemptFactId,
        String stretchName,
        Side side,
        int repetition,
        Outcome outcome,
        MeasureUnit unit,
        @Nullable Integer range,
        @Nullable Integer pressure,
        @Nullable Breathing breathing,
        @Nullable Integer breathCount,
        @Nullable Integer holdSeconds,
        @Nullable String noteChips,
        @Nullable String note,
        Instant recordedAt,
        @Nullable String voidReason,
        @Nullable String painStopFactId,
        @Nullable Integer rangeAtStop,
        @Nullable String painStopVoidReason,
        @Nullable BodyRegion region,
        @Nullable BodySide bodySide,
        @Nullable Integer painScore,
        @Nullable PainKind painKind,
        @Nullable String painNote,
        long stretchId) {

    public boolean voided() {
        return voidReason != null;
    }

    public boolean hasPainStop() {
        return painStopFactId != null;
    }
}
