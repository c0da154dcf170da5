package org.civicplan.core.review;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * Achievement thresholds (percent of the way to the period's target): at or above {@code green} is
 * on track, at or above {@code amber} at risk, below it off track. A met target is always on track.
 */
public record RagThresholds(BigDecimal green, BigDecimal amber) {
    public static final RagThresholds DEFAULT = new RagThresholds(new BigDecimal("100"), new BigDecimal("80"));

    public RagThresholds {
        requireNonNull(green, "green is null");
        requireNonNull(amber, "amber is null");
        if (amber.compareTo(green) > 0) {
            throw new IllegalArgumentException("amber threshold " + amber + " is above green " + green);
        }
    }
}
