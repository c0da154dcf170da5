package org.civicplan.benchmarks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.AdjustmentId;
import org.civicplan.core.model.AdjustmentStatus;
import org.civicplan.core.model.Comparison;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.IndicatorKind;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemProgress;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.ReportId;
import org.civicplan.core.model.ReportStatus;
import org.civicplan.core.model.Target;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.Rag;
import org.civicplan.core.review.Review;
import org.civicplan.core.review.ReviewStatus;
import org.civicplan.core.service.ReviewService;
import org.civicplan.core.spi.AggregatedValue;
import org.civicplan.storage.jdbc.JdbcPortfolioStore;
import org.civicplan.storage.jdbc.internal.ItemText;
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
 * Item 4: the six-month review (first half of 2023, as of 15 July 2023) of one program — 100
 * items in 6 plans (the city plan and 5 unit plans cascading from it), 20 indicators — in a store
 * holding the whole portfolio (10^4, 10^5 or 10^6 measurements). Setup adds to the generated
 * portfolio what a review reads besides measurements, for every program: each reporting unit's
 * report for the period (some units none; drafts and returned ones, which do not count; lines for
 * most of its items, with money spent in 2023) and three adjustments per program (two still
 * proposed), so that both the reports and the adjustments tables grow with the portfolio.
 *
 * <p>Two pairs:
 *
 * <ul>
 *   <li><b>{@link #civicplanReview} vs {@link #handWrittenReview}</b>, the whole review.
 *       civicplan: {@code ReviewService.review(program, period, asOf)} on the JDBC store — the
 *       store's review queries ({@code SqlReviewQueries}: the plan tree by {@code WITH RECURSIVE},
 *       the items' review columns with their lead units, their funding lines for 2023; the
 *       indicator values; the proposed adjustments of the program's items), the period's reports as
 *       records ({@code reports().byPeriod}: reports, texts, item lines, money spent) and the
 *       program's indicators as records (with their targets); each call its own transaction; then
 *       item statuses, scorecard, money and RAG in Java. Hand-written: plain JDBC on one pooled
 *       connection in auto-commit, seven statements written for this schema — items of the plan
 *       tree with their lead unit (correlated sub-selects), funding lines in the period's years,
 *       report statuses, submitted/approved report lines joined with money spent, indicators
 *       joined with interim targets, the indicator aggregate below, proposed adjustments joined
 *       through the plan tree (the proposed item kept as its stored text, not decoded) — and the
 *       same computations by hand on strings and numbers: status from the line against the due
 *       date, scorecard, units not reported, money by source / lead unit / year, public
 *       investment, target for the period, achievement and RAG. It orders plans by tree level
 *       then id, which is the breadth-first order civicplan uses whenever each level's plans have
 *       one parent, as here. Setup renders both results as text (every field of {@link Review};
 *       resource lines as a set, ordered by source code, unit and year) and fails unless they are
 *       equal, and unless the review has reported items, money spent and pending adjustments.
 *   <li><b>{@link #civicplanReviewQueries} vs {@link #handWrittenSql}</b>, the indicator half
 *       alone: {@code store.reviewQueries().orElseThrow().indicatorValues} against one hand-written statement
 *       (each unit's latest value inside the period by {@code ROW_NUMBER()}, summed per
 *       indicator); setup checks they give the same values.
 * </ul>
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

    /** The program's plans and their descendants, with their depth (parameters: portfolio, program, portfolio). */
    static final String TREE = "WITH RECURSIVE tree (plan_id, lvl) AS ("
            + "SELECT plan_id, 0 FROM plans WHERE portfolio_id = ? AND program_id = ?"
            + " UNION ALL SELECT c.plan_id, t.lvl + 1 FROM tree t"
            + " JOIN plans c ON c.portfolio_id = ? AND c.parent_plan_id = t.plan_id) ";

    static final String HAND_ITEMS = TREE
            + "SELECT i.item_id, i.plan_id, i.item_number, i.title, i.deadline_end, i.reporting_unit,"
            + " i.public_investment, i.pi_estimated_total, i.pi_project_group,"
            + " (SELECT COUNT(*) FROM item_units u WHERE u.portfolio_id = i.portfolio_id"
            + " AND u.item_id = i.item_id AND u.unit_role = 'lead') AS leads,"
            + " (SELECT MIN(u.unit_code) FROM item_units u WHERE u.portfolio_id = i.portfolio_id"
            + " AND u.item_id = i.item_id AND u.unit_role = 'lead') AS lead"
            + " FROM tree t JOIN items i ON i.portfolio_id = ? AND i.plan_id = t.plan_id"
            + " ORDER BY t.lvl, i.plan_id, i.item_number, i.item_id";

    static final String HAND_FUNDING = TREE
            + "SELECT f.item_id, f.source, f.funding_year, f.amount"
            + " FROM tree t JOIN items i ON i.portfolio_id = ? AND i.plan_id = t.plan_id"
            + " JOIN item_funding f ON f.portfolio_id = i.portfolio_id AND f.item_id = i.item_id"
            + " WHERE f.funding_year BETWEEN ? AND ?";

    static final String HAND_REPORTS = "SELECT unit_code, status FROM reports"
            + " WHERE portfolio_id = ? AND program_id = ? AND period_code = ? ORDER BY unit_code, report_id";

    static final String HAND_LINES = "SELECT r.unit_code, ri.item_id, ri.status, ri.percent_done, ri.completed_on,"
            + " s.source, s.funding_year, s.amount"
            + " FROM reports r JOIN report_items ri ON ri.portfolio_id = r.portfolio_id AND ri.report_id = r.report_id"
            + " LEFT JOIN report_spent s ON s.portfolio_id = ri.portfolio_id AND s.report_id = ri.report_id"
            + " AND s.item_ordinal = ri.ordinal"
            + " WHERE r.portfolio_id = ? AND r.program_id = ? AND r.period_code = ? AND r.status IN (?, ?)"
            + " ORDER BY r.unit_code, ri.ordinal, s.ordinal";

    static final String HAND_INDICATORS = "SELECT i.indicator_code, i.name, i.unit_of_measure, i.baseline_text,"
            + " i.target_comparison, i.target_text, i.target_period_code, i.reporting_unit,"
            + " t.comparison, t.value_text, t.period_code, t.period_start, t.period_end"
            + " FROM indicators i LEFT JOIN indicator_targets t"
            + " ON t.portfolio_id = i.portfolio_id AND t.indicator_code = i.indicator_code"
            + " WHERE i.portfolio_id = ? AND i.program_id = ? ORDER BY i.indicator_code, t.ordinal";

    static final String HAND_ADJUSTMENTS = TREE
            + "SELECT a.adjustment_id, a.item_id, a.base_revision, a.proposed_by, a.reason, a.proposed_item,"
            + " a.proposed_at_s, a.proposed_at_ns, a.version"
            + " FROM tree t JOIN items i ON i.portfolio_id = ? AND i.plan_id = t.plan_id"
            + " JOIN adjustments a ON a.portfolio_id = i.portfolio_id AND a.item_id = i.item_id"
            + " WHERE a.status = ? ORDER BY a.proposed_at_s, a.proposed_at_ns, a.adjustment_id";

    // the stored codes the hand-written side compares and emits
    static final String SUBMITTED = ReportStatus.SUBMITTED.code();
    static final String APPROVED = ReportStatus.APPROVED.code();
    static final String DONE = ItemStatus.DONE.code();
    static final String IN_PROGRESS = ItemStatus.IN_PROGRESS.code();
    static final String SUSPENDED = ItemStatus.SUSPENDED.code();
    static final String CANCELLED = ItemStatus.CANCELLED.code();
    static final String PROPOSED = AdjustmentStatus.PROPOSED.code();
    static final String AT_MOST = Comparison.AT_MOST.code();
    static final String EQUAL = Comparison.EQUAL.code();
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
        Map<IndicatorCode, AggregatedValue> expected =
                store.reviewQueries().orElseThrow().indicatorValues(program, PERIOD);
        Map<IndicatorCode, AggregatedValue> actual = handWrittenSql();
        if (!same(expected, actual)) {
            throw new IllegalStateException("the SQL aggregate differs from civicplan's:\n" + expected + "\n" + actual);
        }
        Review review = civicplanReview();
        if (review.itemsWith(ReviewStatus.NOT_REPORTED).size() == review.items().size()
                || review.proposedAdjustments().isEmpty()
                || review.resources().stream().allMatch(r -> r.reported().equals(Vnd.ZERO))
                || review.publicInvestment().isEmpty()) {
            throw new IllegalStateException("the review workload is degenerate: " + review);
        }
        String civicplan = render(review);
        String hand = render(handWrittenReview());
        if (!civicplan.equals(hand)) {
            throw new IllegalStateException(
                    "the hand-written review differs from civicplan's: " + firstDifference(civicplan, hand));
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
        return store.reviewQueries().orElseThrow().indicatorValues(program, PERIOD);
    }

    @Benchmark
    public Map<IndicatorCode, AggregatedValue> handWrittenSql() {
        try (Connection c = db.dataSource.getConnection()) {
            return indicatorValues(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    Map<IndicatorCode, AggregatedValue> indicatorValues(Connection c) throws SQLException {
        Map<IndicatorCode, AggregatedValue> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(SQL)) {
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
        }
        return out;
    }

    /** The hand-written review: see the class comment. */
    @Benchmark
    public HandReview handWrittenReview() {
        LocalDate from = PERIOD.start().orElseThrow();
        LocalDate to = PERIOD.end().orElseThrow();
        try (Connection c = db.dataSource.getConnection()) {
            // items of the plan tree
            List<HandItem> items = new ArrayList<>(128);
            Map<String, HandItem> byId = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(HAND_ITEMS)) {
                tree(ps);
                ps.setString(4, portfolio);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String lead = rs.getInt("leads") == 1 ? rs.getString("lead") : null;
                        String reporting = rs.getString("reporting_unit");
                        Date due = rs.getDate("deadline_end");
                        HandItem item = new HandItem(
                                rs.getString("item_id"),
                                rs.getString("plan_id"),
                                rs.getInt("item_number"),
                                rs.getString("title"),
                                lead,
                                reporting != null ? reporting : lead,
                                due == null ? null : due.toLocalDate(),
                                rs.getBoolean("public_investment") ? rs.getBigDecimal("pi_estimated_total") : null,
                                rs.getString("pi_project_group"));
                        items.add(item);
                        byId.put(item.id(), item);
                    }
                }
            }
            // report statuses, and the lines of submitted or approved reports with money spent
            Map<String, String> reportStatus = new TreeMap<>();
            Set<String> reported = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement(HAND_REPORTS)) {
                ps.setString(1, portfolio);
                ps.setString(2, program.value());
                ps.setString(3, PERIOD.code());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        reportStatus.put(rs.getString(1), rs.getString(2));
                        if (rs.getString(2).equals(SUBMITTED) || rs.getString(2).equals(APPROVED)) {
                            reported.add(rs.getString(1));
                        }
                    }
                }
            }
            Map<String, HandLine> lines = new HashMap<>();
            Map<String, BigDecimal[]> money = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement(HAND_LINES)) {
                ps.setString(1, portfolio);
                ps.setString(2, program.value());
                ps.setString(3, PERIOD.code());
                ps.setString(4, SUBMITTED);
                ps.setString(5, APPROVED);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String itemId = rs.getString("item_id");
                        HandLine line = lines.get(itemId);
                        if (line == null) {
                            Date completed = rs.getDate("completed_on");
                            line = new HandLine(
                                    rs.getString("status"),
                                    rs.getInt("percent_done"),
                                    completed == null ? null : completed.toLocalDate());
                            lines.put(itemId, line);
                        }
                        String source = rs.getString("source");
                        HandItem item = byId.get(itemId);
                        if (source != null && item != null) {
                            int year = rs.getInt("funding_year");
                            String unit = item.lead() != null ? item.lead() : item.reporting();
                            if (unit != null && year >= from.getYear() && year <= to.getYear()) {
                                add(money, source, unit, year, 1, rs.getBigDecimal("amount"));
                            }
                        }
                    }
                }
            }
            // planned money in the period's years
            try (PreparedStatement ps = c.prepareStatement(HAND_FUNDING)) {
                tree(ps);
                ps.setString(4, portfolio);
                ps.setInt(5, from.getYear());
                ps.setInt(6, to.getYear());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        HandItem item = byId.get(rs.getString(1));
                        String unit = item.lead() != null ? item.lead() : item.reporting();
                        if (unit != null) {
                            add(money, rs.getString(2), unit, rs.getInt(3), 0, rs.getBigDecimal(4));
                        }
                    }
                }
            }
            // item lines, scorecard, public investment
            List<HandItemLine> itemLines = new ArrayList<>(items.size());
            Map<String, Map<String, Integer>> counts = new TreeMap<>();
            Set<String> expected = new LinkedHashSet<>();
            List<HandItem> investments = new ArrayList<>();
            for (HandItem item : items) {
                HandLine line = lines.get(item.id());
                String status = line == null ? ReviewStatus.NOT_REPORTED.code() : judge(line, item.due());
                itemLines.add(new HandItemLine(item, status, line));
                if (item.reporting() != null) {
                    expected.add(item.reporting());
                    counts.computeIfAbsent(item.reporting(), k -> new TreeMap<>())
                            .merge(status, 1, Integer::sum);
                }
                if (item.investment() != null) {
                    investments.add(item);
                }
            }
            // indicators with their targets, values, achievement and standing
            Map<IndicatorCode, AggregatedValue> values = indicatorValues(c);
            List<HandIndicator> indicators = new ArrayList<>(32);
            try (PreparedStatement ps = c.prepareStatement(HAND_INDICATORS)) {
                ps.setString(1, portfolio);
                ps.setString(2, program.value());
                try (ResultSet rs = ps.executeQuery()) {
                    HandIndicator current = null;
                    LocalDate interimEnd = null;
                    while (rs.next()) {
                        String code = rs.getString("indicator_code");
                        if (current == null || !current.code.equals(code)) {
                            current = new HandIndicator(code);
                            interimEnd = null;
                            indicators.add(current);
                            current.name = rs.getString("name");
                            current.unitOfMeasure = rs.getString("unit_of_measure");
                            String baseline = rs.getString("baseline_text");
                            current.baseline = baseline == null ? null : new BigDecimal(baseline);
                            String comparison = rs.getString("target_comparison");
                            if (comparison != null) {
                                current.finalTarget = new HandTarget(
                                        comparison,
                                        new BigDecimal(rs.getString("target_text")),
                                        rs.getString("target_period_code"));
                            }
                            current.reportingUnit = rs.getString("reporting_unit");
                            current.value = values.get(IndicatorCode.of(code));
                        }
                        Date start = rs.getDate("period_start");
                        Date end = rs.getDate("period_end");
                        // the interim target whose period holds the review's end, the earliest ending
                        if (start != null
                                && end != null
                                && !to.isBefore(start.toLocalDate())
                                && !to.isAfter(end.toLocalDate())
                                && (interimEnd == null || end.toLocalDate().isBefore(interimEnd))) {
                            interimEnd = end.toLocalDate();
                            current.target = new HandTarget(
                                    rs.getString("comparison"),
                                    new BigDecimal(rs.getString("value_text")),
                                    rs.getString("period_code"));
                        }
                    }
                }
            }
            for (HandIndicator indicator : indicators) {
                if (indicator.target == null) {
                    indicator.target = indicator.finalTarget;
                }
                if (indicator.reportingUnit != null) {
                    expected.add(indicator.reportingUnit);
                }
                indicator.judge();
            }
            List<String> notReported = new ArrayList<>();
            for (String unit : expected) {
                if (!reported.contains(unit)) {
                    notReported.add(unit);
                }
            }
            Collections.sort(notReported);
            // proposed adjustments of the program's items
            List<HandAdjustment> adjustments = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(HAND_ADJUSTMENTS)) {
                tree(ps);
                ps.setString(4, portfolio);
                ps.setString(5, PROPOSED);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        adjustments.add(new HandAdjustment(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getInt(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                Instant.ofEpochSecond(rs.getLong(7), rs.getInt(8)),
                                rs.getLong(9)));
                    }
                }
            }
            return new HandReview(
                    itemLines, indicators, counts, reportStatus, notReported, money, investments, adjustments);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void tree(PreparedStatement ps) throws SQLException {
        ps.setString(1, portfolio);
        ps.setString(2, program.value());
        ps.setString(3, portfolio);
    }

    private static void add(
            Map<String, BigDecimal[]> money, String source, String unit, int year, int side, BigDecimal amount) {
        BigDecimal[] pair = money.computeIfAbsent(
                source + "|" + unit + "|" + year, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        pair[side] = pair[side].add(amount);
    }

    /** The reported status judged against the due date on the as-of date (as {@code Item.stateOn}). */
    static String judge(HandLine line, LocalDate due) {
        if (line.status().equals(CANCELLED)) {
            return ReviewStatus.CANCELLED.code();
        }
        if (line.status().equals(SUSPENDED)) {
            return ReviewStatus.SUSPENDED.code();
        }
        if (line.status().equals(DONE)) {
            return due != null && line.completed() != null && line.completed().isAfter(due)
                    ? ReviewStatus.DONE_LATE.code()
                    : ReviewStatus.DONE_ON_TIME.code();
        }
        if (due != null && AS_OF.isAfter(due)) {
            return ReviewStatus.OVERDUE.code();
        }
        return line.status().equals(IN_PROGRESS) ? ReviewStatus.IN_PROGRESS.code() : ReviewStatus.NOT_STARTED.code();
    }

    /** What the hand-written review produces. */
    public record HandReview(
            List<HandItemLine> items,
            List<HandIndicator> indicators,
            Map<String, Map<String, Integer>> counts,
            Map<String, String> reportStatus,
            List<String> notReported,
            Map<String, BigDecimal[]> money,
            List<HandItem> investments,
            List<HandAdjustment> adjustments) {}

    record HandItem(
            String id,
            String plan,
            int number,
            String title,
            String lead,
            String reporting,
            LocalDate due,
            BigDecimal investment,
            String projectGroup) {}

    record HandLine(String status, int percent, LocalDate completed) {}

    record HandItemLine(HandItem item, String status, HandLine line) {}

    record HandTarget(String comparison, BigDecimal value, String period) {
        boolean metBy(BigDecimal actual) {
            int c = actual.compareTo(value);
            return comparison.equals(AT_MOST) ? c <= 0 : comparison.equals(EQUAL) ? c == 0 : c >= 0;
        }
    }

    record HandAdjustment(
            String id,
            String item,
            int baseRevision,
            String proposedBy,
            String reason,
            String proposedItem,
            Instant proposedAt,
            long version) {}

    /** An indicator's line, filled in as its rows come, then judged. */
    static final class HandIndicator {
        final String code;
        String name;
        String unitOfMeasure;
        BigDecimal baseline;
        HandTarget target;
        HandTarget finalTarget;
        String reportingUnit;
        AggregatedValue value;
        BigDecimal achievement;
        String rag;

        HandIndicator(String code) {
            this.code = code;
        }

        void judge() {
            if (target == null) {
                rag = Rag.NO_TARGET.code();
                return;
            }
            if (value == null) {
                rag = Rag.NO_DATA.code();
                return;
            }
            BigDecimal actual = value.value();
            BigDecimal goal = target.value();
            if (baseline != null
                    && baseline.compareTo(goal) != 0
                    && !target.comparison().equals(EQUAL)) {
                achievement = actual.subtract(baseline)
                        .multiply(HUNDRED)
                        .divide(goal.subtract(baseline), MathContext.DECIMAL64)
                        .setScale(1, RoundingMode.HALF_UP);
            } else if (target.comparison().equals(AT_MOST)) {
                achievement = actual.signum() == 0
                        ? HUNDRED.setScale(1)
                        : goal.multiply(HUNDRED)
                                .divide(actual, MathContext.DECIMAL64)
                                .setScale(1, RoundingMode.HALF_UP);
            } else if (goal.signum() != 0) {
                achievement = actual.multiply(HUNDRED)
                        .divide(goal, MathContext.DECIMAL64)
                        .setScale(1, RoundingMode.HALF_UP);
            }
            if (target.metBy(actual) || (achievement != null && achievement.compareTo(HUNDRED) >= 0)) {
                rag = Rag.ON_TRACK.code();
            } else if (achievement != null && achievement.compareTo(BigDecimal.valueOf(80)) >= 0) {
                rag = Rag.AT_RISK.code();
            } else {
                rag = Rag.OFF_TRACK.code();
            }
        }
    }

    // ---- the canonical rendering both results are compared in (setup only, never timed) ----

    static String render(Review r) {
        StringBuilder out = new StringBuilder();
        out.append("review|")
                .append(r.program().value())
                .append('|')
                .append(r.reporting().period().code())
                .append('|')
                .append(r.asOf())
                .append('\n');
        for (Review.ItemLine i : r.items()) {
            line(
                    out,
                    "item",
                    i.id().value(),
                    i.plan().value(),
                    i.number(),
                    i.title(),
                    unit(i.lead()),
                    i.status().code(),
                    i.due().orElse(null),
                    i.completedOn().orElse(null),
                    i.percentDone().orElse(null));
        }
        for (Review.IndicatorLine i : r.indicators()) {
            line(
                    out,
                    "indicator",
                    i.code().value(),
                    i.name(),
                    i.unitOfMeasure().orElse(null),
                    i.value().map(ReviewBenchmark::value).orElse(null),
                    i.target().map(ReviewBenchmark::target).orElse(null),
                    i.finalTarget().map(ReviewBenchmark::target).orElse(null),
                    i.achievementPercent().map(BigDecimal::toPlainString).orElse(null),
                    i.rag().code());
        }
        for (Review.UnitScore u : r.units()) {
            Map<String, Integer> counts = new TreeMap<>();
            u.counts().forEach((status, n) -> counts.put(status.code(), n));
            line(
                    out,
                    "unit",
                    u.unit().value(),
                    u.itemsLed(),
                    counts,
                    u.report().map(ReportStatus::code).orElse(null));
        }
        line(
                out,
                "not reported",
                r.unitsNotReported().stream().map(UnitCode::value).toList());
        Map<String, String> money = new TreeMap<>();
        for (Review.ResourceLine m : r.resources()) {
            money.put(
                    m.source().code() + "|" + m.unit().value() + "|" + m.year(),
                    plain(m.planned().toBigDecimal()) + "|" + plain(m.reported().toBigDecimal()));
        }
        line(out, "money", money);
        for (Review.InvestmentLine i : r.publicInvestment()) {
            line(
                    out,
                    "investment",
                    i.id().value(),
                    i.number(),
                    i.title(),
                    unit(i.lead()),
                    plain(i.estimatedTotal().toBigDecimal()),
                    i.projectGroup().orElse(null));
        }
        for (Adjustment a : r.proposedAdjustments()) {
            line(
                    out,
                    "adjustment",
                    a.id().value(),
                    a.item().value(),
                    a.baseRevision(),
                    a.proposedBy().value(),
                    a.reason(),
                    a.status().code(),
                    a.proposedAt(),
                    a.decidedBy().map(UnitCode::value).orElse(null),
                    a.decidedAt().orElse(null),
                    a.decisionNote().orElse(null),
                    a.version(),
                    ItemText.write(a.proposed()));
        }
        return out.toString();
    }

    String render(HandReview h) {
        StringBuilder out = new StringBuilder();
        out.append("review|")
                .append(program.value())
                .append('|')
                .append(PERIOD.code())
                .append('|')
                .append(AS_OF)
                .append('\n');
        for (HandItemLine l : h.items()) {
            HandItem i = l.item();
            line(
                    out,
                    "item",
                    i.id(),
                    i.plan(),
                    i.number(),
                    i.title(),
                    i.lead(),
                    l.status(),
                    i.due(),
                    l.line() == null ? null : l.line().completed(),
                    l.line() == null ? null : l.line().percent());
        }
        for (HandIndicator i : h.indicators()) {
            line(
                    out,
                    "indicator",
                    i.code,
                    i.name,
                    i.unitOfMeasure,
                    i.value == null ? null : value(i.value),
                    i.target == null ? null : target(i.target),
                    i.finalTarget == null ? null : target(i.finalTarget),
                    i.achievement == null ? null : i.achievement.toPlainString(),
                    i.rag);
        }
        h.counts().forEach((unit, counts) -> {
            int led = counts.values().stream().mapToInt(Integer::intValue).sum();
            line(out, "unit", unit, led, counts, h.reportStatus().get(unit));
        });
        line(out, "not reported", h.notReported());
        Map<String, String> money = new TreeMap<>();
        h.money().forEach((k, pair) -> money.put(k, plain(pair[0]) + "|" + plain(pair[1])));
        line(out, "money", money);
        for (HandItem i : h.investments()) {
            line(out, "investment", i.id(), i.number(), i.title(), i.lead(), plain(i.investment()), i.projectGroup());
        }
        for (HandAdjustment a : h.adjustments()) {
            line(
                    out,
                    "adjustment",
                    a.id(),
                    a.item(),
                    a.baseRevision(),
                    a.proposedBy(),
                    a.reason(),
                    PROPOSED,
                    a.proposedAt(),
                    null,
                    null,
                    null,
                    a.version(),
                    a.proposedItem());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String kind, Object... fields) {
        out.append(kind);
        for (Object f : fields) {
            out.append('|').append(f == null ? "-" : f);
        }
        out.append('\n');
    }

    private static String unit(Optional<UnitCode> unit) {
        return unit.map(UnitCode::value).orElse(null);
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String value(AggregatedValue v) {
        return v.kind().code() + "/" + v.units() + "/" + v.latest() + "/" + plain(v.value());
    }

    private static String target(Target t) {
        return t.comparison().code() + plain(t.value()) + "@" + t.period().code();
    }

    private static String target(HandTarget t) {
        return t.comparison() + plain(t.value()) + "@" + t.period();
    }

    static String firstDifference(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String l = i < x.length ? x[i] : "<none>";
            String r = i < y.length ? y[i] : "<none>";
            if (!l.equals(r)) {
                return "line " + (i + 1) + "\n  civicplan:    " + l + "\n  hand-written: " + r;
            }
        }
        return "none";
    }

    // ---- what setup adds to the generated portfolio: reports for the period and adjustments ----

    /**
     * For every program: each reporting unit's report for {@link #PERIOD} (one unit in ten none, one
     * in five a draft or returned; lines for 85% of its items, money spent in 2023 against most
     * 2023 funding lines) and three adjustments on its items (two proposed, one decided).
     */
    static Portfolio activity(Portfolio generated) {
        Random random = new Random(Bench.SEED + 4);
        Map<String, ProgramId> programOfPlan = new HashMap<>();
        for (Plan plan : generated.plans()) {
            plan.program().ifPresent(p -> programOfPlan.put(plan.id().value(), p));
        }
        for (Plan plan : generated.plans()) {
            plan.parentPlan()
                    .ifPresent(
                            parent -> programOfPlan.putIfAbsent(plan.id().value(), programOfPlan.get(parent.value())));
        }
        Map<ProgramId, Map<UnitCode, List<Item>>> work = new LinkedHashMap<>();
        for (Item item : generated.items()) {
            ProgramId p = programOfPlan.get(item.plan().value());
            item.assignment().effectiveReportingUnit().ifPresent(unit -> work.computeIfAbsent(
                            p, k -> new LinkedHashMap<>())
                    .computeIfAbsent(unit, k -> new ArrayList<>())
                    .add(item));
        }
        List<ProgressReport> reports = new ArrayList<>();
        List<Adjustment> adjustments = new ArrayList<>();
        Instant base = Instant.parse("2023-03-01T02:00:00Z");
        int p = 0;
        for (Map.Entry<ProgramId, Map<UnitCode, List<Item>>> e : work.entrySet()) {
            for (Map.Entry<UnitCode, List<Item>> u : new TreeMap<>(e.getValue()).entrySet()) {
                int kind = random.nextInt(10);
                if (kind == 0) {
                    continue;
                }
                ReportStatus status = kind == 1
                        ? ReportStatus.DRAFT
                        : kind == 2 ? ReportStatus.RETURNED : kind < 7 ? ReportStatus.SUBMITTED : ReportStatus.APPROVED;
                List<ItemProgress> lines = new ArrayList<>();
                for (Item item : u.getValue()) {
                    if (random.nextInt(100) < 85) {
                        lines.add(progress(random, item));
                    }
                }
                reports.add(new ProgressReport(
                        ReportId.of("BC-" + p + "-" + u.getKey().value() + "-2023H1"),
                        e.getKey(),
                        u.getKey(),
                        PERIOD,
                        status,
                        lines,
                        Optional.of("Báo cáo sơ kết 6 tháng đầu năm 2023"),
                        List.of("Thiếu kinh phí đối ứng"),
                        List.of("Đề nghị bổ sung biên chế"),
                        Optional.empty(),
                        0));
            }
            List<Item> items =
                    e.getValue().values().stream().flatMap(List::stream).toList();
            for (int k = 0; k < 3; k++) {
                Item item = items.get(random.nextInt(items.size()));
                Adjustment proposed = new Adjustment(
                        AdjustmentId.of("DC-" + p + "-" + k),
                        item.id(),
                        item.revision(),
                        item.assignment().effectiveReportingUnit().orElseThrow(),
                        "Đề nghị lùi thời hạn do vướng mắc thủ tục đầu tư",
                        item.toBuilder().deadline(Period.year(2025)).build(),
                        AdjustmentStatus.PROPOSED,
                        base.plus(Duration.ofDays(random.nextInt(90))),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        0);
                adjustments.add(
                        k < 2
                                ? proposed
                                : proposed.decided(
                                        AdjustmentStatus.REJECTED,
                                        UnitCode.of("UBND"),
                                        base.plus(Duration.ofDays(100)),
                                        "Không đủ căn cứ"));
            }
            p++;
        }
        return new Portfolio(
                generated.id(),
                generated.name(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                reports,
                adjustments);
    }

    private static ItemProgress progress(Random random, Item item) {
        ItemStatus status =
                switch (random.nextInt(10)) {
                    case 0, 1 -> ItemStatus.NOT_STARTED;
                    case 2, 3, 4, 5 -> ItemStatus.IN_PROGRESS;
                    case 6 -> ItemStatus.SUSPENDED;
                    default -> ItemStatus.DONE;
                };
        Optional<LocalDate> completed = status == ItemStatus.DONE
                ? Optional.of(LocalDate.of(2022, 10, 1).plusDays(random.nextInt(300)))
                : Optional.empty();
        List<FundingLine> spent = new ArrayList<>();
        for (FundingLine planned : item.assignment().resources().funding()) {
            if (planned.year() == 2023 && random.nextInt(4) != 0) {
                spent.add(new FundingLine(
                        planned.source(),
                        2023,
                        Vnd.of(planned.amount().toBigDecimal().longValue() / (2 + random.nextInt(5)))));
            }
        }
        return new ItemProgress(
                item.id(),
                status,
                status == ItemStatus.DONE ? 100 : random.nextInt(100),
                completed,
                Optional.of("Đang triển khai theo kế hoạch"),
                spent);
    }
}
