package com.stretchkiosk.backup.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.KioskTest;
import com.stretchkiosk.backup.BackupService;
import com.vaadin.flow.component.UI;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Manager → Backups on the kiosk's own SQLite file (on PostgreSQL the server keeps the backups): the kiosk at a glance,
 * and a damaged backup marked as one.
 */
class BackupsScreenTest extends KioskTest {

    @Autowired
    BackupService backups;

    @Test
    void the_backups_screen_shows_the_kiosk_at_a_glance_and_marks_a_damaged_backup() throws Exception {
        Path taken = backups.backUpNow().file();
        Path halved = Files.copy(taken, backups.folder().resolve("kiosk-20000102-000000-000.db"));
        try (var file = new RandomAccessFile(halved.toFile(), "rw")) {
            file.setLength(file.length() / 2);
        }
        try {
            UI.getCurrent().navigate("manager/backups");
            String page = _get(BackupsView.class).getElement().getTextRecursively();
            assertThat(page).contains("Version " + backups.runningVersion() + ", running for ").doesNotContain("this version")
                    .contains("Free disk space: ").contains("Database: ").contains("Newest sound backup: ")
                    .doesNotContain("No sound backup yet");
            assertThat(page).contains("kiosk-20000102-000000-000.db · ").contains("damaged or empty: cannot be restored");
        } finally {
            Files.deleteIfExists(halved);
        }
    }
}
