package com.stretchkiosk.therapist;

import com.stretchkiosk.base.DeviceKind;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An enrolled device: a studio tablet (therapists switch on it by PIN) or a client display (it shows the client the
 * pacer and the hold countdown of the tablet it is paired with).
 */
public record Device(long id, String label, DeviceKind kind, Instant enrolledAt, @Nullable Instant lastSeenAt, @Nullable Instant revokedAt,
        boolean dark) {

    public boolean active() {
        return revokedAt == null;
    }
}
