package com.stretchkiosk.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.KioskTest;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

class DatabaseSettingsTest extends KioskTest {

    @Autowired
    HikariDataSource dataSource;

    @Test
    void every_pooled_connection_has_the_durability_settings() throws SQLException {
        List<Connection> borrowed = new ArrayList<>();
        try {
            for (int i = 0; i < dataSource.getMaximumPoolSize(); i++) {
                borrowed.add(dataSource.getConnection());
            }
            assertThat(borrowed).hasSize(DatabaseConfiguration.POOL_SIZE);
            for (Connection connection : borrowed) {
                assertThat(pragma(connection, "journal_mode")).isEqualTo("wal");
                assertThat(pragma(connection, "synchronous")).isEqualTo("2"); // FULL
                assertThat(pragma(connection, "foreign_keys")).isEqualTo("1");
                assertThat(Integer.parseInt(pragma(connection, "busy_timeout"))).isGreaterThanOrEqualTo(5_000);
                assertThat(Long.parseLong(pragma(connection, "journal_size_limit")))
                        .isEqualTo(DatabaseConfiguration.JOURNAL_SIZE_LIMIT_BYTES);
                assertThat(connection.unwrap(SQLiteConnection.class).getConnectionConfig().getTransactionMode())
                        .isEqualTo(SQLiteConfig.TransactionMode.IMMEDIATE);
            }
        } finally {
            for (Connection connection : borrowed) {
                connection.close();
            }
        }
    }

    @Test
    void the_bundled_sqlite_is_free_of_the_wal_reset_bug() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String version = query(connection, "SELECT sqlite_version()");
            assertThat(DatabaseStartupCheck.isAtLeast(version, DatabaseStartupCheck.MINIMUM_SQLITE_VERSION)).isTrue();
        }
    }

    private static String pragma(Connection connection, String name) throws SQLException {
        return query(connection, "PRAGMA " + name);
    }

    private static String query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
