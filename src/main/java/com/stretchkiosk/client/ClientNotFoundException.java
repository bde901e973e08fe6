package com.stretchkiosk.client;

import com.stretchkiosk.base.RecordNotFoundException;

/** No client has this id (or it was archived). */
public class ClientNotFoundException extends RecordNotFoundException {

    public ClientNotFoundException(long id) {
        super("client.not-found", "No client " + id);
    }
}
