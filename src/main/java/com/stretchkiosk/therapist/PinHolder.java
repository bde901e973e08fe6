package com.stretchkiosk.therapist;

import org.jspecify.annotations.Nullable;

/** What a PIN check needs to know of a person: their PIN's hash and whether it (or they) may be used. */
record PinHolder(long id, String displayName, String role, @Nullable String pinHash, boolean deactivated, boolean pinDisabled) {
}
