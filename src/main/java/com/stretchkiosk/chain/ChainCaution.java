package com.stretchkiosk.chain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A standing (not voided, not resolved) sharp-pain stop a client had at another studio of the chain: where, on which
 * stretch and side, at what range, when. The studio shows it first among the client's cautions.
 *
 * @param side   LEFT, RIGHT or NONE, as the studio recorded it
 * @param unit   DEGREES, CENTIMETRES or DEPTH, the range's unit there
 */
public record ChainCaution(String studio, String stretch, String side, @Nullable Integer rangeAtStop, String unit, Instant occurredAt) {
}
