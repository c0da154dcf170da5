package org.civicplan.storage.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store contract on PostgreSQL, in a schema of its own. */
class PostgresPortfolioStoreTest extends JdbcStoreContract {

    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.postgres();
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
