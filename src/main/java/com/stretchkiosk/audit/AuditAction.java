package com.stretchkiosk.audit;

/** What an audit row records. Names only: never a clinical value. */
public enum AuditAction {
    CLIENT_VIEWED,
    CLIENT_CREATED,
    CLIENT_UPDATED,
    DEMO_STUDIO_CREATED
}
