package com.stretchkiosk.audit;

/** What an audit row records. Names only: never a clinical value. */
public enum AuditAction {
    CLIENT_VIEWED,
    CLIENT_CREATED,
    CLIENT_UPDATED,
    VISIT_STARTED,
    VISIT_OPENED,
    VISIT_ENDED,
    FACT_RECORDED,
    FACT_VOIDED,
    THERAPIST_ADDED,
    FIRST_MANAGER_CREATED,
    PIN_SET,
    THERAPIST_DEACTIVATED,
    THERAPIST_REACTIVATED,
    AUDIT_VIEWED,
    SIGNED_IN,
    SIGN_IN_FAILED,
    HISTORY_VIEWED,
    HISTORY_EXPORTED,
    FLAG_RESOLVED,
    DEMO_STUDIO_CREATED
}
