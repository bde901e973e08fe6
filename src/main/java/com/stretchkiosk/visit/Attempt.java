package com.stretchkiosk.visit;

import com.stretchkiosk.catalog.MeasureUnit;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A stored attempt: one stretch, one side, one repetition, as the one reading of the facts ({@link AttemptFacts})
 * gives it: with who measured it (the session's therapist) and when the session began, the attempt it corrects
 * and, once voided, why.
 */
public record Attempt(
        long id,
        String factId,
        long visitId,
        long measuredBy,
        Instant visitStartedAt,
        long stretchId,
        Side side,
        int repetition,
        Outcome outcome,
        MeasureUnit unit,
        @Nullable Integer range,
        @Nullable Integer pressure,
        @Nullable Breathing breathing,
        @Nullable Integer breathCount,
        @Nullable Integer holdSeconds,
        Set<NoteChip> noteChips,
        @Nullable String note,
        Instant recordedAt,
        @Nullable Long supersedesId,
        @Nullable Voiding voided,
        @Nullable PainStop painStop) {

    /** Repetitions of one stretch side in one session, at most (also a CHECK in the schema). */
    public static final int REPETITION_MAX = 10;

    public boolean standing() {
        return voided == null;
    }

    public boolean measured() {
        return outcome == Outcome.COMPLETED && range != null;
    }

    public StretchSide stretchSide() {
        return new StretchSide(stretchId, side);
    }
}
