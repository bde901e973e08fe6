package com.stretchkiosk.base;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused database into Spring Boot's short "APPLICATION FAILED TO START" message. */
class DatabaseRefusedFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseRefusedException cause) {
        return new FailureAnalysis("Stretch Kiosk refuses to run: " + cause.getMessage(),
                "Fix the database as described above, then start the kiosk again.", cause);
    }
}
