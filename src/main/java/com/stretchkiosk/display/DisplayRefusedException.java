package com.stretchkiosk.display;

import com.stretchkiosk.base.Problem;

/** A pairing was refused: a wrong or expired code, too many tries, or a device that may not do it. */
public class DisplayRefusedException extends RuntimeException {

    private final Problem problem;

    public DisplayRefusedException(Problem problem) {
        super(problem.messageKey());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
