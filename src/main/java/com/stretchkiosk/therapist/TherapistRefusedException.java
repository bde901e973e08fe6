package com.stretchkiosk.therapist;

import com.stretchkiosk.base.Problem;

/** A therapist's name was not accepted. */
public class TherapistRefusedException extends RuntimeException {

    private final Problem problem;

    public TherapistRefusedException(Problem problem) {
        super(problem.messageKey());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
