package com.stretchkiosk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** A full disk is told apart from other failures to store, however deep it is wrapped. */
class StorageFailureTest {

    @Test
    void sqlites_full_error_inside_a_data_access_failure_is_a_full_disk() {
        var full = new SQLiteException("[SQLITE_FULL] Insertion failed because database is full (database or disk is full)",
                SQLiteErrorCode.SQLITE_FULL);
        var wrapped = new org.springframework.dao.DataAccessResourceFailureException("insert failed",
                new org.jooq.exception.DataAccessException("SQL [insert into attempt …]", full));
        assertThat(StorageFailure.isDiskFull(wrapped)).isTrue();
        assertThat(StorageFailure.messageKey(wrapped)).isEqualTo("error.disk-full");
    }

    @Test
    void no_space_left_on_the_file_system_is_a_full_disk_and_a_busy_database_is_not() {
        assertThat(StorageFailure.isDiskFull(new UncheckedIOException(new IOException("No space left on device")))).isTrue();
        var busy = new SQLiteException("[SQLITE_BUSY] The database file is locked", SQLiteErrorCode.SQLITE_BUSY);
        assertThat(StorageFailure.isDiskFull(new RuntimeException(busy))).isFalse();
        assertThat(StorageFailure.messageKey(new RuntimeException(busy))).isEqualTo("error.not-saved");
    }
}
