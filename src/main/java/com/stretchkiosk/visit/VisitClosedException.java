package com.stretchkiosk.visit;

/** The session has ended (perhaps on another tablet): nothing more can be recorded in it. */
public class VisitClosedException extends RuntimeException {

    public VisitClosedException(long visitId) {
        super("Visit " + visitId + " has ended");
    }
}
