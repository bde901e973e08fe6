package com.stretchkiosk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.stretchkiosk.KioskTest;
import com.stretchkiosk.base.KioskProperties;
import com.stretchkiosk.base.PrivateFiles;
import com.stretchkiosk.client.ClientDraft;
import com.stretchkiosk.client.ClientService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Health records are readable by the kiosk's user alone whatever the umask: the data folder and the backups folder
 * 0700, the database, its WAL and shared memory, its lock and every backup 0600; what was left open is closed.
 */
class PrivateFilesTest extends KioskTest {

    @Autowired
    KioskProperties properties;

    @Autowired
    BackupService backups;

    @Autowired
    ClientService clients;

    @Test
    void under_umask_022_the_database_its_companions_and_each_backup_are_the_kiosks_alone() throws IOException {
        Path database = properties.databasePath().toAbsolutePath();
        // A plain new file shows the umask (a temporary file would be 0600 whatever it is).
        Path probe = Files.createFile(database.resolveSibling("umask.probe"));
        // The point is a umask that leaves new files readable by others, as Debian's default 022 does.
        assumeThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(probe))).isEqualTo("rw-r--r--");
        Files.delete(probe);
        clients.create(new ClientDraft(unique("Private Records"), null, null, null, null));

        assertThat(mode(database.getParent())).isEqualTo("rwx------");
        for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
            Path file = database.resolveSibling(database.getFileName() + suffix);
            assertThat(file).exists();
            assertThat(mode(file)).as(file.getFileName().toString()).isEqualTo("rw-------");
        }
        Backup backup = backups.backUpNow();
        assertThat(mode(backup.file().getParent())).isEqualTo("rwx------");
        assertThat(mode(backup.file())).isEqualTo("rw-------");
    }

    @Test
    void a_backup_left_readable_by_others_is_closed_at_start() throws IOException {
        Backup backup = backups.backUpNow();
        Files.setPosixFilePermissions(backup.file(), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(backup.file().getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        backups.closeBackupsToOthers();
        assertThat(mode(backup.file())).isEqualTo("rw-------");
        assertThat(mode(backup.file().getParent())).isEqualTo("rwx------");
    }

    @Test
    void a_file_made_private_is_never_open_even_for_a_moment() throws IOException {
        Path folder = PrivateFiles.folder(Files.createTempDirectory("private").resolve("a/b"));
        Path file = PrivateFiles.file(folder.resolve("record"));
        assertThat(mode(folder)).isEqualTo("rwx------");
        assertThat(mode(file)).isEqualTo("rw-------");
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
