package org.civicplan.storage.jdbc.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.civicplan.core.NoSuchEntityException;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.AdjustmentStatus;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.FundingSource;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.IndicatorKind;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.PublicInvestment;
import org.civicplan.core.model.ReportId;
import org.civicplan.core.model.ReportStatus;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;
import org.civicplan.core.spi.AggregatedValue;
import org.civicplan.core.spi.ReviewItem;
import org.civicplan.core.spi.ReviewQueries;
import org.civicplan.core.spi.ReviewReport;
import org.jdbi.v3.core.Handle;

/**
 * {@link ReviewQueries} in a few SQL statements whatever the size of the portfolio, a review's reads
 * in one transaction ({@link #read}):
 *
 * <ul>
 *   <li>Indicator values in one statement, so that a review of millions of measurements reads at
 *       most one row per indicator: the program's indicators joined with their measurements inside
 *       the review period, each unit's latest one picked by {@code ROW_NUMBER()} (H2 2.x,
 *       PostgreSQL, MariaDB 10.2+, MySQL 8), then summed or maxed per indicator.
 *   <li>Review items in three: the program and its plan tree ({@code WITH RECURSIVE} from the
 *       program's plans down {@code parent_plan_id}), the items' review columns with their lead
 *       units, and their funding lines in the period's years. No other column, child table or text
 *       is read.
 *   <li>Review reports in one: the period's reports, joined with the item lines and money spent of
 *       those a review counts. Narratives, difficulties, proposals and notes are not read.
 *   <li>Pending adjustments in one: the plan tree joined with its items' proposed adjustments (index
 *       {@code adjustments_by_item}); on H2 in two, the plan tree, then the adjustments of its
 *       plans' items. Other adjustments of the portfolio are not read.
 * </ul>
 *
 * <p>The plans' rows are picked by their whole key, {@code (portfolio_id, plan_id) IN ((…, …), …)},
 * not by {@code portfolio_id = … AND plan_id IN (…)}: H2 uses an index for an {@code IN} list only
 * on the index's first column, which is {@code portfolio_id} in every index here, so the second
 * form read every item of the portfolio (10^5 at L) for a program's hundred; a row-value list it
 * looks up in {@code items}' (portfolio_id, plan_id) index (PostgreSQL and MariaDB take it too;
 * the tests compare the answers on all three). Nor are the items joined to the recursive plan tree
 * in one statement: H2 cannot estimate the tree's rows and put it last, after every item of the
 * portfolio and its adjustments (2 × 10^5 rows scanned for a program at L).
 *
 * <p>Equal to {@code MeasurementAggregation} (tests check it on every database), with these
 * choices made explicit for the indicator values:
 *
 * <ul>
 *   <li>Of a unit's values ending on the same latest day, the reference keeps the first in
 *       repository order (period start, then period code), i.e. the longest period; so does the
 *       {@code ORDER BY} of the window.
 *   <li>Numbers come from the {@code DECIMAL(38,10)} columns: exact for values with at most ten
 *       decimals (money is whole đồng). Results are equal to the reference by {@code compareTo};
 *       their scale is normalised (no trailing zeros, never below zero), where the reference keeps
 *       the inputs' largest scale.
 *   <li>The combination follows each value's kind, as the reference does: ratios add numerators
 *       and denominators, milestones take the maximum, the rest add up. A measurement whose kind
 *       differs from its indicator's (which {@code PlanService} refuses) yields the larger of the
 *       sum and the milestone.
 * </ul>
 */
