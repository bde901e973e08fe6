package com.stretchkiosk.therapist;

import com.stretchkiosk.base.StudioUser;

/** A therapist or manager as the manager's list shows them. */
public record TherapistAccount(long id, String displayName, String role, boolean hasPin, boolean pinDisabled,
        boolean deactivated) {

    public boolean isManager() {
        return StudioUser.MANAGER.equals(role);
    }
}
