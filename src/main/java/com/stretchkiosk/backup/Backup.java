package com.stretchkiosk.backup;

import java.nio.file.Path;
import java.time.Instant;

/** One backup file: a complete, checked copy of the database at one moment. */
public record Backup(Path file, Instant takenAt, long bytes) {
}
