package com.stretchkiosk.visit;

import com.stretchkiosk.base.Problem;
import java.util.Map;

/** A tapped value was refused; nothing was stored, and each problem belongs at its control. */
public class RecordingRefusedException extends RuntimeException {

    private final Map<AttemptField, Problem> problems;

    public RecordingRefusedException(Map<AttemptField, Problem> problems) {
        super("Refused: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public Map<AttemptField, Problem> problems() {
        return problems;
    }
}
