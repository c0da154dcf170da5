package org.civicplan.storage.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an embedded H2 file database. */
class H2PortfolioStoreTest extends JdbcStoreContract {
    @TempDir
    static Path directory;

    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.h2(directory);
        JdbcSchema.migrate(db.dataSource());
    }

    @AfterAll
    static void drop() {
        if (db != null) {
            db.close();
        }
    }

    @Override
    TestDatabase database() {
        return db;
    }
}
