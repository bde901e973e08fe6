package com.stretchkiosk.history;

import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.visit.BodyRegion;
import com.stretchkiosk.visit.PainKind;
import com.stretchkiosk.visit.Side;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A sharp-pain stop that is not resolved yet: the first thing the next therapist must see. */
public record CautionFlag(
        long painStopId,
        String stretchName,
        Side side,
        MeasureUnit unit,
        @Nullable Integer rangeAtStop,
        @Nullable Integer painScore,
        @Nullable BodyRegion region,
        @Nullable PainKind kind,
        Instant occurredAt) {
}
