package com.stretchkiosk.history;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The last visit at a glance. */
public record LastVisit(long visitId, Instant startedAt, String therapistName, @Nullable Integer painBefore,
        @Nullable Integer painAfter, @Nullable String closingNote, List<FactLine> facts) {
}
