package com.stretchkiosk.base;

import org.jspecify.annotations.Nullable;

/**
 * Which database the kiosk runs on: the embedded SQLite file (kiosk.database-path, the default) or PostgreSQL 15+
 * when kiosk.database-url names one (a chain's hub, or a studio that prefers a server). One codebase: jOOQ's
 * dialect follows the connection, and Flyway takes db/migration/common plus the engine's own folder.
 */
public enum DatabaseEngine {
    SQLITE,
    POSTGRESQL;

    /** The engine a configured kiosk.database-url names; none is SQLite. Anything else is refused, in words. */
    public static DatabaseEngine of(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return SQLITE;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new DatabaseRefusedException("kiosk.database-url must be a PostgreSQL address (jdbc:postgresql://host:5432/name), or"
                + " be left out for the embedded SQLite file; it was " + url.replaceAll("(?i)password=[^&]*", "password=…"));
    }
}
