package com.stretchkiosk.visit;

import com.stretchkiosk.catalog.MeasureUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything the session screen shows: the session's own facts, and what the visits before it say (last
 * ranges per stretch side, pain stops not yet resolved). The earlier part is read once when the screen opens;
 * each tap replaces only the facts.
 */
public record VisitSheet(SessionFacts facts, Map<StretchSide, Previous> previous, List<StopCaution> earlierStops) {

    public VisitSheet {
        previous = Map.copyOf(previous);
        earlierStops = List.copyOf(earlierStops);
    }

    public VisitSheet withFacts(SessionFacts newFacts) {
        return new VisitSheet(newFacts, previous, earlierStops);
    }

    /** With the pain stops the client had at the chain's other studios, which stand with the earlier ones from now on. */
    public VisitSheet withStopsElsewhere(List<StopCaution> elsewhere) {
        List<StopCaution> all = new ArrayList<>(earlierStops.stream().filter(stop -> stop.studio() == null).toList());
        all.addAll(elsewhere);
        return new VisitSheet(facts, previous, all);
    }

    public Visit visit() {
        return facts.visit();
    }

    public List<Attempt> attempts() {
        return facts.attempts();
    }

    public @Nullable Integer painBefore() {
        return facts.painBefore();
    }

    public @Nullable Integer painAfter() {
        return facts.painAfter();
    }

    /** Last time's range of a stretch side, if it was measured in the same unit. */
    public Previous previous(StretchSide stretchSide, MeasureUnit unit) {
        Previous last = previous.getOrDefault(stretchSide, Previous.NONE);
        return last.unit() == unit ? last : Previous.NONE;
    }

    /** Attempts of one stretch side today, in order. */
    public List<Attempt> attemptsOf(StretchSide stretchSide) {
        return attempts().stream().filter(a -> a.stretchSide().equals(stretchSide)).toList();
    }

    public List<PainStop> painStops() {
        return attempts().stream().map(Attempt::painStop).filter(Objects::nonNull).toList();
    }

    /** Every pain stop not yet resolved, earlier visits' and today's, the newest first. */
    public List<StopCaution> cautions() {
        List<StopCaution> all = new ArrayList<>(earlierStops);
        for (Attempt attempt : attempts()) {
            if (attempt.painStop() != null) {
                all.add(StopCaution.of(attempt, attempt.painStop()));
            }
        }
        all.sort(Comparator.comparing(StopCaution::occurredAt).reversed());
        return all;
    }

    public Guidance guidance(StretchSide stretchSide, MeasureUnit unit) {
        return Guidance.of(cautions(), stretchSide, unit);
    }
}
