package com.stretchkiosk.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One audit row as a manager browses it. */
public record AuditRow(
        long id,
        Instant occurredAt,
        @Nullable String actor,
        @Nullable String tabletName,
        @Nullable Long clientId,
        @Nullable String clientName,
        @Nullable String recordType,
        @Nullable String recordId,
        AuditAction action,
        AuditOutcome outcome) {
}
