package com.stretchkiosk.visit;

import com.stretchkiosk.base.TextLimits;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An attempt as tapped at the table, before it is stored. {@code factId} is made at the tap, so the
 * same tap sent twice is stored once.
 */
public record AttemptDraft(
        UUID factId,
        long visitId,
        long stretchId,
        Side side,
        int repetition,
        Outcome outcome,
        @Nullable Integer range,
        @Nullable Integer pressure,
        @Nullable Breathing breathing,
        @Nullable Integer breathCount,
        @Nullable Integer holdSeconds,
        Set<NoteChip> noteChips,
        @Nullable String note) {

    public static final int NOTE_MAX_LENGTH = TextLimits.NOTE_MAX_LENGTH;

    public AttemptDraft {
        noteChips = Set.copyOf(noteChips);
    }

    /** A stretch side skipped today. */
    public static AttemptDraft skipped(UUID factId, long visitId, long stretchId, Side side, int repetition) {
        return new AttemptDraft(factId, visitId, stretchId, side, repetition, Outcome.SKIPPED, null, null, null, null,
                null, Set.of(), null);
    }
}
