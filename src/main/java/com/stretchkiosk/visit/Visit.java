package com.stretchkiosk.visit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One client's stretch session ("visit" in code: "session" is the HTTP session's word). */
public record Visit(
        long id,
        long clientId,
        String clientName,
        @Nullable String precautions,
        long therapistId,
        String therapistName,
        Instant startedAt,
        @Nullable Instant endedAt,
        @Nullable String closingNote) {

    public boolean isOpen() {
        return endedAt == null;
    }
}
