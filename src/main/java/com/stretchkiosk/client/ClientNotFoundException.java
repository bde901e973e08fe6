package com.stretchkiosk.client;

/** No client has this id (or it was archived). */
public class ClientNotFoundException extends RuntimeException {

    public ClientNotFoundException(long id) {
        super("No client " + id);
    }
}
