package com.stretchkiosk.catalog;

/** Someone saved this stretch after the edit began; nothing was overwritten. */
public class CatalogChangedException extends RuntimeException {

    private final Stretch current;

    public CatalogChangedException(Stretch current) {
        super("Stretch " + current.id() + " changed meanwhile");
        this.current = current;
    }

    public Stretch current() {
        return current;
    }
}
