/**
 * What a review is made of and computed from: the {@link org.civicplan.core.review.Review} value
 * and its statuses, the reporting calendar and its compliance check, the red/amber/green
 * thresholds, the items a program's review covers ({@link org.civicplan.core.review.ProgramItems})
 * and the reference computation of the review queries ({@link
 * org.civicplan.core.review.MeasurementAggregation}), used when a store has none of its own.
 *
 * <p>May use: the root package, {@code model}, {@code period}, {@code money}, {@code internal} and
 * the extension points of {@code spi}. The services ({@code service}) use this package, never the
 * other way round.
 */
package org.civicplan.core.review;
