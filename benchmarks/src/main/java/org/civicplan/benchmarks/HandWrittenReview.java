package org.civicplan.benchmarks;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.civicplan.benchmarks.HandReview.HandAdjustment;
import org.civicplan.benchmarks.HandReview.HandIndicator;
import org.civicplan.benchmarks.HandReview.HandItem;
import org.civicplan.benchmarks.HandReview.HandItemLine;
import org.civicplan.benchmarks.HandReview.HandLine;
import org.civicplan.benchmarks.HandReview.HandTarget;
import org.civicplan.core.model.AdjustmentStatus;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.IndicatorKind;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.ReportStatus;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.ReviewStatus;
import org.civicplan.core.spi.AggregatedValue;

/**
 * The baseline of {@link ReviewBenchmark}: one program's review with plain JDBC on storage-jdbc's
 * schema ({@link HandWrittenSql}), one pooled connection in auto-commit, and the computations by
 * hand on strings and numbers: status from the report line against the due date, scorecard, units
 * not reported, money by source / lead unit / year, public investment, the target for the period,
 * achievement and RAG. Plans come in tree level then id order.
 */
final class HandWrittenReview {
    // the stored codes the hand-written side compares and emits
    static final String SUBMITTED = ReportStatus.SUBMITTED.code();
    static final String APPROVED = ReportStatus.APPROVED.code();
    static final String DONE = ItemStatus.DONE.code();
    static final String IN_PROGRESS = ItemStatus.IN_PROGRESS.code();
    static final String SUSPENDED = ItemStatus.SUSPENDED.code();
    static final String CANCELLED = ItemStatus.CANCELLED.code();
    static final String PROPOSED = AdjustmentStatus.PROPOSED.code();

    private final DataSource dataSource;
    private final String portfolio;
    private final ProgramId program;
    private final Period period;
    private final LocalDate asOf;

    HandWrittenReview(DataSource dataSource, String portfolio, ProgramId program, Period period, LocalDate asOf) {
        this.dataSource = requireNonNull(dataSource, "dataSource is null");
        this.portfolio = requireNonNull(portfolio, "portfolio is null");
        this.program = requireNonNull(program, "program is null");
        this.period = requireNonNull(period, "period is null");
        this.asOf = requireNonNull(asOf, "asOf is null");
    }

    /** The indicator aggregate alone, on a connection of its own. */
    Map<IndicatorCode, AggregatedValue> indicatorValues() {
        try (Connection c = dataSource.getConnection()) {
            return indicatorValues(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<IndicatorCode, AggregatedValue> indicatorValues(Connection c) throws SQLException {
        Map<IndicatorCode, AggregatedValue> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(HandWrittenSql.INDICATOR_VALUES)) {
            ps.setString(1, portfolio);
            ps.setString(2, program.value());
            ps.setDate(3, Date.valueOf(period.start().orElseThrow()));
            ps.setDate(4, Date.valueOf(period.end().orElseThrow()));
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

    /** The review: seven statements on one connection, then the computations by hand. */
    HandReview review() {
        LocalDate from = period.start().orElseThrow();
        LocalDate to = period.end().orElseThrow();
        try (Connection c = dataSource.getConnection()) {
            // items of the plan tree
            List<HandItem> items = new ArrayList<>(128);
            Map<String, HandItem> byId = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(HandWrittenSql.HAND_ITEMS)) {
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
                                rs.getString("pi_project_group"),
                                rs.getString("status"),
                                rs.getDate("completed_on") == null
                                        ? null
                                        : rs.getDate("completed_on").toLocalDate());
                        items.add(item);
                        byId.put(item.id(), item);
                    }
                }
            }
            // report statuses, and the lines of submitted or approved reports with money spent
            Map<String, String> reportStatus = new TreeMap<>();
            Set<String> reported = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement(HandWrittenSql.HAND_REPORTS)) {
                ps.setString(1, portfolio);
                ps.setString(2, program.value());
                ps.setString(3, period.code());
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
            try (PreparedStatement ps = c.prepareStatement(HandWrittenSql.HAND_LINES)) {
                ps.setString(1, portfolio);
                ps.setString(2, program.value());
                ps.setString(3, period.code());
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
            try (PreparedStatement ps = c.prepareStatement(HandWrittenSql.HAND_FUNDING)) {
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
                String status = judge(item);
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
            try (PreparedStatement ps = c.prepareStatement(HandWrittenSql.HAND_INDICATORS)) {
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
                indicator.judge(to);
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
            // (a program with no items has none: an empty IN list is no SQL)
            if (!items.isEmpty()) {
                adjustments(c, items, adjustments);
            }
            return new HandReview(
                    itemLines, indicators, counts, reportStatus, notReported, money, investments, adjustments);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void adjustments(Connection c, List<HandItem> items, List<HandAdjustment> adjustments) throws SQLException {
        Set<String> plans = new LinkedHashSet<>();
        for (HandItem item : items) {
            plans.add(item.plan());
        }
        try (PreparedStatement ps = c.prepareStatement(HandWrittenSql.adjustments(plans.size()))) {
            int p = 1;
            for (String plan : plans) {
                ps.setString(p++, portfolio);
                ps.setString(p++, plan);
            }
            ps.setString(p, PROPOSED);
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

    /**
     * The item's recorded status judged against the due date on the as-of date (as {@code
     * Item.stateOn}): a completion after the as-of date is not yet one.
     */
    String judge(HandItem item) {
        LocalDate due = item.due();
        if (item.status().equals(CANCELLED)) {
            return ReviewStatus.CANCELLED.code();
        }
        if (item.status().equals(SUSPENDED)) {
            return ReviewStatus.SUSPENDED.code();
        }
        boolean done = item.status().equals(DONE)
                && (item.completed() == null || !item.completed().isAfter(asOf));
        if (done) {
            return due != null && item.completed() != null && item.completed().isAfter(due)
                    ? ReviewStatus.DONE_LATE.code()
                    : ReviewStatus.DONE_ON_TIME.code();
        }
        if (due != null && asOf.isAfter(due)) {
            return ReviewStatus.OVERDUE.code();
        }
        return item.status().equals(IN_PROGRESS) || item.status().equals(DONE)
                ? ReviewStatus.IN_PROGRESS.code()
                : ReviewStatus.NOT_STARTED.code();
    }
}
