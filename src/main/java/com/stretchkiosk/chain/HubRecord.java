package com.stretchkiosk.chain;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One row as a studio sends it to the hub: its kind (a table), its key (a fact's id, or the studio's row id for a
 * client or a stretch), the chain-wide id of the client it belongs to, and its columns.
 */
public record HubRecord(String kind, String key, @Nullable String chainClientId, Map<String, @Nullable Object> columns) {
}
