package com.stretchkiosk.chain;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One row as a studio sends it to the hub: its kind (a table), its key (a fact's id, or "row:" and the studio's row id
 * for a client or a stretch), the chain-wide id of the client it belongs to, its columns, and the studio's version of
 * it (its place in the studio's outbox, which only grows: the hub never takes an older version over a newer one).
 */
public record HubRecord(String kind, String key, @Nullable String chainClientId, Map<String, @Nullable Object> columns, long version) {
}
