package com.stretchkiosk.visit;

/** No session has this id. */
public class VisitNotFoundException extends RuntimeException {

    public VisitNotFoundException(long visitId) {
        super("No visit " + visitId);
    }
}
