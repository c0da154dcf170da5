package org.civicplan.core.review;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.AdjustmentStatus;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.IndicatorKind;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;
import org.civicplan.core.spi.AggregatedValue;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.core.spi.ReviewItem;
import org.civicplan.core.spi.ReviewQueries;
import org.civicplan.core.spi.ReviewReport;

/**
 * The reference computation of {@link ReviewQueries}, over the store's repositories, used when the
 * store offers none of its own ({@link PortfolioStore#reviewQueries()} is empty; see {@link
 * #queriesOf}): reads each indicator's measurements, keeps each unit's
 * latest one inside the period, combines them; reads the program's whole items ({@link
 * ProgramItems#of}) and the period's reports and keeps their review facts; filters every adjustment for the
 * proposed ones of those items. Stores that can do better (SQL) provide their own; the results must
 * be equal.
 */
public final class MeasurementAggregation implements ReviewQueries {
    private final PortfolioStore store;

    public MeasurementAggregation(PortfolioStore store) {
        this.store = requireNonNull(store, "store is null");
    }

    /** The store's own review queries if it has them, else this reference computation over its repositories. */
    public static ReviewQueries queriesOf(PortfolioStore store) {
        requireNonNull(store, "store is null");
        return store.reviewQueries().orElseGet(() -> new MeasurementAggregation(store));
    }

    @Override
    public Map<IndicatorCode, AggregatedValue> indicatorValues(ProgramId program, Period period) {
        Map<IndicatorCode, AggregatedValue> out = new LinkedHashMap<>();
        for (Indicator indicator : store.indicators().byProgram(program)) {
            Map<UnitCode, Measurement> latest = new HashMap<>();
            for (Measurement m : store.measurements().byIndicator(indicator.code())) {
                if (!inside(m.period(), period)) {
                    continue;
                }
                latest.merge(m.reportedBy(), m, (a, b) -> end(b).isAfter(end(a)) ? b : a);
            }
            combine(indicator.code(), indicator.kind(), latest.values()).ifPresent(v -> out.put(indicator.code(), v));
        }
        return out;
    }

    @Override
    public List<ReviewItem> reviewItems(ProgramId program, Period period) {
        requireNonNull(period, "period is null");
        store.programs().get(program);
        List<ReviewItem> out = new ArrayList<>();
        for (Item item : ProgramItems.of(store, program)) {
            out.add(ReviewItem.of(item, period));
        }
        return out;
    }

    @Override
    public List<ReviewReport> reviewReports(ProgramId program, Period period) {
        List<ReviewReport> out = new ArrayList<>();
        for (ProgressReport report : store.reports().byPeriod(program, period)) {
            out.add(ReviewReport.of(report));
        }
        return out;
    }

    @Override
    public List<Adjustment> pendingAdjustments(ProgramId program) {
        Set<ItemId> items = new HashSet<>();
        ProgramItems.of(store, program).forEach(i -> items.add(i.id()));
        return store.adjustments().all().stream()
                .filter(a -> a.status() == AdjustmentStatus.PROPOSED && items.contains(a.item()))
                .sorted(Comparator.comparing(Adjustment::proposedAt))
                .toList();
    }

    /** True when a measurement's period lies inside the review period (both bounded). */
    public static boolean inside(Period measured, Period review) {
        return measured.start().isPresent()
                && measured.end().isPresent()
                && review.start().isPresent()
                && review.end().isPresent()
                && !measured.start().get().isBefore(review.start().get())
                && !measured.end().get().isAfter(review.end().get());
    }

    private static LocalDate end(Measurement m) {
        return m.period().end().orElse(LocalDate.MIN);
    }

    static Optional<AggregatedValue> combine(IndicatorCode code, IndicatorKind kind, Iterable<Measurement> values) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ZERO;
        boolean ratio = kind == IndicatorKind.PERCENT;
        int units = 0;
        LocalDate latest = null;
        for (Measurement m : values) {
            units++;
            LocalDate e = end(m);
            latest = latest == null || e.isAfter(latest) ? e : latest;
            MeasuredValue v = m.value();
            if (v instanceof MeasuredValue.Ratio r) {
                total = total.add(r.numerator());
                denominator = denominator.add(r.denominator());
            } else if (v instanceof MeasuredValue.Milestone milestone) {
                total = total.max(milestone.reached() ? BigDecimal.ONE : BigDecimal.ZERO);
            } else {
                total = total.add(v.numeric());
            }
        }
        if (units == 0) {
            return Optional.empty();
        }
        return Optional.of(new AggregatedValue(
                code, kind, total, ratio ? Optional.of(denominator) : Optional.empty(), units, latest));
    }
}
