package com.stretchkiosk.client;

/** Another tablet saved this client after the edit began; nothing was overwritten. */
public class ClientChangedException extends RuntimeException {

    private final Client current;

    public ClientChangedException(Client current) {
        super("Client " + current.id() + " is now at version " + current.version());
        this.current = current;
    }

    /** The client as the other tablet saved it. */
    public Client current() {
        return current;
    }
}
