package com.stretchkiosk.visit;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A correction of a past attempt or pain stop from the visit record: the values it should have held, and why.
 * {@code factId} is made when the correction is saved (a resend stores nothing twice); {@code correctedFactId} names
 * the attempt it replaces.
 */
public record Correction(
        UUID factId,
        String correctedFactId,
        Side side,
        @Nullable Integer range,
        @Nullable Integer pressure,
        @Nullable Breathing breathing,
        @Nullable String note,
        @Nullable String reason) {
}
