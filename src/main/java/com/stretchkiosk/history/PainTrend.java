package com.stretchkiosk.history;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Pain before the session, the first rating against the latest, read against the 0–10 scale's noise
 * ({@link MinimalDetectableChange#PAIN_POINTS}): less pain is {@link Verdict#IMPROVED}, more is
 * {@link Verdict#DECLINED}, a change within the noise says nothing. The range's verdict's counterpart for pain.
 *
 * @param change latest minus first, in points (negative: less pain)
 */
public record PainTrend(int first, int latest, int change, Verdict verdict) {

    /** The trend over the visits' pain before, oldest first; none with fewer than two ratings. */
    public static Optional<PainTrend> of(List<PainPoint> pain) {
        List<Integer> before = pain.stream().map(PainPoint::before).filter(Objects::nonNull).toList();
        if (before.size() < 2) {
            return Optional.empty();
        }
        int change = before.getLast() - before.getFirst();
        Verdict verdict = Math.abs(change) <= MinimalDetectableChange.PAIN_POINTS ? Verdict.WITHIN_NOISE
                : change < 0 ? Verdict.IMPROVED : Verdict.DECLINED;
        return Optional.of(new PainTrend(before.getFirst(), before.getLast(), change, verdict));
    }
}
