package com.stretchkiosk.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.KioskTest;
import com.stretchkiosk.client.ClientDraft;
import com.stretchkiosk.client.ClientService;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Backups taken while tablets keep writing, checked, pruned, and a restore drill. */
class BackupServiceTest extends KioskTest {

    @Autowired
    BackupService backups;

    @Autowired
    ClientService clients;

    @Test
    void a_backup_taken_while_writers_commit_stalls_none_holds_everything_before_it_and_passes_the_check() throws Exception {
        clock.set(com.stretchkiosk.TestClock.START.plus(Duration.ofDays(10)));
        long before = clients.create(new ClientDraft(unique("Before Backup"), null, null, null, null)).id();
        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Long> writeMillis = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        ExecutorService writers = Executors.newFixedThreadPool(3);
        List<Future<?>> jobs = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            int writer = w;
            jobs.add(writers.submit(() -> {
                int n = 0;
                while (running.get()) {
                    long start = System.nanoTime();
                    try {
                        clients.create(new ClientDraft("Writer " + writer + " client " + n++, null, null, null, null));
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                    writeMillis.add((System.nanoTime() - start) / 1_000_000);
                    Thread.sleep(10);
                }
                return null;
            }));
        }
        Thread.sleep(200);
        Backup backup = backups.backUpNow();
        Thread.sleep(200);
        running.set(false);
        for (Future<?> job : jobs) {
            job.get(10, TimeUnit.SECONDS);
        }
        writers.shutdown();

        assertThat(failures).as("no writer failed").isEmpty();
        assertThat(writeMillis).as("writes happened during the backup").hasSizeGreaterThan(10);
        assertThat(writeMillis.stream().mapToLong(Long::longValue).max().orElseThrow()).as("no writer stalled").isLessThan(500);
        assertThat(com.stretchkiosk.base.DatabaseStartupCheck.integrityCheck(backup.file())).isEqualTo("ok");
        assertThat(clientExists(backup.file(), before)).as("everything committed before the backup is in it").isTrue();
    }

    @Test
    void the_newest_backups_are_kept_and_older_ones_removed() {
        clock.set(com.stretchkiosk.TestClock.START.plus(Duration.ofDays(30)));
        for (int i = 0; i < 16; i++) {
            clock.advance(Duration.ofMinutes(1));
            backups.backUpNow();
        }
        List<Backup> kept = backups.backups();
        assertThat(kept).hasSize(14);
        assertThat(kept.getFirst().takenAt()).isEqualTo(clock.instant());
        assertThat(kept).allSatisfy(b -> assertThat(Files.exists(b.file())).isTrue());
    }

