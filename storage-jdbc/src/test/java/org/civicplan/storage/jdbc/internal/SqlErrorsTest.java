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
}
