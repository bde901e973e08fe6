package com.stretchkiosk.backup;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The kiosk at a glance, for a manager: the version running and for how long, the disk space left, the database's
 * size, and the newest backup not found damaged.
 *
 * @param databaseBytes the database file and its WAL; -1 on PostgreSQL, whose server keeps them
 * @param freeBytes     -1 when the disk cannot say
 */
public record StudioHealth(String version, Duration uptime, long freeBytes, long databaseBytes, @Nullable Instant lastGoodBackup) {

    /** A backup older than this (or none) is shown as a problem: the nightly one has not run. */
    public static final Duration BACKUP_OVERDUE = Duration.ofHours(36);

    public boolean backupOverdue(Instant now) {
        return lastGoodBackup == null || lastGoodBackup.isBefore(now.minus(BACKUP_OVERDUE));
    }
}
