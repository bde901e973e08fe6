package com.stretchkiosk.chain;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the hub answered a studio's question: the answer, or why there is none: out of reach (status 0), or refused
 * with a status and the hub's reason (401 revoked, 403 not brought over, 429 asked too often).
 */
public record HubAnswer<T>(@Nullable T value, int status, @Nullable String problem) {

    static <T> HubAnswer<T> of(T value) {
        return new HubAnswer<>(value, 200, null);
    }

    static <T> HubAnswer<T> unreachable(String problem) {
        return new HubAnswer<>(null, 0, problem);
    }

    public Optional<T> answer() {
        return Optional.ofNullable(value);
    }

    /** Whether the hub was reached and refused because the studio asked too often. */
    public boolean tooOften() {
        return status == 429;
    }

    /** Whether the hub could not be reached at all. */
    public boolean unreachable() {
        return status == 0;
    }
}
