package com.stretchkiosk.visit;

import org.jspecify.annotations.Nullable;

/**
 * The answer to "At what range?" in a pain stop's panel: the range where it hurt, in the stretch's unit, or an explicit
 * "not measured" ({@code value} null).
 */
public record StopRange(@Nullable Integer value) {

    public static final StopRange NOT_MEASURED = new StopRange(null);

    public static StopRange at(int value) {
        return new StopRange(value);
    }

    public boolean measured() {
        return value != null;
    }
}
