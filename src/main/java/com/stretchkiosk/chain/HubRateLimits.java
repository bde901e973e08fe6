package com.stretchkiosk.chain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How often a studio may ask the hub about people: searches of the chain and reads of a client's record, each so many
 * a minute (a person at a desk, not a script). A bucket per studio and kind fills by one every 60/n seconds up to n;
 * an ask that finds it empty is refused with the time until the next one is allowed. Held in memory: a restarted hub
 * starts with full buckets.
 */
final class HubRateLimits {

    /** What is limited. */
    enum Ask { SEARCH, READ }

    private record Bucket(double tokens, Instant at) {
    }

    private final Clock clock;
    private final int searchesPerMinute;
    private final int readsPerMinute;
    private final Map<String, Bucket> buckets = new HashMap<>();

    HubRateLimits(Clock clock, int searchesPerMinute, int readsPerMinute) {
        this.clock = clock;
        this.searchesPerMinute = Math.max(1, searchesPerMinute);
        this.readsPerMinute = Math.max(1, readsPerMinute);
    }

    /** Takes one ask of the studio's: empty when allowed, else how long until the next one is. */
    synchronized Optional<Duration> take(long studioId, Ask ask) {
        int capacity = perMinute(ask);
        double perSecond = capacity / 60.0;
        Instant now = clock.instant();
        String key = studioId + ":" + ask;
        Bucket bucket = buckets.getOrDefault(key, new Bucket(capacity, now));
        double elapsed = Math.max(0, Duration.between(bucket.at(), now).toMillis() / 1000.0);
        double tokens = Math.min(capacity, bucket.tokens() + elapsed * perSecond);
        if (tokens < 1) {
            buckets.put(key, new Bucket(tokens, now));
            return Optional.of(Duration.ofMillis((long) Math.ceil((1 - tokens) / perSecond * 1000)));
        }
        buckets.put(key, new Bucket(tokens - 1, now));
        return Optional.empty();
    }

    /** A studio's limits as they are set (for the refusal's words). */
    int perMinute(Ask ask) {
        return ask == Ask.SEARCH ? searchesPerMinute : readsPerMinute;
    }
}
