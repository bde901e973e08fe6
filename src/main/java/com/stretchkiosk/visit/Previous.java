package com.stretchkiosk.visit;

import com.stretchkiosk.catalog.MeasureUnit;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the visits before this one say about a stretch side: the range reached the last time, and the unit it
 * was measured in (a range is never compared with one in another unit).
 */
public record Previous(@Nullable Integer lastRange, @Nullable Instant lastAt, @Nullable MeasureUnit unit) {

    public static final Previous NONE = new Previous(null, null, null);
}
