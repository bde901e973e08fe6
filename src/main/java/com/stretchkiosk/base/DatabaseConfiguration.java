package com.stretchkiosk.base;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The connection pool: the embedded SQLite file with the settings every pooled connection gets, or PostgreSQL when
 * kiosk.database-url names one ({@link DatabaseEngine}).
 *
 * <p>SQLite's pragmas are connection properties of the driver, applied to every new connection; an init-SQL
 * string would reach only the first statement.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    /** Busy timeout: a writer waits this long for another tablet's write before it fails. */
    public static final int BUSY_TIMEOUT_MILLIS = 10_000;
    /** The WAL is truncated back to this size after a checkpoint. */
    public static final int JOURNAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;
    /** Tablets of one studio share the pool; SQLite serialises writers anyway. */
    public static final int POOL_SIZE = 6;

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** PostgreSQL's pool: the server serialises nothing it need not, so more tablets may write at once. */
    public static final int POSTGRES_POOL_SIZE = 10;

    @Bean
    DatabaseEngine databaseEngine(@Value("${kiosk.database-url:}") String url) {
        return DatabaseEngine.of(url);
    }

    /** Held while this kiosk runs on its SQLite file: a second kiosk or a restore on the same file is refused. */
    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${kiosk.database-url:}'.isBlank()")
    DatabaseLock databaseLock(KioskProperties properties) {
        Path file = properties.databasePath().toAbsolutePath().normalize();
        // Health records: the folder 0700, the database and its lock 0600 (SQLite gives its WAL and shared-memory
        // files the database file's permissions), whatever the umask; what an earlier version left open is closed.
        PrivateFiles.folderOf(file);
        PrivateFiles.file(file);
        PrivateFiles.file(file.resolveSibling(file.getFileName() + ".lock"));
        for (String suffix : new String[] {"-wal", "-shm"}) {
            PrivateFiles.closeIfThere(file.resolveSibling(file.getFileName() + suffix));
        }
        try {
            return DatabaseLock.tryAcquire(file).orElseThrow(() -> new DatabaseRefusedException(
                    "Another kiosk is already running on " + file + ". Stop it first, or configure another kiosk.database-path."));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock " + file, e);
        }
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(KioskProperties properties, DatabaseEngine engine, ObjectProvider<DatabaseLock> lock,
            @Value("${kiosk.database-url:}") String url, @Value("${kiosk.database-user:}") String user,
            @Value("${kiosk.database-password:}") String password) {
        if (engine == DatabaseEngine.POSTGRESQL) {
            HikariConfig pool = new HikariConfig();
            pool.setPoolName("kiosk-postgresql");
            pool.setJdbcUrl(url);
            if (!user.isBlank()) {
                pool.setUsername(user);
                pool.setPassword(password);
            }
            pool.setMaximumPoolSize(POSTGRES_POOL_SIZE);
            pool.setMinimumIdle(1);
            pool.setConnectionTimeout(BUSY_TIMEOUT_MILLIS + 5_000L);
            return new HikariDataSource(pool);
        }
        lock.getObject();   // this kiosk holds the file before it opens it
        Path file = properties.databasePath().toAbsolutePath().normalize();
        SQLiteDataSource sqlite = new SQLiteDataSource(sqliteConfig());
        sqlite.setUrl("jdbc:sqlite:" + file);
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("kiosk-sqlite");
        pool.setDataSource(sqlite);
        pool.setMaximumPoolSize(POOL_SIZE);
        pool.setMinimumIdle(1);
        pool.setConnectionTimeout(BUSY_TIMEOUT_MILLIS + 5_000L);
        return new HikariDataSource(pool);
    }

    /** The settings of DESIGN.md "SQLite settings", for every connection. */
    static SQLiteConfig sqliteConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setJournalSizeLimit(JOURNAL_SIZE_LIMIT_BYTES);
        return config;
    }

    /**
     * Transactions one at a time, first come first served, in the kiosk itself. Every SQLite transaction here
     * begins IMMEDIATE, so it holds the database's one write lock anyway; waiting for it inside SQLite means its
     * busy handler sleeping in growing steps (1, 2, 5, 10, 20… ms), which turned eight busy tablets into taps of
     * 170 ms at the 99th percentile. A fair lock hands over the moment the previous transaction ends.
     */
    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource, DatabaseEngine engine) {
        // PostgreSQL locks rows, not the database: its own transactions need no turn-taking in the kiosk.
        return engine == DatabaseEngine.SQLITE ? new OneAtATimeTransactionManager(dataSource) : new JdbcTransactionManager(dataSource);
    }

    static final class OneAtATimeTransactionManager extends JdbcTransactionManager {

        private final transient ReentrantLock turn = new ReentrantLock(true);

        OneAtATimeTransactionManager(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            try {
                if (!turn.tryLock(BUSY_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                    throw new CannotCreateTransactionException("Another transaction held the database for "
                            + BUSY_TIMEOUT_MILLIS + " ms");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CannotCreateTransactionException("Interrupted while waiting for the database", e);
            }
            try {
                super.doBegin(transaction, definition);
            } catch (RuntimeException e) {
                turn.unlock();
                throw e;
            }
        }

        @Override
        protected void doCleanupAfterCompletion(Object transaction) {
            try {
                super.doCleanupAfterCompletion(transaction);
            } finally {
                if (turn.isHeldByCurrentThread()) {
                    turn.unlock();
                }
            }
        }
    }

    /**
     * Checks the database before any migration touches it, and on SQLite copies it before an upgrade migrates it (put
     * back if the upgrade fails: {@link UpgradeGuard}).
     */
    @Bean
    FlywayMigrationStrategy checkedMigration(DataSource dataSource, DatabaseEngine engine, KioskProperties properties,
            ObjectProvider<org.springframework.boot.info.BuildProperties> build) {
        return flyway -> {
            if (engine != DatabaseEngine.SQLITE || !(dataSource instanceof HikariDataSource pool)) {
                flyway.migrate();
                return;
            }
            DatabaseStartupCheck.verify(dataSource);
            Path file = properties.databasePath().toAbsolutePath().normalize();
            UpgradeGuard.migrate(flyway, pool, file, properties.backup().folder(file), runningVersion(build));
        };
    }

    /** The version the build stamped (META-INF/build-info.properties), or "this version" when run without one. */
    public static String runningVersion(ObjectProvider<org.springframework.boot.info.BuildProperties> build) {
        var known = build.getIfAvailable();
        return known == null || known.getVersion() == null ? "this version" : known.getVersion();
    }
}
