package com.stretchkiosk.backup;

import java.nio.file.Path;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** SQLite's own consistent copy of the live database, taken while tablets keep writing. */
@Repository
class BackupRepository {

    private final DSLContext db;

    BackupRepository(DSLContext db) {
        this.db = db;
    }

    /** VACUUM INTO writes a consistent snapshot; it runs outside any transaction and only reads the live file. */
    void vacuumInto(Path target) {
        db.execute("VACUUM INTO ?", target.toAbsolutePath().toString());
    }
}
