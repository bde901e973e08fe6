package com.stretchkiosk.backup;

import com.stretchkiosk.base.PrivateFiles;
import com.stretchkiosk.base.DatabaseLock;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Restores a backup: {@code ./kiosk restore data/backups/kiosk-20261123-023000-000.db}. It refuses while a
 * kiosk runs on the database, refuses a file that is empty, fails PRAGMA integrity_check or is not a kiosk
 * database (an empty file would otherwise "restore" into an empty kiosk), keeps the current
 * database beside it (…before-restore-…), and checks the result.
 */
public final class RestoreCommand {

    private RestoreCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("Usage: ./kiosk restore <backup file> [database file, default ./data/kiosk.db]");
            System.exit(2);
        }
        Path backup = Path.of(args[0]);
        Path database = Path.of(args.length > 1 ? args[1] : "./data/kiosk.db").toAbsolutePath().normalize();
        String outcome = restore(backup, database);
        System.out.println(outcome);
        System.exit(outcome.startsWith("Restored") ? 0 : 1);
    }

    /** Restores and says what happened, in one sentence. */
    static String restore(Path backup, Path database) throws IOException {
        if (!Files.isRegularFile(backup)) {
            return "Not restored: " + backup + " does not exist.";
        }
        String problem = BackupService.problemWith(backup);
        if (problem != null) {
            return "Not restored: " + backup.getFileName() + " is not a usable backup (" + problem + "). Pick another one.";
        }
        PrivateFiles.folderOf(database);
        Optional<DatabaseLock> lock = DatabaseLock.tryAcquire(database);
        if (lock.isEmpty()) {
            return "Not restored: a kiosk is running on " + database + ". Stop it first, then restore.";
        }
        try (DatabaseLock held = lock.get()) {
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Path current = database.resolveSibling(database.getFileName() + suffix);
                if (Files.exists(current)) {
                    Files.move(current, current.resolveSibling(database.getFileName() + ".before-restore-" + stamp + suffix));
                }
            }
            Files.copy(backup, database, StandardCopyOption.COPY_ATTRIBUTES);
            PrivateFiles.closeIfThere(database);
            try (FileChannel channel = FileChannel.open(database, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            String result = BackupService.problemWith(database);
            return result == null
                    ? "Restored " + backup.getFileName() + " into " + database + " (the previous database is kept as "
                            + database.getFileName() + ".before-restore-" + stamp + "). Start the kiosk again."
                    : "Not restored cleanly: the restored database fails its check (" + result + ").";
        }
    }
}
