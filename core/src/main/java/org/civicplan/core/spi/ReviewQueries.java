package org.civicplan.core.spi;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.period.Period;

/**
 * What a review reads from the store, in lean form: the aggregates of possibly millions of
 * measurements, the few facts it needs of each of the program's items and reports, and the pending
 * adjustments.
 * A relational store answers in a few SQL statements, so that no measurement row reaches Java and no
 * whole item is rebuilt ({@link PortfolioStore#reviewQueries()}); without them, the reference
 * computation ({@code org.civicplan.core.review.MeasurementAggregation}) computes the same from the
 * repositories. Every implementation must give results equal to the
 * default's.
 */
public interface ReviewQueries {
    /**
     * Runs a review's reads — these queries and the repositories' — and returns what {@code reads}
     * returns. A store may run them in one transaction on one connection (the JDBC store does: one
     * connection and one commit instead of one per read); at the database's default isolation
     * (READ COMMITTED on PostgreSQL and H2) each statement still sees the data as of its own start.
     * The default just runs them. {@code reads} must not write, and should only read: the caller
     * works out the review after it returns, so a store's locks are not held for that.
     */
    default <T> T read(Supplier<T> reads) {
        return reads.get();
    }

    /**
     * The program's indicators' values for the period: per unit the latest measurement whose period
     * lies inside {@code period}, combined across units (see {@link AggregatedValue}). Indicators
     * with no value in the period are absent.
     */
    Map<IndicatorCode, AggregatedValue> indicatorValues(ProgramId program, Period period);

    /**
     * The review facts ({@link ReviewItem#of}) of every item of the program's plans and of the plans
     * cascading from them, in the order of {@code ProgramItems.of} (review package): plans breadth-first
     * from the program's own (each level by plan id), each plan's items by number.
     *
     * @throws org.civicplan.core.NoSuchEntityException when there is no such program
     */
    List<ReviewItem> reviewItems(ProgramId program, Period period);

    /**
     * The program's reports for the period as a review reads them ({@link ReviewReport#of}), in
     * the order of {@code reports().byPeriod}: by unit.
     */
    List<ReviewReport> reviewReports(ProgramId program, Period period);

    /**
     * The proposed, not yet decided adjustments of those items, oldest first ({@link
     * Adjustment#proposedAt()}); proposals made at the same instant in the order of {@code
     * adjustments().all()}.
     */
    List<Adjustment> pendingAdjustments(ProgramId program);
}