public final class SqlReviewQueries implements ReviewQueries {
    /**
     * Per indicator of the program: each unit's latest value inside [:start, :end], combined. The
     * tie-break after {@code period_end DESC} mirrors the repository order the reference iterates in.
     */
    static final String INDICATOR_VALUES = "SELECT r.indicator_code, r.indicator_kind, COUNT(*) AS units,"
            + " MAX(r.period_end) AS latest,"
            + " SUM(CASE WHEN r.kind = :percent THEN r.numerator WHEN r.kind = :milestone THEN NULL"
            + " ELSE r.value_num END) AS summed,"
            + " MAX(CASE WHEN r.kind = :milestone THEN r.value_num ELSE NULL END) AS reached,"
            + " SUM(CASE WHEN r.kind = :percent THEN r.denominator ELSE NULL END) AS denominator"
            + " FROM (SELECT i.indicator_code, i.kind AS indicator_kind, m.kind, m.period_end, m.value_num,"
            + " m.numerator, m.denominator,"
            + " ROW_NUMBER() OVER (PARTITION BY m.indicator_code, m.unit_code"
            + " ORDER BY m.period_end DESC, m.period_sort, m.period_code) AS pick"
            + " FROM indicators i JOIN measurements m"
            + " ON m.portfolio_id = i.portfolio_id AND m.indicator_code = i.indicator_code"
            + " WHERE i.portfolio_id = :portfolio AND i.program_id = :program"
            + " AND m.period_start >= :start AND m.period_end <= :end) r"
            + " WHERE r.pick = 1"
            + " GROUP BY r.indicator_code, r.indicator_kind"
            + " ORDER BY r.indicator_code";

    /**
     * The program's plans and those cascading from them. UNION ALL with a depth bound (portable to
     * H2, PostgreSQL and MariaDB) so that a cycle of parent links cannot recurse for ever (100
     * levels: deeper than any cascade of plans — city, department, district, ward); the readers
     * take distinct plans.
     */
    static final String PLAN_TREE = "WITH RECURSIVE tree (plan_id, plan_program, parent_plan_id, depth) AS ("
            + "SELECT p.plan_id, p.program_id, p.parent_plan_id, 0 FROM plans p"
            + " WHERE p.portfolio_id = :portfolio AND p.program_id = :program"
            + " UNION ALL SELECT c.plan_id, c.program_id, c.parent_plan_id, t.depth + 1 FROM tree t"
            + " JOIN plans c ON c.portfolio_id = :portfolio AND c.parent_plan_id = t.plan_id"
            + " WHERE t.depth < 100) ";

    /**
     * The program (no row when absent) with each plan of its tree, by plan id (as the repositories
     * order plans). Separate from the items: H2 re-runs a statement with a recursive CTE joined to
     * tables on every call, but reuses the result of an unchanged plain one.
     */
    static final String PLANS = PLAN_TREE
            + "SELECT pr.program_id, tr.plan_id, tr.plan_program, tr.parent_plan_id FROM programs pr"
            + " LEFT JOIN (SELECT DISTINCT plan_id, plan_program, parent_plan_id FROM tree) tr ON 1 = 1"
            + " WHERE pr.portfolio_id = :portfolio AND pr.program_id = :program"
            + " ORDER BY tr.plan_id";

    /** The review columns of the plans' items, one row per lead unit (or one with none). */
    static final String ITEMS = "SELECT t.item_id, t.plan_id, t.item_number, t.title, t.deadline_code,"
            + " t.reporting_unit, t.public_investment, t.pi_estimated_total, t.pi_project_group, t.pi_note,"
            + " t.status, t.completed_on, t.lead_as_written,"
            + " u.unit_code AS lead_unit"
            + " FROM items t LEFT JOIN item_units u ON u.portfolio_id = t.portfolio_id AND u.item_id = t.item_id"
            + " AND u.unit_role = :lead"
            + " WHERE (t.portfolio_id, t.plan_id) IN (<plans>)"
            + " ORDER BY t.plan_id, t.item_number, t.item_id, u.ordinal";

    /** The plans' items' funding lines in [:from, :to], in each item's order. */
    static final String FUNDING = "SELECT f.item_id, f.source, f.funding_year, f.amount"
            + " FROM items t JOIN item_funding f ON f.portfolio_id = t.portfolio_id AND f.item_id = t.item_id"
            + " WHERE (t.portfolio_id, t.plan_id) IN (<plans>)"
            + " AND f.funding_year >= :from AND f.funding_year <= :to"
            + " ORDER BY f.item_id, f.ordinal";

