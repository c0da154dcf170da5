package org.civicplan.benchmarks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.civicplan.core.model.Comparison;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.Rag;
import org.civicplan.core.spi.AggregatedValue;

/**
 * What the hand-written review ({@link HandWrittenReview}) produces: plain strings and numbers,
 * the same content as a {@link org.civicplan.core.review.Review}. Money is keyed by {@code
 * source|unit|year}, planned then reported.
 */
public record HandReview(
        List<HandItemLine> items,
        List<HandIndicator> indicators,
        Map<String, Map<String, Integer>> counts,
        Map<String, String> reportStatus,
        List<String> notReported,
        Map<String, BigDecimal[]> money,
        List<HandItem> investments,
        List<HandAdjustment> adjustments) {
    static final String AT_MOST = Comparison.AT_MOST.code();
    static final String EQUAL = Comparison.EQUAL.code();
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    record HandItem(
            String id,
            String plan,
            int number,
            String title,
            String lead,
            String reporting,
            LocalDate due,
            BigDecimal investment,
            String projectGroup,
            String status,
            LocalDate completed) {}

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

        /** Judges the value for a review period ending on {@code reviewEnd}. */
        void judge(LocalDate reviewEnd) {
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
            LocalDate due = Period.parse(target.period()).end().orElse(null);
            if (target.metBy(actual) || (achievement != null && achievement.compareTo(HUNDRED) >= 0)) {
                rag = Rag.ON_TRACK.code();
            } else if (due != null && due.isAfter(reviewEnd)) {
                rag = Rag.NOT_YET_DUE.code(); // a target not due by the period's end is not failed
            } else if (achievement != null && achievement.compareTo(BigDecimal.valueOf(80)) >= 0) {
                rag = Rag.AT_RISK.code();
            } else {
                rag = Rag.OFF_TRACK.code();
            }
        }
    }
}
