package com.stretchkiosk.base;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An upgrade never risks the studio's only database: before Flyway applies a new migration to a database that has
 * history, a copy is taken and checked ("kiosk-before-upgrade-to-0.4.0-….db" beside the backups); if a migration
 * then fails, the copy is put back, nothing starts, and one paragraph says what happened and what to do. A new,
 * empty database needs no copy.
 */
final class UpgradeGuard {

    private static final Logger LOG = LoggerFactory.getLogger(UpgradeGuard.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private UpgradeGuard() {
    }

    static void migrate(Flyway flyway, HikariDataSource dataSource, Path database, Path backups, String version) {
        var info = flyway.info();
        if (info.applied().length == 0 || info.pending().length == 0) {
            flyway.migrate();
            return;
        }
        Path copy = backups.resolve("kiosk-before-upgrade-to-" + version.replaceAll("[^A-Za-z0-9.-]", "_") + "-"
                + LocalDateTime.now().format(STAMP) + ".db");
        takeCopy(dataSource, copy);
        LOG.info("Before the upgrade to {} ({} new migrations), the database was copied to {}", version, info.pending().length, copy);
        try {
            flyway.migrate();
        } catch (RuntimeException failed) {
            LOG.error("The upgrade to {} failed", version, failed);
            dataSource.close();
            String restored = putBack(copy, database);
            throw new RefusedToStartException("The upgrade to version " + version + " could not change the database, so the kiosk"
                    + " did not start (" + firstLine(failed) + "). " + restored + " The tablets show nothing until the kiosk runs"
                    + " again: start the version that ran before (your data is as it left it), and send the log above to whoever"
                    + " installed the kiosk; the copy taken before the upgrade is " + copy + ".", failed);
        }
    }

    /** VACUUM INTO a fresh 0600 file, checked with SQLite's integrity check; refuses to upgrade without a sound copy. */
    private static void takeCopy(HikariDataSource dataSource, Path copy) {
        PrivateFiles.folderOf(copy);
        PrivateFiles.file(copy);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("VACUUM INTO '" + copy.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new RefusedToStartException("Before upgrading, the kiosk copies the database, and could not (" + e.getMessage()
                    + "). Nothing was changed. Free some disk space or check the backup folder " + copy.getParent()
                    + ", then start again.", e);
        }
        String check = DatabaseStartupCheck.integrityCheck(copy);
        if (!"ok".equals(check)) {
            throw new RefusedToStartException("Before upgrading, the kiosk copies the database, and the copy failed its check ("
                    + check + "). Nothing was changed. Start again; if it happens again, restore the latest backup.");
        }
    }

    /** The copy back in the database's place (its WAL and shared memory gone with the failed upgrade); what was done, in words. */
    private static String putBack(Path copy, Path database) {
        try {
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Files.deleteIfExists(database.resolveSibling(database.getFileName() + suffix));
            }
            Files.copy(copy, database, StandardCopyOption.REPLACE_EXISTING);
            PrivateFiles.closeIfThere(database);
            LOG.info("The database was put back from {}", copy);
            return "The database was put back as it was before the upgrade.";
        } catch (IOException e) {
            LOG.error("Could not put the database back from {}", copy, e);
            return "The database could NOT be put back (" + e.getMessage() + "): copy " + copy + " over " + database
                    + " by hand before starting any version.";
        }
    }

    private static String firstLine(Throwable failed) {
        Throwable root = failed;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
