package org.civicplan.benchmarks;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.storage.jdbc.JdbcPortfolioStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Item 2: bulk store of a portfolio's measurements (its bulk: 10 rows for every item) through the
 * store ({@code measurements().recordAll}, one transaction, an upsert batch per 1000 values) against
 * plain JDBC batch INSERTs of the same rows in one transaction. Every invocation starts from an
 * empty measurements table; units, programs, plans, items and indicators are in place.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgs = {Bench.XMS, Bench.XMX, Bench.PRETOUCH})
@org.openjdk.jmh.annotations.Warmup(iterations = 2, time = 2)
@org.openjdk.jmh.annotations.Measurement(iterations = 3, time = 2)
public abstract class StoreBenchmark {
    static final int BATCH = 1000;

    @Param({"S", "M"})
    public String size;

    BenchDb db;
    JdbcPortfolioStore store;
    List<Measurement> measurements;
    String portfolio;

    /** The classes and sizes checked ({@link #checkEverySideWritesTheSameRows}) in this JVM: the suite shares one for all trials. */
    static final java.util.Set<String> CHECKED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    abstract BenchDb open();

    @Setup(Level.Trial)
    public void setUp() {
        db = open();
        portfolio = "bench-store-" + size;
        store = JdbcPortfolioStore.create(db.dataSource, PortfolioId.of(portfolio));
        Portfolio p = Bench.portfolio(size);
        // measurements refer to indicators only: plans and items are left out to keep setup short
        store.importPortfolio(new Portfolio(
                p.id(),
                p.name(),
                p.units(),
                p.programs(),
                List.of(),
                List.of(),
                p.indicators(),
                List.of(),
                List.of(),
                List.of()));
        measurements = p.measurements();
        if (!CHECKED.contains(getClass().getName() + size)) {
            checkEverySideWritesTheSameRows();
            CHECKED.add(getClass().getName() + size);
        }
        setUpMore(p);
    }

    /** More set-up of a subclass, with the generated portfolio. */
    void setUpMore(Portfolio p) {}

    /** More tear-down of a subclass, before the database is closed. */
    void tearDownMore() {}

    /**
     * Runs each side once on an empty table and compares the rows it left (all 14 columns, in key
     * order) with what {@code recordAll} left: the same count as the generated measurements and the
     * same values. Refuses to run the benchmark otherwise. Not at L, where one operation takes 13–27 s
     * and the same code was checked at S and M.
     */
    void checkEverySideWritesTheSameRows() {
        if (size.equals("L")) {
            return;
        }
        List<String> expected = rowsAfter("civicplanRecordAll", this::civicplanRecordAll);
        if (expected.size() != measurements.size()) {
            throw new IllegalStateException(
                    "recordAll left " + expected.size() + " rows for " + measurements.size() + " measurements");
        }
        for (var side : otherSides().entrySet()) {
            List<String> rows = rowsAfter(side.getKey(), side.getValue());
            if (!rows.equals(expected)) {
                int at = 0;
                while (at < Math.min(rows.size(), expected.size())
                        && rows.get(at).equals(expected.get(at))) {
                    at++;
                }
                throw new IllegalStateException(side.getKey() + " writes other rows than recordAll: " + rows.size()
                        + " rows against " + expected.size() + "; first difference at row " + at + ": "
                        + (at < rows.size() ? rows.get(at) : "(none)") + " against "
                        + (at < expected.size() ? expected.get(at) : "(none)"));
            }
        }
    }

    /** The baselines, by benchmark name; PostgreSQL adds {@code COPY}. */
    java.util.Map<String, Side> otherSides() {
        return java.util.Map.of("rawJdbcBatch", this::rawJdbcBatch);
    }

    /** One side of the pair, as run by the benchmark. */
    interface Side {
        void run() throws Exception;
    }

    private List<String> rowsAfter(String name, Side side) {
        emptyMeasurements();
        try {
            side.run();
            return rows();
        } catch (Exception e) {
            throw new IllegalStateException(name + " failed in the set-up check: " + e, e);
        } finally {
            emptyMeasurements();
        }
    }

    /** Every row of the portfolio's measurements, its columns as text (numbers without trailing zeros). */
    List<String> rows() throws SQLException {
        List<String> rows = new java.util.ArrayList<>();
        try (Connection c = db.dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT " + RawMeasurements.COLUMNS
                                + " FROM measurements WHERE portfolio_id = ? ORDER BY indicator_code, period_code, unit_code")) {
            ps.setString(1, portfolio);
            try (var rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        Object v = rs.getObject(i);
                        row.append(
                                        v instanceof BigDecimal d
                                                ? d.stripTrailingZeros().toPlainString()
                                                : rs.getString(i)) // H2 hands out a CLOB as a Clob
                                .append('|');
                    }
                    rows.add(row.toString());
                }
            }
        }
        return rows;
    }

    @Setup(Level.Invocation)
    public void emptyMeasurements() {
        db.execute("TRUNCATE TABLE measurements");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        tearDownMore();
        store.close();
        db.close();
    }

    @Benchmark
    public void civicplanRecordAll() {
        store.measurements().recordAll(measurements);
    }

    @Benchmark
    public void rawJdbcBatch() throws SQLException {
        try (Connection c = db.dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(RawMeasurements.INSERT)) {
                int n = 0;
                for (Measurement m : measurements) {
                    bind(ps, RawMeasurements.row(portfolio, m));
                    ps.addBatch();
                    if (++n % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }

    static void bind(PreparedStatement ps, Object[] row) throws SQLException {
        for (int i = 0; i < 4; i++) {
            ps.setString(i + 1, (String) row[i]);
        }
        date(ps, 5, row[4]);
        date(ps, 6, row[5]);
        date(ps, 7, row[6]);
        ps.setString(8, (String) row[7]);
        ps.setString(9, (String) row[8]);
        ps.setBigDecimal(10, (BigDecimal) row[9]);
        ps.setBigDecimal(11, (BigDecimal) row[10]);
        ps.setBigDecimal(12, (BigDecimal) row[11]);
        if (row[12] == null) {
            ps.setNull(13, Types.BOOLEAN);
        } else {
            ps.setBoolean(13, (Boolean) row[12]);
        }
        ps.setString(14, (String) row[13]);
    }

    private static void date(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setDate(index, (Date) value);
        }
    }
}
