package com.stretchkiosk.history;

import java.time.Instant;

/** Who marked a pain stop resolved, and when. */
public record Resolution(long painStopId, String resolvedBy, Instant resolvedAt) {
}
