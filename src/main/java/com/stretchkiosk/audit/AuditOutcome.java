package com.stretchkiosk.audit;

/** How an audited action ended. */
public enum AuditOutcome {
    OK,
    DENIED,
    FAILED
}
