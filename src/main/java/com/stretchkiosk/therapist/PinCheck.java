package com.stretchkiosk.therapist;

import com.stretchkiosk.base.StudioUser;
import org.jspecify.annotations.Nullable;

/** The answer to a PIN typed on an enrolled tablet. */
public record PinCheck(Outcome outcome, int failures, @Nullable StudioUser user) {

    public enum Outcome {
        OK,
        WRONG,
        DISABLED,
        /** The tablet was revoked while its PIN pad was open. */
        TABLET_REVOKED
    }

    static PinCheck refused(Outcome outcome, int failures) {
        return new PinCheck(outcome, failures, null);
    }
}
