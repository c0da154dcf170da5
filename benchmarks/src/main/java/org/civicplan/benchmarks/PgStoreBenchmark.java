package org.civicplan.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.storage.jdbc.JdbcPortfolioStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * {@link StoreBenchmark} on PostgreSQL, plus {@code COPY … FROM STDIN} of the same rows as the limit,
 * and item 2's import pair, which measures how close an import into a new portfolio comes to the
 * database's own cost of taking in the same rows:
 *
 * <ul>
 *   <li>{@code civicplanImport}: {@code importPortfolio} of the whole generated portfolio into the
 *       empty import portfolio, the path (the empty-portfolio mark, the model mapped to rows,
 *       {@code COPY} for every table but the units, the analyses, one transaction for the rows).
 *   <li>{@code pgCopyImport}, the floor: in one transaction, for every table that import fills
 *       ({@link #IMPORT_TABLES}, parents first), {@code COPY t FROM STDIN (FORMAT csv)} of bytes
 *       taken in the trial set-up, then commit. The set-up imports the portfolio once with civicplan
 *       and captures each table's rows of the import portfolio, all columns in key order, with
 *       {@code COPY (SELECT …) TO STDOUT (FORMAT csv)}. The floor thus writes exactly the rows
 *       civicplan writes, in the wire format civicplan uses, with no Java work at all: no model, no
 *       mapping, no formatting, only the bytes handed to the driver. What the server does with them
 *       (parsing, constraints and foreign keys, indexes, WAL) both sides pay alike; no Java import
 *       of these rows can do less.
 * </ul>
 *
 * The set-up checks that both sides leave the same rows, byte for byte in every table a portfolio's
 * rows live in.
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

    /** Bytes handed to the server per {@code CopyData} message by {@link #pgCopyImport}. */
    private static final int COPY_CHUNK = 1 << 20;

    /** {@link #importedCsv} of the last size set up in this JVM (the suite runs every trial of a size in one). */
    private static final Map<String, Map<String, byte[]>> CAPTURED = new java.util.concurrent.ConcurrentHashMap<>();

    JdbcPortfolioStore importStore;
    String importPortfolio;
    Portfolio whole;
    /** Each import table's rows of the import portfolio as {@code COPY} csv, parents first. */
    Map<String, byte[]> importedCsv;

    @Override
    BenchDb open() {
        return BenchDb.postgres(false);
    }

    @Override
    Map<String, Side> otherSides() {
        return Map.of("rawJdbcBatch", this::rawJdbcBatch, "pgCopy", this::pgCopy);
    }

    @Override
    void setUpMore(Portfolio p) {
        importPortfolio = "bench-import-" + size;
        importStore = JdbcPortfolioStore.openOrCreate(db.dataSource, PortfolioId.of(importPortfolio));
        whole = p;
        if (CAPTURED.containsKey(size)) { // captured and checked by an earlier trial in this JVM
            importedCsv = CAPTURED.get(size);
            emptyImportPortfolio();
            return;
        }
        emptyImportPortfolio();
        importStore.importPortfolio(whole);
        try {
            List<String> parentsFirst = new ArrayList<>(IMPORT_TABLES);
            Collections.reverse(parentsFirst);
            importedCsv = tableRows(parentsFirst);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not capture the imported rows: " + e, e);
        } finally {
            emptyImportPortfolio();
        }
        checkBothImportsWriteTheSameRows();
        CAPTURED.clear();
        CAPTURED.put(size, importedCsv);
    }

    /**
     * Runs each side of the import pair once into the empty import portfolio and compares the rows
     * each left in every table that holds a portfolio's rows (all columns, in key order, as {@code
     * COPY} csv). Also refuses when the import fills a table outside {@link #IMPORT_TABLES}, which
     * the floor would leave out. Not at L, as {@link #checkEverySideWritesTheSameRows}.
     */
    private void checkBothImportsWriteTheSameRows() {
        if (size.equals("L")) {
            return;
        }
        Map<String, byte[]> expected = rowsAfter("civicplanImport", this::civicplanImport);
        for (var table : expected.entrySet()) {
            if (!IMPORT_TABLES.contains(table.getKey()) && table.getValue().length > 0) {
                throw new IllegalStateException("importPortfolio fills " + table.getKey()
                        + ", which pgCopyImport leaves out: add it to IMPORT_TABLES");
            }
        }
        if (expected.get("measurements").length == 0) {
            throw new IllegalStateException("importPortfolio left no measurements");
        }
        Map<String, byte[]> raw = rowsAfter("pgCopyImport", this::pgCopyImport);
        for (var table : expected.entrySet()) {
            if (!Arrays.equals(raw.get(table.getKey()), table.getValue())) {
                throw new IllegalStateException("pgCopyImport writes other rows than importPortfolio in "
                        + table.getKey() + ": " + raw.get(table.getKey()).length + " bytes against "
                        + table.getValue().length);
            }
        }
    }

    private Map<String, byte[]> rowsAfter(String name, Side side) {
        emptyImportPortfolio();
        try {
            side.run();
            return tableRows(portfolioTables());
        } catch (Exception e) {
            throw new IllegalStateException(name + " failed in the set-up check: " + e, e);
        } finally {
            emptyImportPortfolio();
        }
    }

    /** Every table of the schema with a {@code portfolio_id} column but the portfolios themselves. */
    private List<String> portfolioTables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = db.dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT table_name FROM information_schema.columns"
                        + " WHERE table_schema = current_schema() AND column_name = 'portfolio_id'"
                        + " AND table_name <> 'portfolios' ORDER BY table_name");
                var rs = ps.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /**
     * The import portfolio's rows of each table, all columns in table order, sorted by the table's
     * primary key, as {@code COPY … TO STDOUT (FORMAT csv)} writes them.
     */
    private Map<String, byte[]> tableRows(List<String> tables) throws SQLException, IOException {
        Map<String, byte[]> rows = new LinkedHashMap<>();
        try (Connection c = db.dataSource.getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                copy.copyOut(
                        "COPY (SELECT * FROM " + table + " WHERE portfolio_id = '" + importPortfolio + "' ORDER BY "
                                + primaryKey(c, table) + ") TO STDOUT (FORMAT csv)",
                        out);
                rows.put(table, out.toByteArray());
            }
        }
        return rows;
    }

    /** The table's primary key columns, in key order, joined by ", ". */
    private static String primaryKey(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT string_agg(a.attname, ', ' ORDER BY k.ord)"
                + " FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)"
                + " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum"
                + " WHERE i.indrelid = CAST(? AS regclass) AND i.indisprimary")) {
            ps.setString(1, table);
            try (var rs = ps.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) {
                    throw new IllegalStateException(table + " has no primary key");
                }
                return rs.getString(1);
            }
        }
    }

    /**
     * Leaves the import portfolio registered and empty (untimed, before every operation), and its
     * tables vacuumed: without it the dead rows of every earlier operation piled up until autovacuum
     * came, and both sides slowed by up to 4× over eight operations, which pulled the ratio towards 1.
     */
    @Setup(Level.Invocation)
    public void emptyImportPortfolio() {
        if (importPortfolio == null) {
            return;
        }
        for (String table : IMPORT_TABLES) {
            db.execute("DELETE FROM " + table + " WHERE portfolio_id = '" + importPortfolio + "'");
        }
        db.execute("VACUUM " + String.join(", ", IMPORT_TABLES));
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

    /**
     * The floor: the rows civicplan's import leaves, taken in by the database from {@code COPY} csv
     * captured in the set-up, parents first, in one transaction.
     */
    @Benchmark
    public void pgCopyImport() throws SQLException {
        try (Connection c = db.dataSource.getConnection()) {
            c.setAutoCommit(false);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (var table : importedCsv.entrySet()) {
                CopyIn in = copy.copyIn("COPY " + table.getKey() + " FROM STDIN (FORMAT csv)");
                byte[] csv = table.getValue();
                for (int from = 0; from < csv.length; from += COPY_CHUNK) {
                    in.writeToCopy(csv, from, Math.min(COPY_CHUNK, csv.length - from));
                }
                in.endCopy();
            }
            c.commit();
        }
    }

    @Benchmark
    public void pgCopy() throws SQLException {
        try (Connection c = db.dataSource.getConnection()) {
            c.setAutoCommit(false);
            CopyIn copy = c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY measurements (" + RawMeasurements.COLUMNS + ") FROM STDIN (FORMAT csv)");
            StringBuilder csv = new StringBuilder(1 << 17);
            for (Measurement m : measurements) {
                Object[] row = RawMeasurements.row(portfolio, m);
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
