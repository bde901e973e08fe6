package com.stretchkiosk.chain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** When this studio last reached its hub, when it last failed to, why, and how many rows wait to be sent. */
public record HubContact(boolean configured, @Nullable Instant reachedAt, @Nullable Instant failedAt, @Nullable String problem,
        long waiting) {

    /** Whether the hub's last answer refused this studio's credential (revoked, or not the hub's): not an outage. */
    public boolean credentialRefused() {
        return problem != null && problem.startsWith(HubSyncService.REFUSED_CREDENTIAL);
    }
}
