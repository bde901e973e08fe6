package com.stretchkiosk.chain;

import org.jspecify.annotations.Nullable;

/** A client as another studio of the chain sent them: enough to recognise them and bring them over. */
public record ChainClient(String chainClientId, String studio, String fullName, @Nullable String phone, @Nullable Integer birthYear,
        @Nullable String precautions) {
}
