package com.stretchkiosk.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a manager narrows the audit log to; every part optional.
 *
 * @param actor  who, by name
 * @param client part of a client's name
 * @param from   from this instant on
 * @param until  before this instant
 */
public record AuditFilter(@Nullable String actor, @Nullable String client, @Nullable AuditAction action,
        @Nullable Instant from, @Nullable Instant until) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}