    @Test
    void a_restore_drill_brings_the_data_back_and_a_running_kiosk_or_a_damaged_backup_is_refused() throws Exception {
        clock.set(com.stretchkiosk.TestClock.START.plus(Duration.ofDays(20)));
        long kept = clients.create(new ClientDraft(unique("Kept By Backup"), null, null, null, null)).id();
        Backup backup = backups.backUpNow();
        long later = clients.create(new ClientDraft(unique("After Backup"), null, null, null, null)).id();

        assertThat(RestoreCommand.restore(backup.file(), databaseFile()))
                .startsWith("Not restored: a kiosk is running on");

        Path restored = Files.createTempDirectory("kiosk-restore").resolve("kiosk.db");
        Files.writeString(restored, "an old database that will be kept aside");
        assertThat(RestoreCommand.restore(backup.file(), restored)).startsWith("Restored");
        assertThat(clientExists(restored, kept)).isTrue();
        assertThat(clientExists(restored, later)).isFalse();
        assertThat(Files.list(restored.getParent()).map(p -> p.getFileName().toString()))
                .anyMatch(name -> name.startsWith("kiosk.db.before-restore-"));

        Path damaged = Files.createTempFile("kiosk-damaged", ".db");
        Files.copy(backup.file(), damaged, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (RandomAccessFile raw = new RandomAccessFile(damaged.toFile(), "rw")) {
            for (long offset = 4096 * 2; offset < raw.length(); offset += 4096) {
                raw.seek(offset);
                raw.write(new byte[] {0x0d, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f});
            }
        }
        assertThat(RestoreCommand.restore(damaged, Files.createTempDirectory("kiosk-restore").resolve("kiosk.db")))
                .startsWith("Not restored:").contains("integrity_check");
    }

    private static boolean clientExists(Path database, long id) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             ResultSet result = connection.createStatement().executeQuery("SELECT count(*) FROM client WHERE id = " + id)) {
            return result.next() && result.getInt(1) == 1;
        }
    }

    @Test
    void an_empty_or_foreign_file_is_never_a_usable_backup_the_list_says_so_and_restore_refuses_it() throws Exception {
        Path folder = backups.folder();
        Files.createDirectories(folder);
        Path empty = folder.resolve("kiosk-19990101-000000-000.db");
        Files.write(empty, new byte[0]);
        Path foreign = Files.createTempFile("not-a-kiosk", ".db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + foreign);
             var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE notes (text TEXT)");
        }
        try {
            assertThat(BackupService.problemWith(empty)).as("SQLite reads an empty file as an empty database").isNotNull();
            assertThat(BackupService.problemWith(foreign)).contains("not a Stretch Kiosk database");
            assertThat(backups.backups()).filteredOn(b -> b.file().equals(empty)).singleElement()
                    .satisfies(b -> assertThat(b.usable()).isFalse());

            Path database = Files.createTempDirectory("restore-target").resolve("kiosk.db");
            assertThat(RestoreCommand.restore(empty, database)).startsWith("Not restored");
            assertThat(RestoreCommand.restore(foreign, database)).startsWith("Not restored");
            assertThat(database).doesNotExist();
        } finally {
            Files.deleteIfExists(empty);
            Files.deleteIfExists(foreign);
        }
    }

    @Test
    void a_backup_is_written_under_a_temporary_name_and_only_a_checked_one_gets_the_backup_name() throws Exception {
        clock.set(com.stretchkiosk.TestClock.START.plus(Duration.ofDays(20)));
        Backup taken = backups.backUpNow();
        assertThat(taken.usable()).isTrue();
        assertThat(BackupService.problemWith(taken.file())).isNull();
        try (var files = Files.list(backups.folder())) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".partial"));
        }
        assertThat(backups.freeBytes()).isPositive();
    }

    @Test
    void a_backup_with_4_kb_flipped_and_one_cut_in_half_are_listed_as_damaged_and_a_sound_one_as_checked() throws Exception {
        clock.set(com.stretchkiosk.TestClock.START.plus(Duration.ofDays(30)));
        clients.create(new ClientDraft(unique("Damaged Backup"), null, null, null, null));
        Path sound = backups.backUpNow().file();
        // Two copies of it under backup names of their own (taking more backups would prune the oldest).
        Path flipped = Files.copy(sound, backups.folder().resolve("kiosk-20000101-000000-001.db"));
        Path halved = Files.copy(sound, backups.folder().resolve("kiosk-20000101-000000-002.db"));
        try (RandomAccessFile file = new RandomAccessFile(flipped.toFile(), "rw")) {
            byte[] block = new byte[4096];
            long middle = file.length() / 2 / 4096 * 4096;
            file.seek(middle);
            file.readFully(block);
            for (int i = 0; i < block.length; i++) {
                block[i] = (byte) ~block[i];
            }
            file.seek(middle);
            file.write(block);
        }
        try (RandomAccessFile file = new RandomAccessFile(halved.toFile(), "rw")) {
            file.setLength(file.length() / 2);
        }

        assertThat(check(halved)).as("cut short: the cheap check at listing").isEqualTo(BackupCheck.DAMAGED);
        long deadline = System.currentTimeMillis() + 20_000;
        while (check(flipped) == BackupCheck.CHECKING && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(check(flipped)).as("flipped bytes: the full check in the background").isEqualTo(BackupCheck.DAMAGED);
        while (check(sound) == BackupCheck.CHECKING && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(check(sound)).isEqualTo(BackupCheck.CHECKED);
        Files.delete(flipped);
        Files.delete(halved);
    }

    @Test
    void a_backup_whose_header_names_no_page_size_sqlite_writes_is_damaged_not_an_error() throws Exception {
        Path file = Files.createTempFile("header", ".db");
        byte[] header = new byte[4096];
        System.arraycopy("SQLite format 3\u0000".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, header, 0, 16);
        Files.write(file, header);
        try {
            assertThat(BackupService.wholeSqliteFile(file, header.length)).as("page size 0").isFalse();
            header[16] = 0x03;   // 768: not a power of two
            Files.write(file, header);
            assertThat(BackupService.wholeSqliteFile(file, header.length)).as("page size 768").isFalse();
        } finally {
            Files.delete(file);
        }
    }

    private BackupCheck check(Path file) {
        return backups.backups().stream().filter(b -> b.file().equals(file)).findFirst().orElseThrow().check();
    }
}
