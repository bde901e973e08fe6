package com.stretchkiosk.chain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A studio of the chain as the hub knows it: when it was added, when it last sent, how many rows it has sent, and
 * its figures over the last four weeks: sessions started, clients seen, repetitions and sharp-pain stops (voided
 * ones left out of all of them); whether its credential is revoked, and how often it asked the hub about people
 * (searches, records read, clients brought over) in those four weeks.
 */
public record ChainStudio(long id, String name, Instant createdAt, @Nullable Instant reachedAt, int records, int sessions, int clients,
        int repetitions, int painStops, @Nullable Instant revokedAt, int asked) {

    /** Asks about people in four weeks past which a studio is looked at, however much it sends. */
    static final int ASKS_WORTH_A_LOOK = 20;
    /** Asks per session sent past which a studio reads far more than it sends. */
    static final int ASKS_PER_SESSION = 5;

    public ChainStudio(long id, String name, Instant createdAt, @Nullable Instant reachedAt, int records) {
        this(id, name, createdAt, reachedAt, records, 0, 0, 0, 0, null, 0);
    }

    /** Sharp-pain stops per 100 repetitions, to compare studios of different sizes; none without repetitions. */
    public @Nullable Double painStopsPer100() {
        return repetitions == 0 ? null : 100.0 * painStops / repetitions;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    /**
     * Whether the studio asked about people far more than its own work explains (more than five asks per session it
     * sent, and at least twenty): a stolen credential reads, it does not send. The chain's manager is warned.
     */
    public boolean readsFarMoreThanItSends() {
        return asked >= ASKS_WORTH_A_LOOK && asked > ASKS_PER_SESSION * Math.max(1, sessions);
    }

    ChainStudio withAsked(int asks) {
        return new ChainStudio(id, name, createdAt, reachedAt, records, sessions, clients, repetitions, painStops, revokedAt, asks);
    }
}
