package com.stretchkiosk.base;

/** The kiosk will not start as it is set up; the message says why and what to do (Spring Boot prints it, no stack trace). */
public class RefusedToStartException extends RuntimeException {

    public RefusedToStartException(String message) {
        super(message);
    }

    public RefusedToStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
