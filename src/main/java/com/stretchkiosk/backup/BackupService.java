package com.stretchkiosk.backup;

import com.stretchkiosk.audit.AuditAction;
import com.stretchkiosk.audit.AuditEntry;
import com.stretchkiosk.audit.AuditOutcome;
import com.stretchkiosk.audit.AuditService;
import com.stretchkiosk.base.PrivateFiles;
import com.stretchkiosk.base.DatabaseEngine;
import com.stretchkiosk.base.DatabaseStartupCheck;
import com.stretchkiosk.base.KioskProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
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
    /** Below this much free space the Backups screen warns: a backup, or a day of taps, may not fit. */
    public static final long LOW_SPACE_BYTES = 1L << 30;
    static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'kiosk-'yyyyMMdd-HHmmss-SSS'.db'").withZone(ZoneOffset.UTC);

    private final BackupRepository repository;
    private final AuditService audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Path folder;
    private final int keep;
    private final DatabaseEngine engine;
    private final String version;
    private final Path database;
    /** What the full check found per file, and the one thread that runs it (a check reads a whole file). */
    private final java.util.Map<Path, FullCheck> checks = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.Executor checking = java.util.concurrent.Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("backup-check").factory());

    BackupService(BackupRepository repository, AuditService audit, TransactionTemplate transaction, Clock clock,
            KioskProperties properties, DatabaseEngine engine,
            org.springframework.beans.factory.ObjectProvider<org.springframework.boot.info.BuildProperties> build) {
        this.engine = engine;
        this.version = com.stretchkiosk.base.DatabaseConfiguration.runningVersion(build);
        this.repository = repository;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.folder = properties.backup().folder(properties.databasePath());
        this.database = properties.databasePath().toAbsolutePath();
        this.keep = properties.backup().keep();
    }

    /** At start: backups an earlier version (or a copy by hand) left readable by others are closed to them. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void closeBackupsToOthers() {
        if (!available() || !Files.isDirectory(folder)) {
            return;
        }
        PrivateFiles.folder(folder);
        try (var files = Files.list(folder)) {
            files.filter(Files::isRegularFile).forEach(PrivateFiles::closeIfThere);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the backup folder " + folder, e);
        }
    }

    /**
     * Whether the kiosk takes its own backups: of its SQLite file, yes; on PostgreSQL the server's own tools do
     * (pg_dump, continuous archiving), as the README says.
     */
    public boolean available() {
        return engine == DatabaseEngine.SQLITE;
    }

    /** The daily backup, at the configured time in the studio's zone. */
    @Scheduled(cron = "${kiosk.backup.daily-cron:0 30 2 * * *}", zone = "${kiosk.time-zone:}")
    void daily() {
        if (!available()) {
            return;
        }
        try {
            backUpNow();
        } catch (RuntimeException e) {
            LOG.error("The daily backup failed", e);
        }
    }

    /**
     * Takes a backup now: written under a temporary name, flushed, checked (integrity and a complete kiosk
     * database), and only then renamed to its final name, so a failed backup (a full disk, a crash) never
     * leaves a file that looks like one. Then prunes old ones beyond the retention.
     */
    public Backup backUpNow() {
        if (!available()) {
            throw new IllegalStateException("On PostgreSQL the server's own tools take the backups");
        }
        Instant now = clock.instant();
        Path target = folder.resolve(NAME.format(now));
        Path partial = folder.resolve(target.getFileName() + ".partial");
        try {
            PrivateFiles.folder(folder);
            Files.deleteIfExists(partial);
            // VACUUM INTO writes into an empty file it finds: created 0600, so no backup is ever readable by others.
            PrivateFiles.file(partial);
            repository.vacuumInto(partial);
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            String problem = problemWith(partial);
            if (problem != null) {
                throw new IllegalStateException("The backup failed its check: " + problem);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            forceFolder();
            Backup backup = new Backup(target, now, Files.size(target), BackupCheck.CHECKED);
            checks.put(target, new FullCheck(Files.size(target), Files.getLastModifiedTime(target).toMillis(), BackupCheck.CHECKED));
            transaction.executeWithoutResult(status -> audit.record(
                    new AuditEntry(AuditAction.BACKUP_TAKEN, AuditOutcome.OK, null, "backup", target.getFileName().toString())));
            prune(target);
            return backup;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(partial);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("Cannot write the backup to " + target, io);
            }
            throw (RuntimeException) e;
        }
    }

    /**
     * What makes a file unfit to restore, or null when it is a sound kiosk database: empty (SQLite would
     * read an empty file as an empty database), failing PRAGMA integrity_check, or without the kiosk's tables.
     */
    public static @org.jspecify.annotations.Nullable String problemWith(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                return "the file is empty or missing";
            }
        } catch (IOException e) {
            return e.getMessage();
        }
        String check = DatabaseStartupCheck.integrityCheck(file);
        if (!"ok".equals(check)) {
            return "PRAGMA integrity_check says: " + check;
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('client', 'visit', 'attempt', 'pain_stop')")) {
            return result.next() && result.getInt(1) == 4 ? null : "it is not a Stretch Kiosk database";
        } catch (SQLException e) {
            return String.valueOf(e.getMessage());
        }
    }

    /**
     * The kiosk at a glance: version, time running, disk space, database size and the newest sound backup among
     * {@code listed} (what {@link #backups()} just gave, so that one look lists the folder once).
     */
    public StudioHealth health(List<Backup> listed) {
        long databaseBytes = -1;
        if (available()) {
            databaseBytes = 0;
            for (String suffix : new String[] {"", "-wal"}) {
                Path file = database.resolveSibling(database.getFileName() + suffix);
                try {
                    databaseBytes += Files.exists(file) ? Files.size(file) : 0;
                } catch (IOException e) {
                    LOG.debug("Could not read the size of {}", file, e);
                }
            }
        }
        Instant lastGood = listed.stream().filter(Backup::usable).map(Backup::takenAt).max(Comparator.naturalOrder()).orElse(null);
        return new StudioHealth(version, Duration.ofMillis(java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()),
                freeBytes(), databaseBytes, lastGood);
    }

    /** Space left on the disk that holds the backups (and, by default, the database). */
    public long freeBytes() {
        try {
            Path existing = Files.isDirectory(folder) ? folder : folder.toAbsolutePath().getParent();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing == null ? -1 : Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    private void forceFolder() {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.debug("This file system does not flush a folder; the rename is durable on the next flush", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not remove the unfinished backup {}", file, e);
        }
    }

    /**
     * Backups on disk, newest first, each checked: cheaply here (SQLite's header, and a length that matches the pages
     * it counts), fully in the background once per file (integrity check and the kiosk's tables), remembered while
     * its size and time stay the same.
     */
    public List<Backup> backups() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Backup> backups = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().matches("kiosk-\\d{8}-\\d{6}-\\d{3}\\.db")).toList()) {
                backups.add(new Backup(file, Instant.from(NAME.parse(file.getFileName().toString())), Files.size(file), check(file)));
            }
            backups.sort(Comparator.comparing(Backup::takenAt).reversed());
            return backups;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A full check's finding for a file as it was (size and time): a changed file is checked again. */
    private record FullCheck(long bytes, long modified, BackupCheck found) {
    }

    private BackupCheck check(Path file) throws IOException {
        long bytes = Files.size(file);
        long modified = Files.getLastModifiedTime(file).toMillis();
        if (!wholeSqliteFile(file, bytes)) {
            return BackupCheck.DAMAGED;
        }
        FullCheck known = checks.get(file);
        if (known != null && known.bytes() == bytes && known.modified() == modified) {
            return known.found();
        }
        checks.put(file, new FullCheck(bytes, modified, BackupCheck.CHECKING));
        checking.execute(() -> {
            String problem = problemWith(file);
            if (problem != null) {
                LOG.warn("The backup {} is damaged: {}", file.getFileName(), problem);
            }
            checks.put(file, new FullCheck(bytes, modified, problem == null ? BackupCheck.CHECKED : BackupCheck.DAMAGED));
        });
        return BackupCheck.CHECKING;
    }

    public Path folder() {
        return folder;
    }

    /** The kiosk's version as its build stamped it (an upgrade copies the database first, named after it). */
    public String runningVersion() {
        return version;
    }

    /**
     * Cheap enough for every listing: SQLite's 16-byte header in front, and the file as long as the pages its header
     * counts (page size at byte 16, page count at byte 28, valid when the change counter at 24 matches byte 92).
     */
    static boolean wholeSqliteFile(Path file, long bytes) {
        try (var in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(100);
            if (header.length < 100 || !new String(header, 0, 16, java.nio.charset.StandardCharsets.US_ASCII).equals("SQLite format 3\u0000")) {
                return false;
            }
            var read = java.nio.ByteBuffer.wrap(header);
            int pageSize = Short.toUnsignedInt(read.getShort(16));
            long pageBytes = pageSize == 1 ? 65_536 : pageSize;
            if (pageBytes < 512 || Long.bitCount(pageBytes) != 1) {
                return false;   // not a page size SQLite writes: the header itself is damaged
            }
            long pages = Integer.toUnsignedLong(read.getInt(28));
            boolean countValid = pages > 0 && read.getInt(24) == read.getInt(92);
            return countValid ? bytes == pages * pageBytes : bytes % pageBytes == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Keeps the newest backups, and always the one just taken (even if the clock went back). */
    private void prune(Path justTaken) throws IOException {
        List<Backup> others = backups().stream().filter(b -> !b.file().equals(justTaken)).toList();
        for (Backup old : others.subList(Math.min(Math.max(0, keep - 1), others.size()), others.size())) {
            Files.deleteIfExists(old.file());
            checks.remove(old.file());
        }
    }
}
