package org.civicplan.storage.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store contract on MariaDB, in a database of its own. */
class MariaDbPortfolioStoreTest extends JdbcStoreContract {

    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.mariadb();
        JdbcSchema.migrate(db.dataSource());
    }

    @AfterAll
    static void drop() {
        if (db != null) {
            db.close();
        }
    }

    /**
     * 8 × 250 here unless {@code CIVICPLAN_TEST_MARIADB_FULL=true}: a default MariaDB flushes its
     * log on every commit, so 8 × 1000 contended updates take over a minute on a plain disk.
     */
    @Override
    int updatesPerThread() {
        return "true".equalsIgnoreCase(System.getenv("CIVICPLAN_TEST_MARIADB_FULL")) ? 1000 : 250;
    }

    @Override
    TestDatabase database() {
        return db;
    }
}
