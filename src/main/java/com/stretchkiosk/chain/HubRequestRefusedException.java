package com.stretchkiosk.chain;

/**
 * A studio's request the hub will not carry out, with the HTTP status it answers and a short reason in words: 400 for
 * a request that is not what the protocol says, 403 for a client the studio has not brought over, 404 for one the chain
 * does not know, 413 for a body over the limit, 429 for asking too often. A studio's mistake, not the hub's fault: it
 * is answered, never logged as an error.
 */
public class HubRequestRefusedException extends RuntimeException {

    private final int status;

    public HubRequestRefusedException(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
