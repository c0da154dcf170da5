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

    @Override
    TestDatabase database() {
        return db;
    }
}
