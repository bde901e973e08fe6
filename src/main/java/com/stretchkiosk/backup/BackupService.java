package com.stretchkiosk.backup;

import com.stretchkiosk.audit.AuditAction;
import com.stretchkiosk.audit.AuditEntry;
import com.stretchkiosk.audit.AuditOutcome;
import com.stretchkiosk.audit.AuditService;
import com.stretchkiosk.base.KioskProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Backups: SQLite's VACUUM INTO (never a file copy of the live database), fsync'd, then checked with
 * PRAGMA integrity_check before it counts. One a day automatically, and "Back up now"; the newest
 * {@code kiosk.backup.keep} are kept.
 */
@Service
public class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'kiosk-'yyyyMMdd-HHmmss-SSS'.db'").withZone(ZoneOffset.UTC);

    private final BackupRepository repository;
    private final AuditService audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Path folder;
    private final int keep;

    BackupService(BackupRepository repository, AuditService audit, TransactionTemplate transaction, Clock clock,
            KioskProperties properties) {
        this.repository = repository;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.folder = properties.backup().folder(properties.databasePath());
        this.keep = properties.backup().keep();
    }

    /** The daily backup, at the configured time in the studio's zone. */
    @Scheduled(cron = "${kiosk.backup.daily-cron:0 30 2 * * *}", zone = "${kiosk.time-zone:}")
    void daily() {
        try {
            backUpNow();
        } catch (RuntimeException e) {
            LOG.error("The daily backup failed", e);
        }
    }

    /** Takes a backup now, checks it, and prunes old ones beyond the retention. */
    public Backup backUpNow() {
        Instant now = clock.instant();
        Path target = folder.resolve(NAME.format(now));
        try {
            Files.createDirectories(folder);
            repository.vacuumInto(target);
            try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            String check = integrityCheck(target);
            if (!"ok".equals(check)) {
                Files.deleteIfExists(target);
                throw new IllegalStateException("The backup failed its integrity check: " + check);
            }
            Backup backup = new Backup(target, now, Files.size(target));
            transaction.executeWithoutResult(status -> audit.record(
                    new AuditEntry(AuditAction.BACKUP_TAKEN, AuditOutcome.OK, null, "backup", target.getFileName().toString())));
            prune(target);
            return backup;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the backup to " + target, e);
        }
    }

    /** Backups on disk, newest first. */
    public List<Backup> backups() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Backup> backups = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().matches("kiosk-\\d{8}-\\d{6}-\\d{3}\\.db")).toList()) {
                backups.add(new Backup(file, Instant.from(NAME.parse(file.getFileName().toString())), Files.size(file)));
            }
            backups.sort(Comparator.comparing(Backup::takenAt).reversed());
            return backups;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** Keeps the newest backups, and always the one just taken (even if the clock went back). */
    private void prune(Path justTaken) throws IOException {
        List<Backup> others = backups().stream().filter(b -> !b.file().equals(justTaken)).toList();
        for (Backup old : others.subList(Math.min(Math.max(0, keep - 1), others.size()), others.size())) {
            Files.deleteIfExists(old.file());
        }
    }

    /** PRAGMA integrity_check on a backup file, read-only. */
    public static String integrityCheck(Path file) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
            return result.next() ? result.getString(1) : "no answer";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