    /**
     * The period's reports by unit, with the item lines and money spent of those a review counts
     * (submitted, approved); one row per report without lines, else per line and spent line.
     */
    static final String REPORTS = "SELECT r.report_id, r.unit_code, r.status, ri.ordinal, ri.item_id,"
            + " ri.status AS item_status, ri.percent_done, ri.completed_on, s.source, s.funding_year, s.amount"
            + " FROM reports r LEFT JOIN report_items ri ON ri.portfolio_id = r.portfolio_id"
            + " AND ri.report_id = r.report_id AND r.status IN (:submitted, :approved)"
            + " LEFT JOIN report_spent s ON s.portfolio_id = ri.portfolio_id AND s.report_id = ri.report_id"
            + " AND s.item_ordinal = ri.ordinal"
            + " WHERE r.portfolio_id = :portfolio AND r.program_id = :program AND r.period_code = :period"
            + " ORDER BY r.unit_code, r.report_id, ri.ordinal, s.ordinal";

    /**
     * Proposed adjustments of the items of the program's plan tree, oldest first, then in {@code
     * all()} order (by id), in one statement: PostgreSQL and MariaDB plan the tree first and look
     * the items and their adjustments up by key. H2 cannot (see the class comment) and takes {@link
     * #PLANS}, then {@link #PENDING_H2}; a review on PostgreSQL thus runs one statement, one round
     * trip, less.
     */
    static final String PENDING = PLAN_TREE
            + "SELECT a.* FROM (SELECT DISTINCT plan_id FROM tree) tr"
            + " JOIN items i ON i.portfolio_id = :portfolio AND i.plan_id = tr.plan_id"
            + " JOIN adjustments a ON a.portfolio_id = i.portfolio_id AND a.item_id = i.item_id"
            + " WHERE a.status = :proposed"
            + " ORDER BY a.proposed_at_s, a.proposed_at_ns, a.adjustment_id";

    /**
     * The proposed adjustments of the plans' items (those of {@link #PLANS}, by row-value key) for
     * H2, told to look the adjustments up by item: on tables it has not analysed, H2 took the index
     * on {@code portfolio_id} alone and read every adjustment of the portfolio for each item ({@code
     * H2ReviewScansTest}). The same rows, in the same order, as {@link #PENDING}.
     */
    static final String PENDING_H2 = "SELECT a.* FROM items i"
            + " JOIN adjustments a USE INDEX (adjustments_by_item)"
            + " ON a.portfolio_id = i.portfolio_id AND a.item_id = i.item_id"
            + " WHERE (i.portfolio_id, i.plan_id) IN (<plans>) AND a.status = :proposed"
            + " ORDER BY a.proposed_at_s, a.proposed_at_ns, a.adjustment_id";

    /** The methods of {@link PlanKey} bound for each plan: the columns of the row-value list. */
    private static final List<String> PLAN_KEY = List.of("portfolio", "plan");

    private final Db db;

    public SqlReviewQueries(Db db) {
        this.db = requireNonNull(db, "db is null");
    }

    /** The reads in one transaction: one state, one connection, one commit. */
    @Override
    public <T> T read(Supplier<T> reads) {
        return db.transaction(requireNonNull(reads, "reads is null"));
    }

