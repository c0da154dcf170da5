package org.civicplan.benchmarks;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.Review;
import org.civicplan.core.review.ReviewStatus;
import org.civicplan.core.service.ReviewService;
import org.civicplan.core.spi.AggregatedValue;
import org.civicplan.storage.jdbc.JdbcPortfolioStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Item 4: the six-month review (first half of 2023, as of 15 July 2023) of one program — 100
 * items in 6 plans (the city plan and 5 unit plans cascading from it), 20 indicators — in a store
 * holding the whole portfolio (10^4, 10^5 or 10^6 measurements). Setup adds to the generated
 * portfolio what a review reads besides measurements ({@link ReviewActivity}, loaded by {@link
 * ReviewData}), for every program: each reporting unit's
 * report for the period (some units none; drafts and returned ones, which do not count; lines for
 * most of its items, with money spent in 2023) and three adjustments per program (two still
 * proposed), so that both the reports and the adjustments tables grow with the portfolio.
 *
 * <p>Two pairs:
 *
 * <ul>
 *   <li><b>{@link #civicplanReview} vs {@link #handWrittenReview}</b>, the whole review.
 *       civicplan: {@code ReviewService.review(program, period, asOf)} on the JDBC store — the
 *       store's review queries ({@code SqlReviewQueries}: the plan tree by {@code WITH RECURSIVE},
 *       the items' review columns with their lead units, their funding lines for 2023; the
 *       indicator values; the proposed adjustments of the program's items), the period's reports as
 *       records ({@code reports().byPeriod}: reports, texts, item lines, money spent) and the
 *       program's indicators as records (with their targets); each call its own transaction; then
 *       item statuses, scorecard, money and RAG in Java. Hand-written: plain JDBC on one pooled
 *       connection in auto-commit, seven statements written for this schema — items of the plan
 *       tree with their lead unit (correlated sub-selects), funding lines in the period's years,
 *       report statuses, submitted/approved report lines joined with money spent, indicators
 *       joined with interim targets, the indicator aggregate below, proposed adjustments of
 *       the items read, by their keys (the proposed item kept as its stored text, not decoded) — and the
 *       same computations by hand on strings and numbers ({@link HandWrittenReview}): status from the line against the due
 *       date, scorecard, units not reported, money by source / lead unit / year, public
 *       investment, target for the period, achievement and RAG. It orders plans by tree level
 *       then id, which is the breadth-first order civicplan uses whenever each level's plans have
 *       one parent, as here. Setup renders both results as text ({@link ReviewRendering}: every field of {@link Review};
 *       resource lines as a set, ordered by source code, unit and year) and fails unless they are
 *       equal, and unless the review has reported items, money spent and pending adjustments.
 *   <li><b>{@link #civicplanReviewQueries} vs {@link #handWrittenSql}</b>, the indicator half
 *       alone: {@code store.reviewQueries().orElseThrow().indicatorValues} against one hand-written statement
 *       (each unit's latest value inside the period by {@code ROW_NUMBER()}, summed per
 *       indicator); setup checks they give the same values.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgs = {Bench.XMS, Bench.XMX, Bench.PRETOUCH})
@org.openjdk.jmh.annotations.Warmup(iterations = 2, time = 2)
@org.openjdk.jmh.annotations.Measurement(iterations = 3, time = 2)
public abstract class ReviewBenchmark {
    static final Period PERIOD = ReviewActivity.PERIOD;
    static final LocalDate AS_OF = LocalDate.of(2023, 7, 15);

    @Param({"S", "M"})
    public String size;

    BenchDb db;
    JdbcPortfolioStore store;
    ReviewService reviews;
    ProgramId program;
    HandWrittenReview hand;

    abstract BenchDb open();

    @Setup(Level.Trial)
    public void setUp() {
        db = open();
        ReviewData.ensureLoaded(
                db, size, () -> new PortfolioGenerator(Bench.SEED).generate(PortfolioGenerator.Size.valueOf(size)));
        String portfolio = ReviewData.portfolio(size);
        store = JdbcPortfolioStore.create(db.dataSource, PortfolioId.of(portfolio));
        program = PortfolioGenerator.programId(0);
        reviews = ReviewService.of(store);
        hand = new HandWrittenReview(db.dataSource, portfolio, program, PERIOD, AS_OF);
        Map<IndicatorCode, AggregatedValue> expected =
                store.reviewQueries().orElseThrow().indicatorValues(program, PERIOD);
        Map<IndicatorCode, AggregatedValue> actual = handWrittenSql();
        if (!ReviewRendering.same(expected, actual)) {
            throw new IllegalStateException("the SQL aggregate differs from civicplan's:\n" + expected + "\n" + actual);
        }
        Review review = civicplanReview();
        if (review.itemsWith(ReviewStatus.NOT_STARTED).size() == review.items().size()
                || review.proposedAdjustments().isEmpty()
                || review.resources().stream().allMatch(r -> r.reported().equals(Vnd.ZERO))
                || review.publicInvestment().isEmpty()) {
            throw new IllegalStateException("the review workload is degenerate: " + review);
        }
        String civicplan = ReviewRendering.render(review);
        String handWritten = ReviewRendering.render(handWrittenReview(), program, PERIOD, AS_OF);
        if (!civicplan.equals(handWritten)) {
            throw new IllegalStateException("the hand-written review differs from civicplan's: "
                    + ReviewRendering.firstDifference(civicplan, handWritten));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        store.close();
        db.close();
    }

    @Benchmark
    public Review civicplanReview() {
        return reviews.review(program, PERIOD, AS_OF);
    }

    @Benchmark
    public Map<IndicatorCode, AggregatedValue> civicplanReviewQueries() {
        return store.reviewQueries().orElseThrow().indicatorValues(program, PERIOD);
    }

    @Benchmark
    public Map<IndicatorCode, AggregatedValue> handWrittenSql() {
        return hand.indicatorValues();
    }

    /** The hand-written review: see the class comment. */
    @Benchmark
    public HandReview handWrittenReview() {
        return hand.review();
    }
}
