package com.stretchkiosk.visit;

import com.stretchkiosk.catalog.MeasureUnit;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the unresolved pain stops say about one stretch side: every such stop, and the one to stay below, which
 * is the lowest range among the stops measured in the stretch's current unit. A stop without a range still
 * warns but never hides an earlier stop's value; a resolved stop is not here at all.
 */
public record Guidance(List<StopCaution> stops, @Nullable StopCaution stayBelow) {

    public static final Guidance NONE = new Guidance(List.of(), null);

    public Guidance {
        stops = List.copyOf(stops);
    }

    static Guidance of(List<StopCaution> cautions, StretchSide stretchSide, MeasureUnit unit) {
        List<StopCaution> stops = cautions.stream().filter(c -> c.stretchSide().equals(stretchSide)).toList();
        StopCaution lowest = stops.stream()
                .filter(c -> c.unit() == unit && c.range() != null)
                .min(Comparator.comparing((StopCaution c) -> c.range() == null ? Integer.MAX_VALUE : c.range())
                        .thenComparing(StopCaution::occurredAt, Comparator.reverseOrder()))
                .orElse(null);
        return new Guidance(stops, lowest);
    }

    public boolean warns() {
        return !stops.isEmpty();
    }

    /** The value to stay below, if any stop of this side has a range in the current unit. */
    public @Nullable Integer stayBelowValue() {
        return stayBelow == null ? null : stayBelow.range();
    }

    /** Whether a value reaches or passes the value to stay below (higher is always deeper, in every unit). */
    public boolean atOrPast(@Nullable Integer value) {
        Integer limit = stayBelowValue();
        return value != null && limit != null && value >= limit;
    }
}
