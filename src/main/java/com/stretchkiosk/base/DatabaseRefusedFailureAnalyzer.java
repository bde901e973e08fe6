package com.stretchkiosk.base;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused database or setting into Spring Boot's short "APPLICATION FAILED TO START" message. */
class DatabaseRefusedFailureAnalyzer extends AbstractFailureAnalyzer<RefusedToStartException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RefusedToStartException cause) {
        return new FailureAnalysis("Stretch Kiosk refuses to run: " + cause.getMessage(),
                "Fix what is described above, then start the kiosk again.", cause);
    }
}
