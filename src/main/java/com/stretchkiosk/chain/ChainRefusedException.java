package com.stretchkiosk.chain;

import com.stretchkiosk.base.Problem;

/** A chain action was refused: not a hub, not a manager, a studio name that is empty or taken. */
public class ChainRefusedException extends RuntimeException {

    private final Problem problem;

    public ChainRefusedException(Problem problem) {
        super(problem.messageKey());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
