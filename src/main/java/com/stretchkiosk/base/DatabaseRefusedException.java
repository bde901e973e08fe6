package com.stretchkiosk.base;

/** The kiosk will not start on this database; the message says why and what to do. */
public class DatabaseRefusedException extends RefusedToStartException {

    public DatabaseRefusedException(String message) {
        super(message);
    }

    public DatabaseRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
