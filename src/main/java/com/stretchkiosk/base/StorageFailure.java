package com.stretchkiosk.base;

import java.io.IOException;
import java.util.Locale;

/** What went wrong when something could not be stored, in the words a tablet shows. */
public final class StorageFailure {

    private StorageFailure() {
    }

    /**
     * Whether the disk is full: SQLite's SQLITE_FULL ("database or disk is full") or the file system's "No space
     * left on device", anywhere in the causes. Until space is freed nothing can be saved, taps included.
     */
    public static boolean isDiskFull(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("sqlite_full") || message.contains("database or disk is full")
                    || (cause instanceof IOException && message.contains("no space left"))) {
                return true;
            }
        }
        return false;
    }

    /** The i18n key of the message for a failure to store. */
    public static String messageKey(Throwable failure) {
        return isDiskFull(failure) ? "error.disk-full" : "error.not-saved";
    }
}
