package com.stretchkiosk.history;

import com.stretchkiosk.visit.PainMoment;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A pain rating before or after a session as stored, a replaced one included (with why). */
public record PainRatingFact(long visitId, String factId, PainMoment moment, int score, Instant recordedAt,
        @Nullable Instant voidedAt, @Nullable String voidReason) {
}
