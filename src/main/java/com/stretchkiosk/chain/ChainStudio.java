package com.stretchkiosk.chain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A studio of the chain as the hub knows it: when it was added, when it last sent, how many rows it has sent, and
 * its figures over the last four weeks (sessions started, sharp-pain stops that stand).
 */
public record ChainStudio(long id, String name, Instant createdAt, @Nullable Instant reachedAt, int records, int sessions, int painStops) {

    public ChainStudio(long id, String name, Instant createdAt, @Nullable Instant reachedAt, int records) {
        this(id, name, createdAt, reachedAt, records, 0, 0);
    }
}
