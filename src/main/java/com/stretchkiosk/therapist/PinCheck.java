package com.stretchkiosk.therapist;

import com.stretchkiosk.base.StudioUser;
import org.jspecify.annotations.Nullable;

/** The answer to a PIN typed on an enrolled tablet. */
public record PinCheck(Outcome outcome, int failures, @Nullable StudioUser user) {

    public enum Outcome {
        OK,
        WRONG,
        DISABLED
    }

    static PinCheck refused(Outcome outcome, int failures) {
        return new PinCheck(outcome, failures, null);
    }
}
