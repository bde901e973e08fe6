package com.stretchkiosk.chain;

import java.time.Instant;

/**
 * A stretch side at another studio of the chain in one unit: the best completed range of its first and latest
 * sessions there, and over how many sessions it was measured. Measured by that studio's therapists on its own
 * stretch: shown apart, never compared with this studio's ranges.
 */
public record ChainRange(String studio, String stretch, String side, String unit, int first, Instant firstAt, int latest,
        Instant latestAt, int sessions) {
}
