package com.stretchkiosk.visit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What earlier visits say about a stretch side: the range reached last time, and the range of the latest
 * sharp-pain stop (stay below it).
 */
public record Previous(
        @Nullable Integer lastRange,
        @Nullable Instant lastAt,
        @Nullable Integer painStopRange,
        @Nullable Instant painStopAt) {

    public static final Previous NONE = new Previous(null, null, null, null);
}
