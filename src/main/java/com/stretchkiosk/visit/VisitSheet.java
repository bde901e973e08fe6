package com.stretchkiosk.visit;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything the session screen shows: the visit, its facts in the order they were tapped (voided ones
 * left out), the pain ratings and what earlier visits say about each stretch side.
 */
public record VisitSheet(
        Visit visit,
        List<Attempt> attempts,
        @Nullable Integer painBefore,
        @Nullable Integer painAfter,
        Map<StretchSide, Previous> previous) {

    public Previous previous(StretchSide stretchSide) {
        return previous.getOrDefault(stretchSide, Previous.NONE);
    }

    /** Attempts of one stretch side today, in order. */
    public List<Attempt> attemptsOf(StretchSide stretchSide) {
        return attempts.stream().filter(a -> a.stretchSide().equals(stretchSide)).toList();
    }

    public List<PainStop> painStops() {
        return attempts.stream().map(Attempt::painStop).filter(java.util.Objects::nonNull).toList();
    }
}
