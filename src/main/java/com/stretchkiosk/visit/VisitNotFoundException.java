package com.stretchkiosk.visit;

import com.stretchkiosk.base.RecordNotFoundException;

/** No session has this id. */
public class VisitNotFoundException extends RecordNotFoundException {

    public VisitNotFoundException(long visitId) {
        super("session.not-found", "No visit " + visitId);
    }
}
