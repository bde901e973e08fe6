package com.stretchkiosk.chain;

import org.jspecify.annotations.Nullable;

/**
 * One repetition at another studio of the chain, as it stands there (corrections applied, voids left out).
 *
 * @param side       LEFT, RIGHT or NONE
 * @param outcome    COMPLETED, STOPPED_FOR_PAIN or SKIPPED
 * @param unit       DEGREES, CENTIMETRES or DEPTH: the unit of both ranges there
 * @param painStop   whether a sharp-pain stop of it stands (resolved or not)
 */
public record ChainAttempt(String stretch, String side, int repetition, String outcome, String unit, @Nullable Integer range,
        boolean painStop, @Nullable Integer rangeAtStop) {
}
