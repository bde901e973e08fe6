package com.stretchkiosk.chain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a studio and its hub say to each other, over HTTPS, with "Authorization: Bearer (the studio's credential)":
 * batches of rows, what the hub made of them, and a studio's questions about people. A refusal is JSON too:
 * {@link Problem}, with the status saying which kind (400, 401, 403, 404, 413, 429).
 */
public final class HubProtocol {

    /** Where a studio posts its rows. */
    public static final String RECORDS_PATH = "/hub/api/records";
    /**
     * Where a studio finds a client of the chain's other studios (?name=&born=&phone=, by {@link ChainQuery}'s rule),
     * brings one over (POST /{chain id}/link), and reads, for a client it holds, their standing pain stops at the
     * other studios (/{chain id}/cautions) and their whole record there (/{chain id}/record).
     */
    public static final String CLIENTS_PATH = "/hub/api/clients";
    /** Everything under the hub's door. */
    public static final String API_PATHS = "/hub/api/**";
    /** The most rows in one batch. */
    public static final int MAX_RECORDS = 1000;

    private HubProtocol() {
    }

    public record Batch(@Nullable List<@Nullable HubRecord> records) {
    }

    /**
     * Rows new to the hub, rows of the studio's own that were newer than the hub's and replaced them, rows it already
     * had (as new or newer), and rows refused, with the first few reasons.
     */
    public record Receipt(int stored, int changed, int known, int refused, List<Refusal> refusals) {
    }

    /** Why one row was refused. */
    public record Refusal(String kind, String key, String reason) {
    }

    /** Who at the studio brings a client over, and why (kept at the hub with the time). */
    public record Link(@Nullable String person, @Nullable String reason) {
    }

    /** A refusal's reason. */
    public record Problem(String problem) {
    }
}
