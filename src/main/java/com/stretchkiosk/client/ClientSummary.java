package com.stretchkiosk.client;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What a client tile shows: enough to tell two clients apart, and whether there are precautions. */
public record ClientSummary(
        long id,
        String fullName,
        @Nullable String phone,
        @Nullable Integer birthYear,
        boolean hasPrecautions,
        @Nullable Instant lastVisitAt) {
}
