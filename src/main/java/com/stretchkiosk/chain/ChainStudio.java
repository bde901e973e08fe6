package com.stretchkiosk.chain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A studio of the chain as the hub knows it: when it was added, when it last sent, how many rows it has sent, and
 * its figures over the last four weeks: sessions started, clients seen, repetitions and sharp-pain stops (voided
 * ones left out of all of them).
 */
public record ChainStudio(long id, String name, Instant createdAt, @Nullable Instant reachedAt, int records, int sessions, int clients,
        int repetitions, int painStops) {

    public ChainStudio(long id, String name, Instant createdAt, @Nullable Instant reachedAt, int records) {
        this(id, name, createdAt, reachedAt, records, 0, 0, 0, 0);
    }

    /** Sharp-pain stops per 100 repetitions, to compare studios of different sizes; none without repetitions. */
    public @Nullable Double painStopsPer100() {
        return repetitions == 0 ? null : 100.0 * painStops / repetitions;
    }
}
