package com.stretchkiosk.base;

import static com.stretchkiosk.db.Tables.ATTEMPT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stretchkiosk.KioskApplication;
import com.stretchkiosk.backup.BackupService;
import com.stretchkiosk.catalog.CatalogService;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.client.ClientDraft;
import com.stretchkiosk.client.ClientService;
import com.stretchkiosk.therapist.TherapistService;
import com.stretchkiosk.visit.AttemptDraft;
import com.stretchkiosk.visit.Outcome;
import com.stretchkiosk.visit.Side;
import com.stretchkiosk.visit.Visit;
import com.stretchkiosk.visit.VisitService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The kiosk on a disk that fills up, for real: its data folder on a small file system of its own (a 6 MB tmpfs,
 * where the tests run as root; elsewhere SQLite's max_page_count on every pooled connection stands in). While
 * full, every tap fails as a full disk (never stored half, never reported saved), the kiosk stays up and reads
 * on, a backup fails and leaves nothing that looks like one; once space is freed, taps are saved again and the
 * database passes its integrity check.
 */
@SpringBootTest(classes = KioskApplication.class)
@DirtiesContext
class DiskFullProofTest {

    private static final Path FOLDER = dataFolder();
    private static final boolean SMALL_FILE_SYSTEM = !Boolean.getBoolean("kiosk.test.no-mount") && mount(FOLDER);

    @Autowired
    VisitService visits;

    @Autowired
    ClientService clients;

    @Autowired
    TherapistService therapists;

    @Autowired
    CatalogService catalog;

    @Autowired
    BackupService backups;

    @Autowired
    DSLContext db;

    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void onTheSmallDisk(DynamicPropertyRegistry registry) {
        registry.add("kiosk.database-path", () -> FOLDER.resolve("kiosk.db").toString());
    }

    @AfterAll
    static void unmount() throws Exception {
        if (SMALL_FILE_SYSTEM) {
            // Lazily: the kiosk's connections close after this, when Spring closes the context.
            new ProcessBuilder("umount", "-l", FOLDER.toString()).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void a_full_disk_fails_each_tap_visibly_keeps_every_saved_one_and_saves_again_once_space_is_freed() throws Exception {
        Visit session = visits.startOrResume(UUID.randomUUID(),
                clients.create(new ClientDraft("Disk Full", null, 1975, null, null)).id(), therapists.add("Dana").id());
        // A repetition holds one attempt: each tap goes to the next repetition that holds none, over the stretches without sides.
        List<Stretch> unsided = catalog.activeStretches().stream().filter(s -> !s.sided()).toList();
        for (Stretch stretch : unsided) {
            for (int repetition = 1; repetition <= com.stretchkiosk.visit.Attempt.REPETITION_MAX; repetition++) {
                slots.add(new long[] {stretch.id(), repetition});
            }
        }
        List<String> saved = new ArrayList<>();
        assertThat(tap(session, saved)).as("a tap while there is space").isNull();

        Path filler = FOLDER.resolve("filler.bin");
        fill(filler);
        int failedInARow = 0;
        int failed = 0;
        for (int attempt = 2; attempt < 400 && failedInARow < 5 && saved.size() < slots.size(); attempt++) {
            RuntimeException failure = tap(session, saved);
            if (failure == null) {
                failedInARow = 0;
            } else {
                assertThat(StorageFailure.isDiskFull(failure)).as("told apart as a full disk: %s", failure).isTrue();
                failed++;
                failedInARow++;
            }
        }
        System.out.printf("Disk full (%s): %d taps saved, %d failed as a full disk%n",
                SMALL_FILE_SYSTEM ? "6 MB tmpfs" : "max_page_count", saved.size(), failed);
        assertThat(failed).as("taps failed once the disk was full").isPositive();
        assertThat(standing(session)).as("every tap reported saved is stored, no other").containsExactlyInAnyOrderElementsOf(saved);
        assertThat(visits.facts(session.id()).attempts()).as("the kiosk still reads").hasSize(saved.size());
        if (SMALL_FILE_SYSTEM) { // max_page_count limits the database, not the backup file beside it
            int backupsBefore = backups.backups().size();
            assertThatThrownBy(backups::backUpNow).as("a backup on the full disk fails");
            assertThat(backups.backups()).as("and leaves nothing that looks like one").hasSize(backupsBefore);
        }

        free(filler);
        assertThat(tap(session, saved)).as("saved again once space is freed").isNull();
        assertThat(standing(session)).containsExactlyInAnyOrderElementsOf(saved);
        assertThat(backups.backUpNow().usable()).as("a backup works again").isTrue();
        assertThat(db.fetchValue("PRAGMA integrity_check")).isEqualTo("ok");
    }

    /** The repetitions the taps go to, in turn: {stretch id, repetition}. */
    private final List<long[]> slots = new ArrayList<>();

    /** One "Log rep" through the service, for the next repetition not yet saved: null when it was saved (and noted), else why not. */
    private RuntimeException tap(Visit session, List<String> saved) {
        UUID fact = UUID.randomUUID();
        long[] slot = slots.get(saved.size());
        try {
            visits.recordAttempt(new AttemptDraft(fact, session.id(), slot[0], Side.NONE, (int) slot[1], Outcome.COMPLETED,
                    null, 5, null, null, 30, Set.of(), "a note that takes some room ".repeat(30)));
            saved.add(fact.toString());
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private List<String> standing(Visit session) {
        return db.select(ATTEMPT.FACT_ID).from(ATTEMPT).where(ATTEMPT.VISIT_ID.eq(session.id())).fetch(ATTEMPT.FACT_ID);
    }

    /** Takes every free byte of the small file system, or (elsewhere) stops the database from growing. */
    private void fill(Path filler) throws Exception {
        if (SMALL_FILE_SYSTEM) {
            byte[] block = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(filler)) {
                while (true) {
                    out.write(block);
                }
            } catch (IOException full) {
                assertThat(full.getMessage()).containsIgnoringCase("space");
            }
        } else {
            maxPageCount("(SELECT page_count FROM pragma_page_count())");
        }
    }

    private void free(Path filler) throws Exception {
        if (SMALL_FILE_SYSTEM) {
            Files.delete(filler);
        } else {
            maxPageCount("1073741823");
        }
    }

    /** Sets max_page_count on every connection of the pool at once (a per-connection setting). */
    private void maxPageCount(String pages) throws Exception {
        List<Connection> all = new ArrayList<>();
        try {
            for (int i = 0; i < DatabaseConfiguration.POOL_SIZE; i++) {
                Connection connection = dataSource.getConnection();
                all.add(connection);
                long count;
                try (Statement statement = connection.createStatement()) {
                    var rows = statement.executeQuery("SELECT " + pages);
                    rows.next();
                    count = rows.getLong(1);
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA max_page_count = " + count);
                }
            }
        } finally {
            for (Connection connection : all) {
                connection.close();
            }
        }
    }

    private static Path dataFolder() {
        try {
            return Files.createTempDirectory("kiosk-disk-full");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 6 MB tmpfs on the folder when this runs as root; false (and the fallback) otherwise. */
    private static boolean mount(Path folder) {
        try {
            Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", folder.toString())
                    .redirectErrorStream(true).start();
            return mount.waitFor(10, TimeUnit.SECONDS) && mount.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
