package com.stretchkiosk.history;

import java.time.Instant;

/** Who marked a pain stop resolved, and when. */
public record Resolution(String painStopFactId, String resolvedBy, Instant resolvedAt) {
}