    @Override
    public Map<IndicatorCode, AggregatedValue> indicatorValues(ProgramId program, Period period) {
        requireNonNull(program, "program is null");
        requireNonNull(period, "period is null");
        if (period.start().isEmpty() || period.end().isEmpty()) {
            // nothing lies inside an unbounded period (as in the reference): no query
            return Map.of();
        }
        return db.run(Op.write("query", "program", program.value()), h -> {
            Map<IndicatorCode, AggregatedValue> values = new LinkedHashMap<>();
            h.createQuery(INDICATOR_VALUES)
                    .bind("portfolio", db.portfolio())
                    .bind("program", program.value())
                    .bind("start", Rows.sqlDate(period.start().get()))
                    .bind("end", Rows.sqlDate(period.end().get()))
                    .bind("percent", IndicatorKind.PERCENT.code())
                    .bind("milestone", IndicatorKind.MILESTONE.code())
                    .map((rs, ctx) -> {
                        IndicatorCode code = IndicatorCode.of(rs.getString("indicator_code"));
                        IndicatorKind kind = IndicatorKind.fromCode(rs.getString("indicator_kind"));
                        BigDecimal summed = rs.getBigDecimal("summed");
                        BigDecimal reached = rs.getBigDecimal("reached");
                        BigDecimal total;
                        if (reached == null) {
                            total = summed == null ? BigDecimal.ZERO : summed;
                        } else {
                            total = reached.max(summed == null ? BigDecimal.ZERO : summed);
                        }
                        BigDecimal denominator = rs.getBigDecimal("denominator");
                        Optional<BigDecimal> pooled = kind == IndicatorKind.PERCENT
                                ? Optional.of(normal(denominator == null ? BigDecimal.ZERO : denominator))
                                : Optional.empty();
                        LocalDate latest = rs.getDate("latest").toLocalDate();
                        return new AggregatedValue(code, kind, normal(total), pooled, rs.getInt("units"), latest);
                    })
                    .forEach(v -> values.put(v.indicator(), v));
            return values;
        });
    }

    @Override
    public List<ReviewItem> reviewItems(ProgramId program, Period period) {
        requireNonNull(program, "program is null");
        requireNonNull(period, "period is null");
        return db.run(Op.read("program", program.value()), h -> {
            List<String> order =
                    plans(h, program).orElseThrow(() -> new NoSuchEntityException("program", program.value()));
            if (order.isEmpty()) {
                return List.of();
            }
            Map<String, List<ItemRow>> byPlan = new HashMap<>();
            Map<String, ItemRow> byId = new HashMap<>();
            h.createQuery(ITEMS)
                    .bind("lead", "lead")
                    .bindMethodsList("plans", keys(order), PLAN_KEY)
                    .map((rs, ctx) -> {
                        String id = rs.getString("item_id");
                        ItemRow row = byId.get(id);
                        if (row == null) {
                            row = ItemRow.read(rs);
                            byId.put(id, row);
                            byPlan.computeIfAbsent(row.plan, k -> new ArrayList<>())
                                    .add(row);
                        }
                        String lead = rs.getString("lead_unit");
                        if (lead != null) {
                            row.leads.add(lead);
                        }
                        return row;
                    })
                    .forEach(row -> {});
            if (period.start().isPresent() && period.end().isPresent() && !byId.isEmpty()) {
                h.createQuery(FUNDING)
                        .bindMethodsList("plans", keys(order), PLAN_KEY)
                        .bind("from", period.start().get().getYear())
                        .bind("to", period.end().get().getYear())
                        .map((rs, ctx) -> {
                            ItemRow row = byId.get(rs.getString("item_id"));
                            row.funding.add(new FundingLine(
                                    FundingSource.fromCode(rs.getString("source")),
                                    rs.getInt("funding_year"),
                                    Rows.vnd(rs, "amount")));
                            return row;
                        })
                        .forEach(row -> {});
            }
            List<ReviewItem> items = new ArrayList<>(byId.size());
            Ids ids = new Ids();
            for (String plan : order) {
                for (ItemRow row : byPlan.getOrDefault(plan, List.of())) {
                    items.add(row.toReviewItem(ids));
                }
            }
            return items;
        });
    }

