package org.civicplan.core.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.civicplan.core.money.Vnd;

/**
 * The resources behind an item (rõ nguồn lực): funding lines by source and year, or an explicit
 * declaration that it runs on the unit's regular operating budget; staff where stated.
 */
public record Resources(
        List<FundingLine> funding, boolean regularBudget, Optional<Integer> staff, Optional<String> note) {
    public static final Resources NONE = new Resources(List.of(), false, Optional.empty(), Optional.empty());

    public Resources {
        funding = Texts.list(funding, "funding");
        staff = Texts.optional(staff, "staff");
        note = Texts.line(note, "note");
    }

    public static Resources of(FundingLine... lines) {
        return new Resources(List.of(lines), false, Optional.empty(), Optional.empty());
    }

    /** "Kinh phí chi thường xuyên của đơn vị": no separate allocation. */
    public static Resources regularOperatingBudget() {
        return new Resources(List.of(), true, Optional.empty(), Optional.empty());
    }

    /** True when nothing was said about resources. */
    public boolean isUnstated() {
        return funding.isEmpty() && !regularBudget && staff.isEmpty();
    }

    public Vnd total() {
        Vnd sum = Vnd.ZERO;
        for (FundingLine line : funding) {
            sum = sum.plus(line.amount());
        }
        return sum;
    }

    public Map<FundingSource, Vnd> totalBySource() {
        Map<FundingSource, Vnd> totals = new EnumMap<>(FundingSource.class);
        for (FundingLine line : funding) {
            totals.merge(line.source(), line.amount(), Vnd::plus);
        }
        return totals;
    }

    public Map<Integer, Vnd> totalByYear() {
        Map<Integer, Vnd> totals = new TreeMap<>();
        for (FundingLine line : funding) {
            totals.merge(line.year(), line.amount(), Vnd::plus);
        }
        return totals;
    }
}
