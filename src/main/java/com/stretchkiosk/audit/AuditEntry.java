package com.stretchkiosk.audit;

import org.jspecify.annotations.Nullable;

/**
 * One audit row before it is written: who, which client and record, what, with what outcome.
 * The signed-in therapist and the tablet are filled in by the sign-in feature once it exists.
 */
public record AuditEntry(
        AuditAction action,
        AuditOutcome outcome,
        @Nullable Long clientId,
        @Nullable String recordType,
        @Nullable String recordId) {

    public static AuditEntry forClient(AuditAction action, AuditOutcome outcome, long clientId) {
        return new AuditEntry(action, outcome, clientId, "client", Long.toString(clientId));
    }
}
