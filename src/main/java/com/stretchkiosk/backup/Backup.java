package com.stretchkiosk.backup;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup file: a copy of the database at one moment, and what its check found ({@link BackupCheck}): a damaged
 * one shows as damaged and a restore refuses it.
 */
public record Backup(Path file, Instant takenAt, long bytes, BackupCheck check) {

    /** Fit to restore as far as is known: not found damaged (checked, or its full check still running). */
    public boolean usable() {
        return check != BackupCheck.DAMAGED;
    }
}
