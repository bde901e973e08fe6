package com.stretchkiosk.visit;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A session's own facts as stored now: the visit, its standing attempts in the order they were tapped (with
 * their pain stops) and its pain ratings. Read once at the end of every tap's transaction and handed to every
 * screen showing the session; {@code revision} orders them, so a screen never goes back to older facts.
 */
public record SessionFacts(Visit visit, List<Attempt> attempts, @Nullable Integer painBefore, @Nullable Integer painAfter,
        long revision) {

    public SessionFacts {
        attempts = List.copyOf(attempts);
    }
}
