package org.civicplan.core.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;
import org.civicplan.core.money.Vnd;

/** A measured value, typed by the indicator's kind. */
public sealed interface MeasuredValue
        permits MeasuredValue.Count, MeasuredValue.Ratio, MeasuredValue.Money, MeasuredValue.Milestone {

    /** The value as one number: the count, the percentage, the amount in đồng, or 1/0 for a milestone. */
    BigDecimal numeric();

    /** The indicator kind this value fits. */
    IndicatorKind kind();

    static Count count(long value) {
        return new Count(BigDecimal.valueOf(value));
    }

    /** A count or other plain quantity. */
    record Count(BigDecimal value) implements MeasuredValue {
        public Count {
            requireNonNull(value, "value is null");
        }

        @Override
        public BigDecimal numeric() {
            return value;
        }

        @Override
        public IndicatorKind kind() {
            return IndicatorKind.COUNT;
        }
    }

    /** A percentage kept as numerator over denominator, so it can be re-aggregated exactly. */
    record Ratio(BigDecimal numerator, BigDecimal denominator) implements MeasuredValue {
        public Ratio {
            requireNonNull(numerator, "numerator is null");
            requireNonNull(denominator, "denominator is null");
            if (denominator.signum() <= 0) {
                throw new InvalidInputException(Message.of(
                        "tỷ lệ cần mẫu số dương, không phải " + denominator.toPlainString() + " (tử số "
                                + numerator.toPlainString() + ")",
                        "a ratio needs a positive denominator, not " + denominator.toPlainString() + " (numerator "
                                + numerator.toPlainString() + ")"));
            }
        }

        @Override
        public BigDecimal numeric() {
            return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, MathContext.DECIMAL64);
        }

        @Override
        public IndicatorKind kind() {
            return IndicatorKind.PERCENT;
        }
    }

    /** An amount of money. */
    record Money(Vnd amount) implements MeasuredValue {
        public Money {
            requireNonNull(amount, "amount is null");
        }

        @Override
        public BigDecimal numeric() {
            return amount.toBigDecimal();
        }

        @Override
        public IndicatorKind kind() {
            return IndicatorKind.MONEY;
        }
    }

    /** A milestone reached or not. */
    record Milestone(boolean reached) implements MeasuredValue {
        @Override
        public BigDecimal numeric() {
            return reached ? BigDecimal.ONE : BigDecimal.ZERO;
        }

        @Override
        public IndicatorKind kind() {
            return IndicatorKind.MILESTONE;
        }
    }
}
