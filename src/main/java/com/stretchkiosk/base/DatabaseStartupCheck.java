package com.stretchkiosk.base;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Refuses to run on a database that is damaged, or with a bundled SQLite that has the WAL-reset
 * corruption bug (fixed in 3.51.3).
 */
public final class DatabaseStartupCheck {

    /** The oldest SQLite the kiosk runs on. */
    public static final String MINIMUM_SQLITE_VERSION = "3.51.3";

    private DatabaseStartupCheck() {
    }

    static void verify(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            String version = single(statement, "SELECT sqlite_version()").getFirst();
            if (!isAtLeast(version, MINIMUM_SQLITE_VERSION)) {
                throw new DatabaseRefusedException("The bundled SQLite is " + version + ", older than "
                        + MINIMUM_SQLITE_VERSION + ", which has a WAL-reset corruption bug. Update sqlite-jdbc.");
            }
            List<String> problems = single(statement, "PRAGMA quick_check");
            if (!problems.equals(List.of("ok"))) {
                throw new DatabaseRefusedException("The database failed PRAGMA quick_check: "
                        + String.join("; ", problems.subList(0, Math.min(5, problems.size())))
                        + ". Restore the latest backup (README \"Backups\").");
            }
        } catch (SQLException e) {
            throw new DatabaseRefusedException("The database cannot be opened: " + e.getMessage()
                    + ". Check the path and the file's permissions (README \"Configuration\").", e);
        }
    }

    /** SQLite's integrity check of a database file, opened read-only: "ok", or what it found (or why it could not look). */
    public static String integrityCheck(java.nio.file.Path file) {
        try (Connection connection = java.sql.DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
            return result.next() ? String.valueOf(result.getString(1)) : "no answer";
        } catch (SQLException e) {
            return String.valueOf(e.getMessage());
        }
    }

    /** True when the dotted version {@code actual} is the same as or newer than {@code minimum}. */
    static boolean isAtLeast(String actual, String minimum) {
        String[] a = actual.split("\\.");
        String[] m = minimum.split("\\.");
        for (int i = 0; i < Math.max(a.length, m.length); i++) {
            int x = i < a.length ? Integer.parseInt(a[i]) : 0;
            int y = i < m.length ? Integer.parseInt(m[i]) : 0;
            if (x != y) {
                return x > y;
            }
        }
        return true;
    }

    private static List<String> single(Statement statement, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
