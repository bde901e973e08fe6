package com.stretchkiosk.base;

/**
 * A client, session or visit that does not exist (or was archived). The one calm "not found" page shows the
 * sentence its message key names, with a way back.
 */
public class RecordNotFoundException extends RuntimeException {

    private final String messageKey;

    public RecordNotFoundException(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    /** The translation key of the sentence a person sees. */
    public String messageKey() {
        return messageKey;
    }
}
