package com.stretchkiosk.visit;

import com.stretchkiosk.base.Problem;
import java.util.Map;

/**
 * A Log or Skip for a repetition that already holds a standing attempt (a double tap, a tap replayed after an outage,
 * another tablet): nothing was stored.
 */
public class RepetitionTakenException extends RecordingRefusedException {

    private final Slot slot;

    public RepetitionTakenException(Slot slot) {
        super(Map.of(AttemptField.REPETITION, Problem.of("visit.repetition.taken", slot.repetition())));
        this.slot = slot;
    }

    public Slot slot() {
        return slot;
    }
}
