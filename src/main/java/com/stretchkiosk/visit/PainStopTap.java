package com.stretchkiosk.visit;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The one tap on STOP: the attempt it ends and the pain stop itself, each with an id made at the tap.
 * Whatever the therapist had already set (range, pressure, breathing) is kept with it.
 */
public record PainStopTap(
        UUID attemptFactId,
        UUID stopFactId,
        long visitId,
        long stretchId,
        Side side,
        int repetition,
        @Nullable Integer range,
        @Nullable Integer pressure,
        @Nullable Breathing breathing,
        @Nullable Integer holdSeconds) {
}
