package org.civicplan.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.storage.jdbc.JdbcPortfolioStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * {@link StoreBenchmark} on PostgreSQL, plus {@code COPY … FROM STDIN} of the same rows as the limit,
 * and item 2's import pair: {@code importPortfolio} of the whole generated portfolio into a new
 * portfolio (units, programs, plans, indicators, items, then the measurements, one transaction)
 * against the same import of everything but the measurements ({@link
 * PortfolioGenerator#withoutMeasurements}) followed by a raw {@code COPY} of the measurements. Both
 * sides write the rest with the same code; they differ in how the measurements go in.
 */
public class PgStoreBenchmark extends StoreBenchmark {
    /** The tables an import of the generated portfolio fills, children first. */
    private static final List<String> IMPORT_TABLES = List.of(
            "measurements",
            "indicator_targets",
            "item_prerequisites",
            "item_indicators",
            "item_funding",
            "item_units",
            "items",
            "indicators",
            "plan_appendix_sections",
            "plans",
            "steering_members",
            "program_indicators",
            "program_sections",
            "program_texts",
            "programs",
            "units");

    JdbcPortfolioStore importStore;
    String importPortfolio;
    Portfolio whole;
    Portfolio prerequisites;

    @Override
    BenchDb open() {
        return BenchDb.postgres(false);
    }

    @Override
    java.util.Map<String, Side> otherSides() {
        return java.util.Map.of("rawJdbcBatch", this::rawJdbcBatch, "pgCopy", this::pgCopy);
    }

    @Override
    void setUpMore(Portfolio p) {
        importPortfolio = "bench-import-" + size;
        importStore = JdbcPortfolioStore.openOrCreate(db.dataSource, PortfolioId.of(importPortfolio));
        whole = p;
        prerequisites = PortfolioGenerator.withoutMeasurements(p);
        checkBothImportsWriteTheSameRows();
    }

    /**
     * Runs each side of the import pair once into the empty import portfolio and compares the
     * measurement rows (all 14 columns, in key order) and the number of rows each left in every other
     * table.
     */
    private void checkBothImportsWriteTheSameRows() {
        if (size.equals("L")) {
            return;
        }
        List<String> expected = importedRows("civicplanImport", this::civicplanImport);
        if (expected.size() != measurements.size() + IMPORT_TABLES.size() - 1) {
            throw new IllegalStateException("importPortfolio left " + (expected.size() - IMPORT_TABLES.size() + 1)
                    + " rows for "
                    + measurements.size() + " measurements");
        }
        List<String> raw = importedRows("pgCopyImport", this::pgCopyImport);
        if (!raw.equals(expected)) {
            throw new IllegalStateException("pgCopyImport writes other rows than importPortfolio: " + raw.size()
                    + " against " + expected.size());
        }
    }

    private List<String> importedRows(String name, Side side) {
        emptyImportPortfolio();
        try {
            side.run();
            List<String> rows = new java.util.ArrayList<>(rows(importPortfolio));
            for (String table : IMPORT_TABLES.subList(1, IMPORT_TABLES.size())) {
                rows.add(table + "=" + count(table));
            }
            return rows;
        } catch (Exception e) {
            throw new IllegalStateException(name + " failed in the set-up check: " + e, e);
        } finally {
            emptyImportPortfolio();
        }
    }

    private long count(String table) throws SQLException {
        try (Connection c = db.dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE portfolio_id = ?")) {
            ps.setString(1, importPortfolio);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Leaves the import portfolio registered and empty (untimed, before every operation). */
    @Setup(Level.Invocation)
    public void emptyImportPortfolio() {
        if (importPortfolio == null) {
            return;
        }
        for (String table : IMPORT_TABLES) {
            db.execute("DELETE FROM " + table + " WHERE portfolio_id = '" + importPortfolio + "'");
        }
    }

    @Override
    void tearDownMore() {
        if (importStore != null) {
            importStore.close();
        }
    }

    /** The path: an import into a new portfolio, measurements included, in one transaction. */
    @Benchmark
    public void civicplanImport() {
        importStore.importPortfolio(whole);
    }

    /** The same import without the measurements, then a raw {@code COPY} of them. */
    @Benchmark
    public void pgCopyImport() throws SQLException, IOException {
        importStore.importPortfolio(prerequisites);
        copy(importPortfolio);
    }

    @Benchmark
    public void pgCopy() throws SQLException, IOException {
        copy(portfolio);
    }

    private void copy(String into) throws SQLException, IOException {
        try (Connection c = db.dataSource.getConnection()) {
            c.setAutoCommit(false);
            CopyIn copy = c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY measurements (" + RawMeasurements.COLUMNS + ") FROM STDIN (FORMAT csv)");
            StringBuilder csv = new StringBuilder(1 << 17);
            for (Measurement m : measurements) {
                Object[] row = RawMeasurements.row(into, m);
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        csv.append(',');
                    }
                    Object v = row[i];
                    if (v instanceof String s) {
                        csv.append('"').append(s.replace("\"", "\"\"")).append('"');
                    } else if (v instanceof java.math.BigDecimal d) {
                        csv.append(d.toPlainString());
                    } else if (v != null) {
                        csv.append(v);
                    }
                }
                csv.append('\n');
                if (csv.length() > 1 << 16) {
                    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    csv.setLength(0);
                }
            }
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
            c.commit();
        }
    }
}
