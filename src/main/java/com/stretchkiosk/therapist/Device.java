package com.stretchkiosk.therapist;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An enrolled tablet: therapists switch on it by PIN. */
public record Device(long id, String label, Instant enrolledAt, @Nullable Instant lastSeenAt, @Nullable Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
