package org.civicplan.benchmarks;

/**
 * The hand-written review's statements, written for storage-jdbc's schema (see {@link
 * ReviewBenchmark}): the indicator aggregate, the items of the plan tree with their lead unit,
 * their funding lines in the period's years, report statuses, the submitted or approved report
 * lines with money spent, indicators with their interim targets, and proposed adjustments.
 */
final class HandWrittenSql {
    private HandWrittenSql() {}

    /** Each unit's latest value inside the period, combined per indicator of the program. */
    static final String INDICATOR_VALUES = "SELECT t.indicator_code, t.kind,"
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
            + " i.public_investment, i.pi_estimated_total, i.pi_project_group, i.status, i.completed_on,"
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

    /**
     * Proposed adjustments of the items of the plans {@link #HAND_ITEMS} read, the plans given by
     * their keys, {@code plans} of them. Not the plan tree joined to items and adjustments: H2
     * cannot estimate the tree's rows and put it last, after every item of the portfolio (3 s a
     * review at L); and not the items' keys, for which H2 looked up only the portfolio.
     */
    static String adjustments(int plans) {
        return "SELECT a.adjustment_id, a.item_id, a.base_revision, a.proposed_by, a.reason, a.proposed_item,"
                + " a.proposed_at_s, a.proposed_at_ns, a.version FROM items i"
                + " JOIN adjustments a ON a.portfolio_id = i.portfolio_id AND a.item_id = i.item_id"
                + " WHERE (i.portfolio_id, i.plan_id) IN ("
                + String.join(", ", java.util.Collections.nCopies(plans, "(?, ?)"))
                + ") AND a.status = ? ORDER BY a.proposed_at_s, a.proposed_at_ns, a.adjustment_id";
    }
}
