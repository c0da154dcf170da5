package org.civicplan.benchmarks;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.IndicatorKind;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.Review;
import org.civicplan.core.review.ReviewService;
import org.civicplan.core.spi.AggregatedValue;
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
 * Item 4: the six-month review (first half of 2023) of one program — 100 items, 20 indicators —
 * in a store holding the whole portfolio (10^4, 10^5 or 10^6 measurements), against one
 * hand-written SQL statement computing the same indicator values. Both the whole review and the
 * store's review queries alone are measured; setup checks the SQL gives the same values.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgs = {Bench.XMS, Bench.XMX, Bench.PRETOUCH})
@org.openjdk.jmh.annotations.Warmup(iterations = 2, time = 2)
@org.openjdk.jmh.annotations.Measurement(iterations = 3, time = 2)
public abstract class ReviewBenchmark {
    static final Period PERIOD = Period.firstHalf(2023);
    static final LocalDate AS_OF = LocalDate.of(2023, 7, 15);

    /** Each unit's latest value inside the period, combined per indicator of the program. */
    static final String SQL = "SELECT t.indicator_code, t.kind,"
            + " SUM(COALESCE(t.numerator, t.value_num)) AS total, SUM(t.denominator) AS denom,"
            + " MAX(CASE WHEN t.milestone THEN 1 ELSE 0 END) AS reached, COUNT(*) AS units,"
            + " MAX(t.period_end) AS latest"
            + " FROM (SELECT m.indicator_code, m.kind, m.value_num, m.numerator, m.denominator, m.milestone,"
            + " m.period_end, ROW_NUMBER() OVER (PARTITION BY m.indicator_code, m.unit_code"
            + " ORDER BY m.period_end DESC) AS rn"
            + " FROM indicators i JOIN measurements m"
            + " ON m.portfolio_id = i.portfolio_id AND m.indicator_code = i.indicator_code"
            + " WHERE i.portfolio_id = ? AND i.program_id = ? AND m.period_start >= ? AND m.period_end <= ?) t"
            + " WHERE t.rn = 1 GROUP BY t.indicator_code, t.kind";

    @Param({"S", "M"})
    public String size;

    BenchDb db;
    JdbcPortfolioStore store;
    ReviewService reviews;
    ProgramId program;
    String portfolio;

    abstract BenchDb open();

    @Setup(Level.Trial)
    public void setUp() {
        db = open();
        ReviewData.ensureLoaded(
                db, size, () -> new PortfolioGenerator(Bench.SEED).generate(PortfolioGenerator.Size.valueOf(size)));
        portfolio = ReviewData.portfolio(size);
        store = JdbcPortfolioStore.create(db.dataSource, PortfolioId.of(portfolio));
        program = PortfolioGenerator.programId(0);
        reviews = ReviewService.of(store);
        Map<IndicatorCode, AggregatedValue> expected = store.reviewQueries().indicatorValues(program, PERIOD);
        Map<IndicatorCode, AggregatedValue> actual = handWrittenSql();
        if (!same(expected, actual)) {
            throw new IllegalStateException("the SQL aggregate differs from civicplan's:\n" + expected + "\n" + actual);
        }
    }

    static boolean same(Map<IndicatorCode, AggregatedValue> a, Map<IndicatorCode, AggregatedValue> b) {
        if (a.size() != b.size() || a.isEmpty()) {
            return false;
        }
        for (Map.Entry<IndicatorCode, AggregatedValue> e : a.entrySet()) {
            AggregatedValue x = e.getValue();
            AggregatedValue y = b.get(e.getKey());
            if (y == null
                    || x.kind() != y.kind()
                    || x.units() != y.units()
                    || !x.latest().equals(y.latest())
                    || x.value().compareTo(y.value()) != 0) {
                return false;
            }
        }
        return true;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        store.close();
        db.close();
    }

    @Benchmark
    public Review civicplanReview() {
        return reviews.review(program, PERIOD, AS_OF);
    }

    @Benchmark
    public Map<IndicatorCode, AggregatedValue> civicplanReviewQueries() {
        return store.reviewQueries().indicatorValues(program, PERIOD);
    }

    @Benchmark
    public Map<IndicatorCode, AggregatedValue> handWrittenSql() {
        Map<IndicatorCode, AggregatedValue> out = new LinkedHashMap<>();
        try (Connection c = db.dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setString(1, portfolio);
            ps.setString(2, program.value());
            ps.setDate(3, Date.valueOf(PERIOD.start().orElseThrow()));
            ps.setDate(4, Date.valueOf(PERIOD.end().orElseThrow()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    IndicatorCode code = IndicatorCode.of(rs.getString(1));
                    IndicatorKind kind = IndicatorKind.fromCode(rs.getString(2));
                    BigDecimal total =
                            kind == IndicatorKind.MILESTONE ? BigDecimal.valueOf(rs.getInt(5)) : rs.getBigDecimal(3);
                    Optional<BigDecimal> denominator =
                            kind == IndicatorKind.PERCENT ? Optional.of(rs.getBigDecimal(4)) : Optional.empty();
                    out.put(
                            code,
                            new AggregatedValue(
                                    code,
                                    kind,
                                    total,
                                    denominator,
                                    rs.getInt(6),
                                    rs.getDate(7).toLocalDate()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