    @Override
    public List<ReviewReport> reviewReports(ProgramId program, Period period) {
        requireNonNull(program, "program is null");
        requireNonNull(period, "period is null");
        return db.run(Op.read("program", program.value()), h -> {
            List<ReviewReport> reports = new ArrayList<>();
            ReportRow[] current = {null};
            h.createQuery(REPORTS)
                    .bind("portfolio", db.portfolio())
                    .bind("program", program.value())
                    .bind("period", period.code())
                    .bind("submitted", ReportStatus.SUBMITTED.code())
                    .bind("approved", ReportStatus.APPROVED.code())
                    .map((rs, ctx) -> {
                        String id = rs.getString("report_id");
                        ReportRow report = current[0];
                        if (report == null || !report.id.equals(id)) {
                            if (report != null) {
                                reports.add(report.toReviewReport());
                            }
                            report = new ReportRow(
                                    id, rs.getString("unit_code"), ReportStatus.fromCode(rs.getString("status")));
                            current[0] = report;
                        }
                        String item = rs.getString("item_id");
                        if (item != null) {
                            int ordinal = rs.getInt("ordinal");
                            if (report.lines.isEmpty() || report.ordinal != ordinal) {
                                report.ordinal = ordinal;
                                report.lines.add(new LineRow(
                                        ItemId.of(item),
                                        ItemStatus.fromCode(rs.getString("item_status")),
                                        rs.getInt("percent_done"),
                                        Rows.date(rs, "completed_on")));
                            }
                            String source = rs.getString("source");
                            if (source != null) {
                                report.lines
                                        .get(report.lines.size() - 1)
                                        .spent
                                        .add(new FundingLine(
                                                FundingSource.fromCode(source),
                                                rs.getInt("funding_year"),
                                                Rows.vnd(rs, "amount")));
                            }
                        }
                        return id;
                    })
                    .forEach(id -> {});
            if (current[0] != null) {
                reports.add(current[0].toReviewReport());
            }
            return reports;
        });
    }

    /** A report as its rows come. */
    private static final class ReportRow {
        final String id;
        final String unit;
        final ReportStatus status;
        final List<LineRow> lines = new ArrayList<>();
        int ordinal;

        ReportRow(String id, String unit, ReportStatus status) {
            this.id = id;
            this.unit = unit;
            this.status = status;
        }

        ReviewReport toReviewReport() {
            List<ReviewReport.Line> out = new ArrayList<>(lines.size());
            for (LineRow l : lines) {
                out.add(new ReviewReport.Line(l.item, l.status, l.percent, l.completed, l.spent));
            }
            return new ReviewReport(ReportId.of(id), UnitCode.of(unit), status, out);
        }
    }

    /** A report line as its rows come. */
    private record LineRow(
            ItemId item, ItemStatus status, int percent, Optional<LocalDate> completed, List<FundingLine> spent) {
        LineRow(ItemId item, ItemStatus status, int percent, Optional<LocalDate> completed) {
            this(item, status, percent, completed, new ArrayList<>(2));
        }
    }

    @Override
    public List<Adjustment> pendingAdjustments(ProgramId program) {
        requireNonNull(program, "program is null");
        return db.run(Op.read("program", program.value()), h -> {
            // an unknown program has none, as in the reference: no plan names it
            if (db.dialect() != Dialect.H2) {
                return h.createQuery(PENDING)
                        .bind("portfolio", db.portfolio())
                        .bind("program", program.value())
                        .bind("proposed", AdjustmentStatus.PROPOSED.code())
                        .map((rs, ctx) -> AdjustmentRepo.read(rs))
                        .list();
            }
            List<String> plans = plans(h, program).orElse(List.of());
            if (plans.isEmpty()) {
                return List.of();
            }
            return h.createQuery(PENDING_H2)
                    .bindMethodsList("plans", keys(plans), PLAN_KEY)
                    .bind("proposed", AdjustmentStatus.PROPOSED.code())
                    .map((rs, ctx) -> AdjustmentRepo.read(rs))
                    .list();
        });
    }

    /**
     * The program's plans and those cascading from them, breadth-first ({@link Plans}); empty
     * when the program is absent.
     */
    private Optional<List<String>> plans(Handle h, ProgramId program) {
        Plans plans = new Plans(program);
        int found = h.createQuery(PLANS)
                .bind("portfolio", db.portfolio())
                .bind("program", program.value())
                .map((rs, ctx) -> {
                    String plan = rs.getString("plan_id");
                    if (plan != null) {
                        plans.add(plan, rs.getString("plan_program"), rs.getString("parent_plan_id"));
                    }
                    return Boolean.TRUE;
                })
                .list()
                .size();
        return found == 0 ? Optional.empty() : Optional.of(plans.breadthFirst());
    }

    /** The plans' keys in this store's portfolio, for a row-value {@code IN} list. */
    private List<PlanKey> keys(List<String> plans) {
        List<PlanKey> keys = new ArrayList<>(plans.size());
        for (String plan : plans) {
            keys.add(new PlanKey(db.portfolio(), plan));
        }
        return keys;
    }

