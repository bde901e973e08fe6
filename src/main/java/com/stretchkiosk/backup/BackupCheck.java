package com.stretchkiosk.backup;

/**
 * What is known of a backup file on disk. Listing checks each file cheaply (SQLite's header, and a length that matches
 * the pages the header counts: a file cut short fails it); the full check (SQLite's integrity check and the kiosk's
 * tables: a few flipped bytes fail it) runs in the background once per file and is remembered while its size and time
 * stay the same.
 */
public enum BackupCheck {
    /** Both checks passed. */
    CHECKED,
    /** The cheap check passed; the full one has not finished yet. */
    CHECKING,
    /** A check failed: it cannot be restored. */
    DAMAGED
}
