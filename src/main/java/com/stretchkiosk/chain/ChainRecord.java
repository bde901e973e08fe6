package com.stretchkiosk.chain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the chain's other studios hold of a client, for a briefing at this one: the standing sharp-pain stops first,
 * then the sessions that stand (not voided), newest first, each with its repetitions as they stand.
 */
public record ChainRecord(List<ChainCaution> cautions, List<ChainVisit> visits) {

    public static final ChainRecord EMPTY = new ChainRecord(List.of(), List.of());

    /**
     * Per studio, stretch, side and unit: the best completed range of each session there, first against latest, in
     * the order the stretch sides were first measured. Repetitions stopped for pain, skipped or not measured count
     * for none.
     */
    public List<ChainRange> ranges() {
        record StretchSide(String stretch, String side, String unit) {
        }
        Map<String, ChainRange> ranges = new LinkedHashMap<>();
        for (ChainVisit visit : visits.reversed()) {
            Map<StretchSide, Integer> best = new LinkedHashMap<>();
            for (ChainAttempt attempt : visit.attempts()) {
                Integer range = attempt.range();
                if ("COMPLETED".equals(attempt.outcome()) && range != null) {
                    best.merge(new StretchSide(attempt.stretch(), attempt.side(), attempt.unit()), range, Math::max);
                }
            }
            Instant at = visit.startedAt();
            best.forEach((side, range) -> ranges.merge(visit.studio() + "\n" + side,
                    new ChainRange(visit.studio(), side.stretch(), side.side(), side.unit(), range, at, range, at, 1),
                    (before, now) -> new ChainRange(before.studio(), before.stretch(), before.side(), before.unit(), before.first(),
                            before.firstAt(), range, at, before.sessions() + 1)));
        }
        return new ArrayList<>(ranges.values());
    }
}
