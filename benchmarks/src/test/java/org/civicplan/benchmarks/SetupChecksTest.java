package org.civicplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The benchmarks' set-up checks, run at size S without JMH: each set-up refuses to run unless both
 * sides of its pair give the same result (BENCHMARKS.md says what each compares), and the memory
 * check's count is what the exported file holds.
 */
class SetupChecksTest {
    @TempDir
    Path dir;

    @Test
    void theHandWrittenReviewAgreesWithCivicplansOnH2() {
        // the setup renders both reviews and refuses to run when they differ (item states by
        // ItemStates, indicators not yet due, ...)
        H2ReviewBenchmark benchmark = new H2ReviewBenchmark();
        benchmark.size = "S";
        try {
            assertThatCode(benchmark::setUp).doesNotThrowAnyException();
        } finally {
            benchmark.tearDown();
        }
    }

    @Test
    void jsonWritersWriteTheSameBytesAndBothReadersReadTheRecordsBack() {
        JsonBenchmark b = new JsonBenchmark();
        b.size = "S";
        assertThatCode(b::setUp).doesNotThrowAnyException();
    }

    @Test
    void clarityCheckAndPlainValidatorAgreeOnWhatBothCheck() {
        ClarityBenchmark b = new ClarityBenchmark();
        b.size = "S";
        assertThatCode(b::setUp).doesNotThrowAnyException();
    }

    @Test
    void h2RecordAllAndRawBatchWriteTheSameRows() throws SQLException {
        H2StoreBenchmark b = new H2StoreBenchmark();
        b.size = "S";
        b.setUp();
        try {
            b.civicplanRecordAll();
            assertThat(b.rows()).hasSize(b.measurements.size());
        } finally {
            b.tearDown();
        }
    }

    @Test
    void postgresRecordAllRawBatchAndCopyWriteTheSameRows() throws SQLException {
        try (Connection probe = DriverManager.getConnection(BenchDb.pgUrl(), "postgres", "")) {
            assertThat(probe.isValid(5))
                    .as("PostgreSQL answers at " + BenchDb.pgUrl())
                    .isTrue();
        } catch (SQLException e) {
            // required in CI; elsewhere the check is skipped, saying why
            if (System.getenv("CI") != null) {
                throw new AssertionError("PostgreSQL unreachable at " + BenchDb.pgUrl() + " (CI=true): " + e, e);
            }
            assumeThat(false)
                    .as("PostgreSQL unreachable at " + BenchDb.pgUrl() + ": " + e.getMessage())
                    .isTrue();
        }
        PgStoreBenchmark b = new PgStoreBenchmark();
        b.size = "S";
        b.setUp();
        b.tearDown();
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "csv", "xlsx"})
    void theMemoryCheckCountsTheValuesInTheFile(String format) throws Exception {
        PortfolioGenerator.Size size = PortfolioGenerator.Size.S;
        Path file = dir.resolve("out." + format);
        long handed;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            handed = XlsxMemory.prepare(format, size, Optional.empty()).run(out);
        }
        assertThat(handed).isEqualTo(size.measurements());
        assertThat(XlsxMemory.written(format, file)).isEqualTo(size.measurements());
    }

    @Test
    void theWorkbookCountIsItsWorksheets() throws Exception {
        PortfolioGenerator.Size size = PortfolioGenerator.Size.S;
        Path file = dir.resolve("workbook.xlsx");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            XlsxMemory.prepare("xlsx-workbook", size, Optional.empty()).run(out);
        }
        long plans = (long) size.programs() * (1 + PortfolioGenerator.UNIT_PLANS);
        assertThat(XlsxMemory.written("xlsx-workbook", file)).isGreaterThanOrEqualTo(plans);
    }
}