    /** A plan's key; public for Jdbi, which reads its {@link #PLAN_KEY} methods by reflection. */
    public record PlanKey(String portfolio, String plan) {}

    /** A program's plan tree as read, walked as {@code ProgramItems.of} (core review package) walks it. */
    static final class Plans {
        private final String program;
        private final List<String> roots = new ArrayList<>();
        private final Map<String, List<String>> children = new HashMap<>();

        Plans(ProgramId program) {
            this.program = program.value();
        }

        /** A plan of the tree; call in plan-id order. */
        void add(String plan, String planProgram, String parent) {
            if (program.equals(planProgram)) {
                roots.add(plan);
            }
            if (parent != null) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(plan);
            }
        }

        /** The program's plans, then breadth-first their children, each plan once. */
        List<String> breadthFirst() {
            Set<String> seen = new LinkedHashSet<>();
            ArrayDeque<String> frontier = new ArrayDeque<>(roots);
            while (!frontier.isEmpty()) {
                String plan = frontier.removeFirst();
                if (seen.add(plan)) {
                    frontier.addAll(children.getOrDefault(plan, List.of()));
                }
            }
            return List.copyOf(seen);
        }
    }

    /** Unit and plan codes made once per query: a hundred items name a handful of each. */
    private static final class Ids {
        private final Map<String, UnitCode> units = new HashMap<>();
        private final Map<String, PlanId> plans = new HashMap<>();

        UnitCode unit(String code) {
            return units.computeIfAbsent(code, UnitCode::of);
        }

        PlanId plan(String id) {
            return plans.computeIfAbsent(id, PlanId::of);
        }
    }

    /** The review columns of one item, its lead units and funding lines added as their rows come. */
    private static final class ItemRow {
        String id;
        String plan;
        int number;
        String title;
        Optional<Period> deadline;
        String reportingUnit;
        Optional<PublicInvestment> publicInvestment;
        ItemStatus status;
        Optional<LocalDate> completedOn;
        List<String> leadAsWritten;
        final List<String> leads = new ArrayList<>(1);
        final List<FundingLine> funding = new ArrayList<>(4);

        static ItemRow read(ResultSet rs) throws SQLException {
            ItemRow row = new ItemRow();
            row.id = rs.getString("item_id");
            row.plan = rs.getString("plan_id");
            row.number = rs.getInt("item_number");
            row.title = rs.getString("title");
            row.deadline = Rows.period(rs, "deadline_code");
            row.reportingUnit = rs.getString("reporting_unit");
            row.status = ItemStatus.fromCode(rs.getString("status"));
            row.completedOn = Rows.date(rs, "completed_on");
            row.leadAsWritten = ItemText.lines(rs.getString("lead_as_written"));
            row.publicInvestment = Optional.empty();
            if (rs.getBoolean("public_investment")) {
                row.publicInvestment = Optional.of(new PublicInvestment(
                        Rows.vnd(rs, "pi_estimated_total"),
                        Rows.string(rs, "pi_project_group"),
                        Rows.string(rs, "pi_note")));
            }
            return row;
        }

        /** The item's facts; {@code ids} shares the unit and plan codes the items repeat. */
        ReviewItem toReviewItem(Ids ids) {
            // Assignment.lead(): the lead unit when there is exactly one
            Optional<UnitCode> lead = leads.size() == 1 ? Optional.of(ids.unit(leads.get(0))) : Optional.empty();
            return new ReviewItem(
                    ItemId.of(id),
                    ids.plan(plan),
                    number,
                    title,
                    lead,
                    leads.stream().map(ids::unit).toList(),
                    leadAsWritten,
                    reportingUnit == null ? lead : Optional.of(ids.unit(reportingUnit)),
                    deadline,
                    funding,
                    publicInvestment,
                    status,
                    completedOn);
        }
    }

    /** Without the column's trailing zeros, and never in exponent form ({@code 100}, not {@code 1E+2}). */
    static BigDecimal normal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
