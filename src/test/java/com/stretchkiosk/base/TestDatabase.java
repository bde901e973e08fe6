package com.stretchkiosk.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteDataSource;

/**
 * A fresh database migrated from db/migration, for repository tests: a SQLite file with the kiosk's connection
 * settings, or, in a run on PostgreSQL ({@link TestPostgres}), a new database on the test server.
 */
public final class TestDatabase implements AutoCloseable {

    private final Path file;
    private final Connection connection;
    private final DSLContext db;

    private TestDatabase(Path file) throws SQLException {
        this.file = file;
        SQLiteDataSource dataSource = dataSource(file);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common", "classpath:db/migration/sqlite").load().migrate();
        this.connection = dataSource.getConnection();
        this.connection.setAutoCommit(true);
        this.db = DSL.using(connection, SQLDialect.SQLITE);
    }

    private TestDatabase(String postgresUrl) throws SQLException {
        this.file = Path.of("postgresql");
        Flyway.configure().dataSource(postgresUrl, TestPostgres.user(), TestPostgres.password())
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql").load().migrate();
        this.connection = java.sql.DriverManager.getConnection(postgresUrl, TestPostgres.user(), TestPostgres.password());
        this.connection.setAutoCommit(true);
        this.db = DSL.using(connection, SQLDialect.POSTGRES);
    }

    public static TestDatabase fresh() {
        try {
            if (TestPostgres.chosen()) {
                return new TestDatabase(TestPostgres.freshDatabase("kiosk_repository"));
            }
            return new TestDatabase(Files.createTempDirectory("kiosk-repo-test").resolve("kiosk.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static SQLiteDataSource dataSource(Path file) {
        SQLiteDataSource dataSource = new SQLiteDataSource(DatabaseConfiguration.sqliteConfig());
        dataSource.setUrl("jdbc:sqlite:" + file);
        return dataSource;
    }

    public DSLContext db() {
        return db;
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
