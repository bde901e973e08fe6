package com.stretchkiosk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseStartupCheckTest {

    @Test
    void versions_compare_part_by_part() {
        assertThat(DatabaseStartupCheck.isAtLeast("3.53.4", "3.51.3")).isTrue();
        assertThat(DatabaseStartupCheck.isAtLeast("3.51.3", "3.51.3")).isTrue();
        assertThat(DatabaseStartupCheck.isAtLeast("3.51.2", "3.51.3")).isFalse();
        assertThat(DatabaseStartupCheck.isAtLeast("3.9.0", "3.51.3")).isFalse();
        assertThat(DatabaseStartupCheck.isAtLeast("4.0", "3.51.3")).isTrue();
    }

    @Test
    void a_healthy_database_passes() {
        try (TestDatabase database = TestDatabase.fresh()) {
            DatabaseStartupCheck.verify(TestDatabase.dataSource(database.file()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void a_file_that_is_no_database_is_refused_with_a_clear_message() throws Exception {
        Path file = Files.createTempDirectory("kiosk-bad").resolve("kiosk.db");
        Files.writeString(file, "these are a therapist's shopping notes, not a database ".repeat(200));
        assertThatThrownBy(() -> DatabaseStartupCheck.verify(TestDatabase.dataSource(file)))
                .isInstanceOf(DatabaseRefusedException.class)
                .hasMessageContaining("cannot be opened");
    }

    @Test
    void a_damaged_database_is_refused_and_points_to_the_backups() throws Exception {
        Path file;
        try (TestDatabase database = TestDatabase.fresh()) {
            file = database.file();
            database.db().execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        // Scribble over the pages after the first: the header stays valid, the b-trees do not.
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            for (long offset = 4096 * 2; offset < raw.length(); offset += 4096) {
                raw.seek(offset);
                raw.write(new byte[] {0x0d, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f});
            }
        }
        assertThatThrownBy(() -> DatabaseStartupCheck.verify(TestDatabase.dataSource(file)))
                .isInstanceOf(DatabaseRefusedException.class)
                .hasMessageMatching("(?s).*(quick_check|cannot be opened).*");
    }
}
