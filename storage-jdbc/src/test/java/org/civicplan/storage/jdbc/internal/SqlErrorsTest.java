package org.civicplan.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.civicplan.core.DuplicateEntityException;
import org.civicplan.core.UnableToStoreException;
import org.civicplan.core.VersionConflictException;
import org.junit.jupiter.api.Test;

class SqlErrorsTest {
    @Test
    void uniqueViolationsOfEveryDatabaseAreDuplicates() {
        for (SQLException e : new SQLException[] {
            new SQLException("pg", "23505", 0),
            new SQLException("h2", "23505", 23505),
            new SQLException("maria", "23000", 1062)
        }) {
            assertThat(SqlErrors.translate(new RuntimeException(e), Op.write("create", "item", "KH-1")))
                    .isInstanceOf(DuplicateEntityException.class)
                    .hasMessageContaining("KH-1");
        }
    }

    @Test
    void aFailureInsideABatchIsFoundThroughNextException() {
        BatchUpdateException batch = new BatchUpdateException("batch failed", new int[0]);
        batch.setNextException(new SQLException("dup", "23505"));
        assertThat(SqlErrors.translate(batch, Op.write("import", "item", null)))
                .isInstanceOf(DuplicateEntityException.class);
    }

    @Test
    void serializationFailuresOfVersionedWritesAreConflicts() {
        assertThat(SqlErrors.translate(
                        new SQLException("could not serialize", "40001"), Op.versioned("update", "plan", "KH-186", 3)))
                .isInstanceOf(VersionConflictException.class)
                .hasMessageContaining("KH-186");
    }

    @Test
    void anythingElseNamesOperationAndEntityInBothLanguagesAndKeepsTheCause() {
        SQLException cause = new SQLException("disk full", "53100");
        var translated = SqlErrors.translate(cause, Op.write("record", "measurement", "CT07-01@2021-H1@SKHCN"));
        assertThat(translated)
                .isInstanceOf(UnableToStoreException.class)
                .hasMessageContaining("Unable to record measurement \"CT07-01@2021-H1@SKHCN\"")
                .hasMessageContaining("Không thể ghi số liệu chỉ tiêu \"CT07-01@2021-H1@SKHCN\"")
                .hasMessageContaining("disk full")
                .hasCause(cause);
    }

    /**
     * H2 after a kill: a secondary index names a row its table lacks; H2 retries the statement
     * until its lock time-out and throws "Timeout trying to lock table {0}" with the real report as
     * the cause (built here with H2's own exception factory, as its Command does).
     */
    @Test
    void aDamagedH2FileIsReportedAsDamagedWithWhatToDoNotAsALockTimeOut() {
        SQLException timeout = org.h2.message.DbException.get(
                        org.h2.api.ErrorCode.LOCK_TIMEOUT_1,
                        org.h2.message.DbException.get(
                                org.h2.api.ErrorCode.ROW_NOT_FOUND_IN_PRIMARY_INDEX, "PUBLIC.ITEMS_DATA", "37"))
                .getSQLException();
        assertThat((Throwable) timeout).hasMessageContaining("Timeout trying to lock table {0}");
        RuntimeException failure = new RuntimeException(timeout);
        for (Op op : new Op[] {Op.read("item", null), Op.versioned("update", "item", "KH-1", 3)}) {
            assertThat(SqlErrors.translate(failure, op))
                    .isInstanceOf(org.civicplan.storage.jdbc.DamagedDatabaseException.class)
                    .hasMessageContaining("the database is damaged")
                    .hasMessageContaining("cơ sở dữ liệu bị hỏng")
                    .hasMessageContaining("Row \"37\" not found in primary index \"PUBLIC.ITEMS_DATA\"")
                    .hasMessageContaining("restore the database's .mv.db file from a backup")
                    .hasMessageContaining("khôi phục tệp .mv.db")
                    .hasMessageContaining("import the original data file into a new database")
                    .hasMessageNotContaining("{0}")
                    .hasCause(failure);
        }
    }

    @Test
    void aRealLockTimeOutOfAVersionedWriteStaysAConflict() {
        SQLException timeout = org.h2.message.DbException.get(org.h2.api.ErrorCode.LOCK_TIMEOUT_1, "ITEMS")
                .getSQLException();
        assertThat(SqlErrors.translate(timeout, Op.versioned("update", "item", "KH-1", 3)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(SqlErrors.translate(timeout, Op.read("item", null)))
                .isInstanceOf(UnableToStoreException.class)
                .isNotInstanceOf(org.civicplan.storage.jdbc.DamagedDatabaseException.class);
    }

    @Test
    void damageCodesOfOtherDatabasesAreNotTakenForH2s() {
        // the same number as a vendor code with another SQL state is not H2's report
        SQLException other = new SQLException("something", "XX000", 90143);
        assertThat(SqlErrors.translate(other, Op.read("item", null)))
                .isNotInstanceOf(org.civicplan.storage.jdbc.DamagedDatabaseException.class);
    }

    @Test
    void aChainOfNextExceptionsThatLoopsEnds() {
        SQLException looping = new SQLException("lock timeout", "HYT00", 50200);
        looping.setNextException(looping);
        assertThat(SqlErrors.translate(looping, Op.read("item", null)))
                .isInstanceOf(UnableToStoreException.class)
                .isNotInstanceOf(org.civicplan.storage.jdbc.DamagedDatabaseException.class);
    }
}
