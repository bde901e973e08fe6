package com.stretchkiosk.backup;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup file: a copy of the database at one moment. {@code usable} is false for a file that cannot be a
 * backup (empty, or without SQLite's header): the list shows it as damaged and a restore refuses it.
 */
public record Backup(Path file, Instant takenAt, long bytes, boolean usable) {
}
