package com.stretchkiosk.base;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The tests' PostgreSQL: a real server (Debian's postgresql; .ci/run installs and starts it, the README says how by
 * hand), chosen for a run with -Dkiosk.test.engine=postgresql. Each test run, or repository test, gets a database
 * of its own, made fresh.
 */
public final class TestPostgres {

    private static final AtomicLong COUNT = new AtomicLong();

    private TestPostgres() {
    }

    /** Whether this run's tests use PostgreSQL instead of SQLite files. */
    public static boolean chosen() {
        return "postgresql".equals(System.getProperty("kiosk.test.engine"));
    }

    public static String user() {
        return System.getProperty("kiosk.test.postgres-user", "kiosk");
    }

    public static String password() {
        return System.getProperty("kiosk.test.postgres-password", "kiosk");
    }

    /** The databases of earlier test runs, whose JVM (named in the database's name) is gone. */
    private static void dropLeftovers(Statement statement) throws SQLException {
        java.util.List<String> old = new java.util.ArrayList<>();
        try (var names = statement.executeQuery("SELECT datname FROM pg_database WHERE datname ~ '^kiosk_[a-z]+_[0-9]+_[0-9]+_[0-9]+$'")) {
            while (names.next()) {
                old.add(names.getString(1));
            }
        }
        for (String name : old) {
            String[] parts = name.split("_");
            long pid = Long.parseLong(parts[parts.length - 3]);
            if (ProcessHandle.of(pid).isEmpty()) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    /** A new, empty database on the test server; its JDBC address. */
    public static String freshDatabase(String prefix) {
        String server = System.getProperty("kiosk.test.postgres-server", "localhost:5432");
        String name = prefix + "_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis() + "_" + COUNT.incrementAndGet();
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + server + "/postgres", user(), password());
             Statement statement = admin.createStatement()) {
            dropLeftovers(statement);
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("No PostgreSQL test server at " + server + " for user " + user()
                    + " (see the README, \"Tests on PostgreSQL\")", e);
        }
        return "jdbc:postgresql://" + server + "/" + name;
    }
}
