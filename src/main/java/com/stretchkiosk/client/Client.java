package com.stretchkiosk.client;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A client of the studio, as stored. {@code version} guards against silent overwrites. */
public record Client(
        long id,
        String fullName,
        @Nullable String phone,
        @Nullable Integer birthYear,
        @Nullable String precautions,
        @Nullable LocalDate consentOn,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public boolean hasPrecautions() {
        return precautions != null;
    }

    /** The client's details as a draft, the starting point of an edit. */
    public ClientDraft toDraft() {
        return new ClientDraft(fullName, phone, birthYear, precautions, consentOn);
    }
}
