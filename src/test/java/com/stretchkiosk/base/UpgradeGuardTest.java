package com.stretchkiosk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stretchkiosk.KioskApplication;
import com.stretchkiosk.client.ClientDraft;
import com.stretchkiosk.client.ClientService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An upgrade copies the database before it migrates it, and a failing migration puts the copy back: the studio's
 * records are as they were, the kiosk says what happened and does not start, and the version that ran before starts
 * on them again.
 */
class UpgradeGuardTest {

    private static final String LOCATIONS = "classpath:db/migration/common,classpath:db/migration/{vendor}";

    @TempDir
    Path folder;

    @Test
    void a_failing_upgrade_puts_the_database_back_as_it_was_and_says_so() throws Exception {
        Path database = folder.resolve("kiosk.db");
        try (ConfigurableApplicationContext previousRelease = start(database, LOCATIONS)) {
            previousRelease.getBean(ClientService.class).create(new ClientDraft("Ruth Before-Upgrade", null, null, null, null));
        }
        List<String> versionsBefore = versions(database);

        assertThatThrownBy(() -> start(database, LOCATIONS + ",classpath:db/failing-upgrade").close())
                .satisfies(failure -> assertThat(refusal(failure)).contains("could not change the database")
                        .contains("was put back as it was before the upgrade").contains("kiosk-before-upgrade-to-"));

        assertThat(versions(database)).as("no trace of the failed migration").isEqualTo(versionsBefore);
        assertThat(count(database, "SELECT count(*) FROM sqlite_master WHERE name = 'upgrade_probe'")).isZero();
        assertThat(count(database, "SELECT count(*) FROM client WHERE full_name = 'Ruth Before-Upgrade'")).isOne();
        try (var copies = Files.list(folder.resolve("backups"))) {
            Path copy = copies.filter(f -> f.getFileName().toString().startsWith("kiosk-before-upgrade-to-")).findFirst().orElseThrow();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-------");
        }
        try (ConfigurableApplicationContext again = start(database, LOCATIONS)) {
            assertThat(again.getBean(ClientService.class).search("Ruth Before-Upgrade")).isNotEmpty();
        }
    }

    private static ConfigurableApplicationContext start(Path database, String locations) {
        return new SpringApplicationBuilder(KioskApplication.class).run("--server.port=0", "--kiosk.database-path=" + database,
                "--spring.flyway.locations=" + locations, "--spring.main.banner-mode=off", "--kiosk.demo.enabled=false");
    }

    private static String refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RefusedToStartException refused) {
                return refused.getMessage();
            }
        }
        return "";
    }

    private static List<String> versions(Path database) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank")) {
            List<String> versions = new java.util.ArrayList<>();
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
            return versions;
        }
    }

    private static int count(Path database, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             ResultSet rows = connection.createStatement().executeQuery(query)) {
            return rows.next() ? rows.getInt(1) : -1;
        }
    }
}
