package com.stretchkiosk.visit;

import com.stretchkiosk.catalog.MeasureUnit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Ranges over the visits, the one way they are compared: a series is one stretch, one side and one unit. A stretch
 * whose unit the studio changed starts a new series; a range is never compared with one in another unit.
 */
public final class RangeSeries {

    /** The key of a series. */
    public record Key(long stretchId, Side side, MeasureUnit unit) {
    }

    /**
     * One visit in a series: its best completed range (null if none was measured), who measured it, and that visit's
     * standing pain stop on this side if there was one (the first with a range, if any had one).
     */
    public record Point(long visitId, Instant at, @Nullable Integer best, long measuredBy, @Nullable PainStop stop) {

        public @Nullable Integer stopRange() {
            return stop == null ? null : stop.rangeAtStop();
        }
    }

    private RangeSeries() {
    }

    /**
     * Every series in the standing attempts given, each in visit order (by start, then id), holding the visits that
     * measured a range or had a pain stop. Series come in the order of their first visit.
     */
    public static Map<Key, List<Point>> of(List<Attempt> attempts) {
        Map<Key, Map<Long, List<Attempt>>> byVisit = new LinkedHashMap<>();
        attempts.stream().filter(Attempt::standing)
                .sorted(Comparator.comparing(Attempt::visitStartedAt).thenComparing(Attempt::visitId).thenComparing(Attempt::id))
                .forEach(a -> byVisit.computeIfAbsent(new Key(a.stretchId(), a.side(), a.unit()), k -> new LinkedHashMap<>())
                        .computeIfAbsent(a.visitId(), v -> new ArrayList<>()).add(a));
        Map<Key, List<Point>> series = new LinkedHashMap<>();
        byVisit.forEach((key, visits) -> {
            List<Point> points = new ArrayList<>();
            for (List<Attempt> visit : visits.values()) {
                Attempt any = visit.getFirst();
                Integer best = visit.stream().filter(Attempt::measured).map(Attempt::range).filter(Objects::nonNull)
                        .max(Integer::compare).orElse(null);
                List<PainStop> stops = visit.stream().map(Attempt::painStop).filter(Objects::nonNull)
                        .filter(s -> s.voided() == null).toList();
                PainStop stop = stops.stream().filter(s -> s.rangeAtStop() != null).findFirst()
                        .orElse(stops.isEmpty() ? null : stops.getFirst());
                if (best != null || stop != null) {
                    points.add(new Point(any.visitId(), any.visitStartedAt(), best, any.measuredBy(), stop));
                }
            }
            if (!points.isEmpty()) {
                series.put(key, List.copyOf(points));
            }
        });
        return series;
    }
}
