package com.stretchkiosk.chain;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A session at another studio of the chain: where and when, pain before and after (0–10), its repetitions in the
 * order they were recorded, and the therapist's closing note.
 */
public record ChainVisit(String studio, Instant startedAt, @Nullable Instant endedAt, @Nullable Integer painBefore,
        @Nullable Integer painAfter, List<ChainAttempt> attempts, @Nullable String closingNote) {

    /** How many of its repetitions ended in a sharp-pain stop. */
    public long painStops() {
        return attempts.stream().filter(ChainAttempt::painStop).count();
    }
}
