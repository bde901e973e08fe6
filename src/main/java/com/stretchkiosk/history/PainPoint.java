package com.stretchkiosk.history;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Pain before and after one visit. */
public record PainPoint(long visitId, Instant at, @Nullable Integer before, @Nullable Integer after) {
}
