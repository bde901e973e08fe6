package com.stretchkiosk.chain;

import java.util.List;

/** What a studio and its hub say to each other, over HTTPS: a batch of rows, and what the hub made of it. */
public final class HubProtocol {

    /** Where a studio posts its rows, with "Authorization: Bearer (its credential)". */
    public static final String RECORDS_PATH = "/hub/api/records";
    /**
     * Where a studio finds a client of the chain's other studios (?name=), their standing pain stops there
     * (/{chain id}/cautions) and their whole record there (/{chain id}/record).
     */
    public static final String CLIENTS_PATH = "/hub/api/clients";

    private HubProtocol() {
    }

    public record Batch(List<HubRecord> records) {
    }

    /** Rows new to the hub, rows it already had as they are (a resend), and rows refused (another studio's). */
    public record Receipt(int stored, int known, int refused) {
    }
}
