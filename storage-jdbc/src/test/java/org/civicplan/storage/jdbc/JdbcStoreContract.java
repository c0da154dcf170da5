package org.civicplan.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicplan.testing.TestPortfolios.IND_INNOV;
import static org.civicplan.testing.TestPortfolios.IND_TFP;
import static org.civicplan.testing.TestPortfolios.PLAN;
import static org.civicplan.testing.TestPortfolios.PROGRAM;
import static org.civicplan.testing.TestPortfolios.QCG;
import static org.civicplan.testing.TestPortfolios.SKHCN;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.civicplan.core.DanglingReferenceException;
import org.civicplan.core.DuplicateEntityException;
import org.civicplan.core.NoSuchEntityException;
import org.civicplan.core.UnableToStoreException;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.AdjustmentStatus;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.FundingSource;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.ProgressState;
import org.civicplan.core.model.Resources;
import org.civicplan.core.model.Target;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.MeasurementAggregation;
import org.civicplan.core.review.Review;
import org.civicplan.core.review.ReviewStatus;
import org.civicplan.core.service.ReviewService;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.testing.ContendedUpdates;
import org.civicplan.testing.PortfolioStoreContract;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;

/**
 * The store contract plus what is specific to SQL: statement counts, concurrency at scale,
 * database-level rollback, exception translation, tenants, and the SQL aggregates. Each database's
 * test class provides a migrated {@link TestDatabase}; every test works in a portfolio of its own.
 */
abstract class JdbcStoreContract extends PortfolioStoreContract {
    private static final AtomicInteger TENANTS = new AtomicInteger();

    /** The class's database, migrated. */
    abstract TestDatabase database();

    /** Threads × updates for the concurrency test. */
    int updatesPerThread() {
        return 1000;
    }

    @Override
    protected PortfolioStore newStore() {
        return JdbcPortfolioStore.openOrCreate(database().dataSource(), newTenant());
    }

    static PortfolioId newTenant() {
        return PortfolioId.of("hanoi-" + ProcessHandle.current().pid() + "-" + TENANTS.incrementAndGet());
    }

    JdbcPortfolioStore jdbc() {
        return (JdbcPortfolioStore) store;
    }

    /** The sample portfolio with {@code extra} more items in the city plan, numbered from 5. */
    static Portfolio sampleWithItems(int extra) {
        List<Item> items = new ArrayList<>(TestPortfolios.items());
        for (int n = 5; n < 5 + extra; n++) {
            items.add(TestPortfolios.item(n));
        }
        return TestPortfolios.withItems(items);
    }

    private long count(Runnable work) {
        long before = database().statements();
        work.run();
        return database().statements() - before;
    }

    @Test
    void readingAPlanCostsTheSameStatementsForFourOrHundredItems() {
        importSample();
        long four = count(() -> assertThat(store.items().byPlan(PLAN)).hasSize(4));

        PortfolioStore big = newStore();
        big.importPortfolio(sampleWithItems(96));
        long hundred = count(() -> assertThat(big.items().byPlan(PLAN)).hasSize(100));

        assertThat(hundred).isEqualTo(four).isEqualTo(5);
        System.out.printf("statements: byPlan(4 items)=%d, byPlan(100 items)=%d%n", four, hundred);
    }

    /**
     * Issue 15: a review's lines carry each item's lead as the plan writes it, read with the item's
     * review facts, so that no output reads an item again per line: the review costs the same
     * statements for 4 or 100 items, and its lines equal the review computed in memory.
     */
    @Test
    void aReviewCarriesTheLeadAsWrittenInTheSameStatementsForFourOrHundredItems() {
        Portfolio four = withLeadWords(sampleWithItems(0));
        Portfolio hundred = withLeadWords(sampleWithItems(96));
        store.importPortfolio(four);
        PortfolioStore big = newStore();
        big.importPortfolio(hundred);
        Period period = Period.secondHalf(2021);
        long small = count(() -> new ReviewService(store, ReviewFixtures.CLOCK).review(PROGRAM, period));
        long large = count(() -> new ReviewService(big, ReviewFixtures.CLOCK).review(PROGRAM, period));
        assertThat(large).isEqualTo(small);

        Review review = new ReviewService(big, ReviewFixtures.CLOCK).review(PROGRAM, period);
        ReviewFixtures.assertSameReview(
                review,
                new ReviewService(InMemoryPortfolioStore.of(hundred), ReviewFixtures.CLOCK).review(PROGRAM, period));
        assertThat(review.items())
                .filteredOn(line -> line.leadUnits().equals(List.of(SKHCN)))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line.leadAsWritten()).containsExactly("Sở KH&CN"));
        assertThat(review.items())
                .filteredOn(line -> !line.leadUnits().contains(SKHCN))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line.leadAsWritten()).isEmpty());
        System.out.printf("statements: review(4 items)=%d, review(100 items)=%d%n", small, large);
    }

    /** The items the Department of Science and Technology leads, its lead written "Sở KH&CN" (unit corpus). */
    private static Portfolio withLeadWords(Portfolio portfolio) {
        List<Item> items = new ArrayList<>();
        for (Item item : portfolio.items()) {
            boolean skhcn = item.assignment().leadUnits().equals(List.of(SKHCN));
            items.add(
                    skhcn
                            ? item.toBuilder()
                                    .assignment(item.assignment().withUnitsAsWritten(List.of("Sở KH&CN"), List.of()))
                                    .build()
                            : item);
        }
        return TestPortfolios.withItems(items);
    }

    /**
     * Indicators and their interim targets come in one statement (a row per target): indicators
     * with none, one or many targets (more than ten, so that "10" sorts after "9" only as a
     * number), a final target without interim ones, read back by program, one by one and all, equal
     * to what was stored, in order; a program's indicators cost one statement whatever their targets.
     */
    @Test
    void indicatorsWithNoOneOrManyTargetsReadBackInOneStatement() {
        // the sample's own (two targets each; its items refer to them) and nine more
        List<Indicator> indicators = new ArrayList<>(TestPortfolios.indicators());
        int n = 0;
        for (Indicator base : TestPortfolios.indicators()) {
            for (int targets : new int[] {0, 1, 12}) {
                List<Target> interim = new ArrayList<>();
                for (int t = 0; t < targets; t++) {
                    interim.add(
                            t % 2 == 0
                                    ? Target.atLeast(new BigDecimal(40 + t + ".5"), Period.year(2010 + t))
                                    : Target.atMost(new BigDecimal(90 - t), Period.firstHalf(2010 + t)));
                }
                indicators.add(base.toBuilder()
                        .code(IndicatorCode.of(base.code().value() + "-" + (char) ('z' - n++)))
                        .target(
                                targets == 0 && n % 2 == 0
                                        ? null
                                        : base.target().orElseThrow())
                        .interimTargets(interim)
                        .build());
            }
        }
        Portfolio sample = TestPortfolios.portfolio();
        Portfolio portfolio = new Portfolio(
                sample.id(),
                sample.name(),
                sample.units(),
                sample.programs(),
                sample.plans(),
                sample.items(),
                indicators,
                List.of(),
                sample.reports(),
                sample.adjustments());
        store.importPortfolio(portfolio);
        PortfolioStore memory = InMemoryPortfolioStore.of(portfolio);

        List<Indicator> byProgram = store.indicators().byProgram(PROGRAM);
        // by code, as the store has always read them (the in-memory store keeps the order of import)
        assertThat(byProgram)
                .isEqualTo(byCode(memory.indicators().byProgram(PROGRAM)))
                .hasSize(12);
        assertThat(byProgram.stream().mapToInt(i -> i.interimTargets().size()).sum())
                .isEqualTo(3 * 2 + 3 * 13);
        assertThat(store.indicators().all())
                .isEqualTo(byCode(memory.indicators().all()));
        for (Indicator i : indicators) {
            assertThat(store.indicators().get(i.code()))
                    .isEqualTo(memory.indicators().get(i.code()))
                    .isEqualTo(i.withVersion(store.indicators().get(i.code()).version()));
        }
        assertThat(count(() -> store.indicators().byProgram(PROGRAM))).isEqualTo(1);
        assertThat(store.indicators().byProgram(org.civicplan.core.model.ProgramId.of("NONE")))
                .isEmpty();
    }

    private static List<Indicator> byCode(List<Indicator> indicators) {
        return indicators.stream()
                .sorted(java.util.Comparator.comparing(i -> i.code().value()))
                .toList();
    }

    @Test
    void changingOneItemOrValueCostsAConstantNumberOfStatements() {
        store.importPortfolio(sampleWithItems(96));
        Item small = store.items().get(ItemId.of("KH-186/3"));
        Item large = store.items().get(ItemId.of("KH-186/50"));
        List<FundingLine> many = new ArrayList<>();
        for (int year = 2021; year <= 2025; year++) {
            many.add(new FundingLine(FundingSource.CITY_BUDGET, year, Vnd.of(1_000_000L * year)));
        }
        long updateSmall =
                count(() -> store.items().update(small.toBuilder().title("Đổi").build()));
        long updateLarge = count(() -> store.items()
                .update(large.toBuilder()
                        .assignment(new org.civicplan.core.model.Assignment(
                                large.assignment().leadUnits(),
                                large.assignment().coordinatingUnits(),
                                large.assignment().responsible(),
                                large.assignment().reportingUnit(),
                                large.assignment().leadRationale(),
                                new Resources(many, false, Optional.of(3), Optional.empty())))
                        .build()));
        long get = count(() -> store.items().get(ItemId.of("KH-186/50")));
        long record = count(() -> store.measurements()
                .record(new Measurement(IND_INNOV, Period.year(2022), QCG, MeasuredValue.count(7), Optional.empty())));

        // the item's references looked up in one statement (References), lock the row and compare
        // versions (SELECT … FOR UPDATE), then one UPDATE; a measurement: its references, one upsert
        assertThat(updateSmall).isEqualTo(3);
        assertThat(updateLarge).isLessThanOrEqualTo(11);
        assertThat(get).isEqualTo(5);
        assertThat(record).isEqualTo(2);
        assertThat(store.items().get(large.id()).assignment().resources().funding())
                .containsExactlyElementsOf(many);
        System.out.printf(
                "statements: update item=%d / %d, get item=%d, record measurement=%d%n",
                updateSmall, updateLarge, get, record);
    }

    @Test
    void eightThreadsUpdatingOneItemLoseNothing() throws Exception {
        importSample();
        ItemId id = ItemId.of("KH-186/3");
        int threads = 8;
        int perThread = updatesPerThread();
        long conflicts = ContendedUpdates.run(store, id, threads, perThread, Duration.ofSeconds(300));
        Item last = store.items().get(id);
        assertThat(last.product().quantity()).contains(5 + threads * perThread);
        assertThat(last.version()).isEqualTo(1 + threads * perThread);
        System.out.printf("concurrency: %d updates, %d conflicts retried%n", threads * perThread, conflicts);
    }

    @Test
    void aReferenceToNothingInAnImportIsRefusedBeforeTheDatabaseSeesIt() {
        Portfolio sample = TestPortfolios.portfolio();
        List<Measurement> measurements = new ArrayList<>(sample.measurements());
        // an indicator that does not exist: the foreign key would fail inside the measurement
        // batch; the reference check every store runs refuses it first, naming the field, no SQL
        measurements.add(
                2,
                new Measurement(
                        org.civicplan.core.model.IndicatorCode.of("KHONG-CO"),
                        Period.year(2021),
                        SKHCN,
                        MeasuredValue.count(1),
                        Optional.empty()));
        Portfolio broken = new Portfolio(
                sample.id(),
                sample.name(),
                sample.units(),
                sample.programs(),
                sample.plans(),
                sample.items(),
                sample.indicators(),
                measurements,
                sample.reports(),
                sample.adjustments());
        assertThatThrownBy(() -> store.importPortfolio(broken))
                .isInstanceOfSatisfying(DanglingReferenceException.class, e -> {
                    assertThat(e.field()).isEqualTo("indicator");
                    assertThat(e.targetId()).isEqualTo("KHONG-CO");
                })
                .message()
                .doesNotContainIgnoringCase("insert")
                .doesNotContainIgnoringCase("sql");
        Portfolio after = store.snapshot();
        assertThat(after.units()).isEmpty();
        assertThat(after.programs()).isEmpty();
        assertThat(after.plans()).isEmpty();
        assertThat(after.items()).isEmpty();
        assertThat(after.indicators()).isEmpty();
        assertThat(store.measurements().count()).isZero();
    }

    @Test
    void anItemOfAMissingPlanIsRefusedWithTheFieldAndNoSql() {
        importSample();
        Item orphan =
                TestPortfolios.item(30).toBuilder().plan(PlanId.of("KHONG-CO")).build();
        assertThatThrownBy(() -> store.items().create(orphan))
                .isInstanceOf(DanglingReferenceException.class)
                .hasMessageContaining("item \"KH-186/30\", field plan: plan \"KHONG-CO\" does not exist")
                .hasMessageContaining("nhiệm vụ \"KH-186/30\", trường plan")
                .message()
                .doesNotContainIgnoringCase("sql")
                .doesNotContain("INSERT");
        assertThat(store.items().find(orphan.id())).isEmpty();
    }

    @Test
    void openingAPortfolioThatIsNotThereWritesNothing() {
        importSample();
        javax.sql.DataSource dataSource = database().dataSource();
        List<PortfolioId> before = JdbcPortfolioStore.portfolios(dataSource);
        assertThat(before).contains(store.portfolio());
        PortfolioId missing = PortfolioId.of("khong-co-" + store.portfolio().value());
        assertThatThrownBy(() -> JdbcPortfolioStore.open(dataSource, missing))
                .isInstanceOf(NoSuchEntityException.class)
                .hasMessageContaining(missing.value());
        assertThat(JdbcPortfolioStore.portfolios(dataSource)).isEqualTo(before);
        assertThat(JdbcPortfolioStore.open(dataSource, store.portfolio())
                        .items()
                        .all())
                .hasSameSizeAs(TestPortfolios.items());
    }

    @Test
    void duplicatesAreNamed() {
        importSample();
        assertThatThrownBy(() -> store.programs().create(TestPortfolios.program()))
                .isInstanceOf(DuplicateEntityException.class)
                .hasMessageContaining("07-CTr/TU");
        assertThatThrownBy(() -> store.plans().create(TestPortfolios.plan()))
                .isInstanceOf(DuplicateEntityException.class)
                .hasMessageContaining("KH-186");
    }

    @Test
    void aClosedDataSourceIsAnUnableToStoreNamingTheOperation() {
        TestDatabase db = database();
        com.zaxxer.hikari.HikariDataSource own = JdbcStores.pool(
                db.pool().getJdbcUrl(), db.pool().getUsername(), db.pool().getPassword());
        JdbcPortfolioStore other = JdbcPortfolioStore.openOrCreate(own, newTenant());
        own.close();
        assertThatThrownBy(() -> other.items().get(ItemId.of("KH-186/1")))
                .isInstanceOf(UnableToStoreException.class)
                .hasMessageContaining("read item \"KH-186/1\"")
                .hasMessageContaining("đọc nhiệm vụ \"KH-186/1\"")
                .hasCauseInstanceOf(RuntimeException.class);
    }

    @Test
    void portfoliosInOneDatabaseAreSeparate() {
        importSample();
        PortfolioStore other = newStore();
        assertThat(other.items().all()).isEmpty();
        assertThat(other.measurements().count()).isZero();
        other.importPortfolio(TestPortfolios.portfolio());
        assertThat(other.items().all()).hasSize(4);
        assertThat(store.items().all()).hasSize(4);
        other.items()
                .update(other.items().get(ItemId.of("KH-186/1")).toBuilder()
                        .title("Khác")
                        .build());
        assertThat(store.items().get(ItemId.of("KH-186/1")).title()).isNotEqualTo("Khác");
    }

    @Test
    void countByStateAgreesWithItemStateOn() {
        // every status × (no deadline, past, future) × (no completion, early, late)
        importSample();
        List<Item> items = new ArrayList<>();
        int n = 100;
        List<Optional<Period>> deadlines =
                List.of(Optional.empty(), Optional.of(Period.year(2021)), Optional.of(Period.year(2030)));
        List<Optional<LocalDate>> completions =
                List.of(Optional.empty(), Optional.of(LocalDate.of(2021, 6, 1)), Optional.of(LocalDate.of(2022, 6, 1)));
        for (ItemStatus status : ItemStatus.values()) {
            for (Optional<Period> deadline : deadlines) {
                for (Optional<LocalDate> completed : completions) {
                    items.add(TestPortfolios.item(n++).toBuilder()
                            .status(status)
                            .deadline(deadline.orElse(null))
                            .completedOn(completed.orElse(null))
                            .build());
                }
            }
        }
        items.forEach(store.items()::create);
        for (LocalDate asOf : List.of(LocalDate.of(2021, 12, 31), LocalDate.of(2022, 1, 1), LocalDate.of(2031, 1, 1))) {
            Map<ProgressState, Long> expected = new EnumMap<>(ProgressState.class);
            for (ProgressState s : ProgressState.values()) {
                expected.put(s, 0L);
            }
            store.items().all().forEach(i -> expected.merge(i.stateOn(asOf), 1L, Long::sum));
            assertThat(jdbc().queries().countByState(asOf)).as("as of %s", asOf).isEqualTo(expected);
        }
    }

    @Test
    void sampleStatesAndIndicatorAggregates() {
        importSample();
        Map<ProgressState, Long> states = jdbc().queries().countByState(PLAN, LocalDate.of(2022, 1, 1));
        assertThat(states)
                .containsEntry(ProgressState.OVERDUE, 1L)
                .containsEntry(ProgressState.NOT_STARTED, 1L)
                .containsEntry(ProgressState.IN_PROGRESS, 1L)
                .containsEntry(ProgressState.DONE_LATE, 1L)
                .containsEntry(ProgressState.DONE_ON_TIME, 0L);

        assertThat(jdbc().queries().latestValues(IND_INNOV, LocalDate.of(2021, 12, 31)))
                .extracting(m -> m.reportedBy().value() + "=" + m.value().numeric())
                .containsExactly("QCG=15", "SKHCN=120");
        assertThat(jdbc().queries().latestValues(IND_TFP, LocalDate.of(2021, 12, 31)))
                .singleElement()
                .extracting(Measurement::period)
                .isEqualTo(Period.secondHalf(2021));
        assertThat(jdbc().queries().latestValues(IND_TFP, LocalDate.of(2021, 6, 29)))
                .isEmpty();

        var totals = jdbc().queries().totalsByPeriod(IND_TFP);
        assertThat(totals)
                .extracting(JdbcQueries.PeriodTotal::period)
                .containsExactly(Period.firstHalf(2021), Period.secondHalf(2021));
        assertThat(totals.get(0).pooledPercent()).contains(new BigDecimal("41"));
        assertThat(totals.get(1).pooledPercent()).contains(new BigDecimal("43"));
        var innov = jdbc().queries().totalsByPeriod(IND_INNOV);
        assertThat(innov).singleElement().satisfies(t -> {
            assertThat(t.values()).isEqualTo(2);
            assertThat(t.sum()).isEqualByComparingTo("135");
            assertThat(t.pooledPercent()).isEmpty();
        });
    }

    /** Units in the review-at-scale test: 20 indicators × 50 months × this many units measurements. */
    int reviewScaleUnits() {
        return 100;
    }

    @Test
    void reviewValuesInSqlEqualTheReferenceOnTheSample() {
        importSample();
        for (Period period : ReviewFixtures.REVIEW_PERIODS) {
            ReviewFixtures.assertSameValues(
                    store.reviewQueries().orElseThrow().indicatorValues(PROGRAM, period),
                    new MeasurementAggregation(store).indicatorValues(PROGRAM, period),
                    period.code());
        }
        assertThat(store.reviewQueries()).get().isNotInstanceOf(MeasurementAggregation.class);
        var h1 = store.reviewQueries().orElseThrow().indicatorValues(PROGRAM, Period.firstHalf(2021));
        assertThat(h1).containsOnlyKeys(IND_TFP, IND_INNOV);
        assertThat(h1.get(IND_INNOV).total()).isEqualByComparingTo("135");
        assertThat(h1.get(IND_INNOV).units()).isEqualTo(2);
        assertThat(store.reviewQueries().orElseThrow().indicatorValues(PROGRAM, Period.parse("Hằng năm")))
                .isEmpty();
    }

    @Test
    void reviewValuesInSqlEqualTheReferenceOnGeneratedMeasurements() {
        for (long seed : new long[] {1, 2021, 186}) {
            PortfolioStore generated = newStore();
            generated.importPortfolio(ReviewFixtures.generated(seed));
            for (Period period : ReviewFixtures.REVIEW_PERIODS) {
                var sql = generated.reviewQueries().orElseThrow().indicatorValues(PROGRAM, period);
                ReviewFixtures.assertSameValues(
                        sql,
                        new MeasurementAggregation(generated).indicatorValues(PROGRAM, period),
                        "seed " + seed + ", " + period.code());
                assertThat(sql).as("every generated indicator has values").hasSizeGreaterThanOrEqualTo(8);
            }
        }
    }

    @Test
    void reviewOnTheDatabaseEqualsTheReviewInMemory() {
        for (Portfolio portfolio : List.of(TestPortfolios.portfolio(), ReviewFixtures.generated(7))) {
            PortfolioStore jdbc = newStore();
            jdbc.importPortfolio(portfolio);
            InMemoryPortfolioStore memory = InMemoryPortfolioStore.of(portfolio);
            for (Period period : List.of(Period.firstHalf(2021), Period.year(2021))) {
                Review expected = new ReviewService(memory, ReviewFixtures.CLOCK).review(PROGRAM, period);
                Review actual = new ReviewService(jdbc, ReviewFixtures.CLOCK).review(PROGRAM, period);
                ReviewFixtures.assertSameReview(actual, expected);
                assertThat(actual.indicators())
                        .anySatisfy(line -> assertThat(line.value()).isPresent());
            }
        }
    }

    @Test
    void wholeReviewInSqlEqualsTheReviewFromTheRepositories() {
        for (long seed = 1; seed <= 3; seed++) {
            Portfolio portfolio = ReviewFixtures.wholeReview(seed);
            PortfolioStore sql = newStore();
            sql.importPortfolio(portfolio);
            PortfolioStore repositories = ReviewFixtures.withDefaultReviewQueries(sql);
            InMemoryPortfolioStore memory = InMemoryPortfolioStore.of(portfolio);
            assertThat(sql.reviewQueries()).get().isNotInstanceOf(MeasurementAggregation.class);
            assertThat(repositories.reviewQueries()).isEmpty();

            assertThat(sql.reviewQueries().orElseThrow().pendingAdjustments(PROGRAM))
                    .as("seed %d", seed)
                    .isEqualTo(MeasurementAggregation.queriesOf(repositories).pendingAdjustments(PROGRAM))
                    .isEqualTo(MeasurementAggregation.queriesOf(memory).pendingAdjustments(PROGRAM));
            for (Period period : ReviewFixtures.WHOLE_REVIEW_PERIODS) {
                String where = "seed " + seed + ", " + period.code();
                assertThat(sql.reviewQueries().orElseThrow().reviewItems(PROGRAM, period))
                        .as(where)
                        .hasSize(54)
                        .isEqualTo(
                                MeasurementAggregation.queriesOf(repositories).reviewItems(PROGRAM, period))
                        .isEqualTo(MeasurementAggregation.queriesOf(memory).reviewItems(PROGRAM, period));
                assertThat(sql.reviewQueries().orElseThrow().reviewReports(PROGRAM, period))
                        .as(where)
                        .isEqualTo(
                                MeasurementAggregation.queriesOf(repositories).reviewReports(PROGRAM, period))
                        .isEqualTo(MeasurementAggregation.queriesOf(memory).reviewReports(PROGRAM, period));
                Review actual = new ReviewService(sql, ReviewFixtures.CLOCK).review(PROGRAM, period);
                ReviewFixtures.assertSameReview(
                        actual, new ReviewService(repositories, ReviewFixtures.CLOCK).review(PROGRAM, period));
                ReviewFixtures.assertSameReview(
                        actual, new ReviewService(memory, ReviewFixtures.CLOCK).review(PROGRAM, period));
            }
            // the data exercises every part of the review
            Review year = new ReviewService(sql, ReviewFixtures.CLOCK).review(PROGRAM, Period.year(2021));
            // every item's status is its state by ItemStates, never "not reported"
            assertThat(year.items()).extracting(Review.ItemLine::status).doesNotContain(ReviewStatus.NOT_REPORTED);
            assertThat(year.items())
                    .extracting(Review.ItemLine::status)
                    .contains(ReviewStatus.DONE_ON_TIME, ReviewStatus.IN_PROGRESS);
            assertThat(year.resources())
                    .anySatisfy(line ->
                            assertThat(line.reported().toBigDecimal().signum()).isPositive());
            assertThat(year.resources())
                    .anySatisfy(line ->
                            assertThat(line.planned().toBigDecimal().signum()).isPositive());
            assertThat(year.publicInvestment()).isNotEmpty();
            assertThat(year.proposedAdjustments()).isNotEmpty().allSatisfy(a -> assertThat(a.status())
                    .isEqualTo(AdjustmentStatus.PROPOSED));
            assertThat(year.items()).extracting(Review.ItemLine::plan).contains(PlanId.of("KH-QCG-2021-P1"));
            assertThat(year.items()).extracting(Review.ItemLine::plan).doesNotContain(PlanId.of("KH-KHAC"));
        }
    }

    @Test
    void reviewQueriesOfAnUnknownProgramAreRefusedOrEmptyAsTheReference() {
        importSample();
        ProgramId unknown = ProgramId.of("99-CTr/TU");
        assertThatThrownBy(() -> store.reviewQueries().orElseThrow().reviewItems(unknown, Period.year(2021)))
                .isInstanceOf(NoSuchEntityException.class);
        assertThatThrownBy(() -> new ReviewService(store, ReviewFixtures.CLOCK).review(unknown, Period.year(2021)))
                .isInstanceOf(NoSuchEntityException.class);
        assertThat(store.reviewQueries().orElseThrow().pendingAdjustments(unknown))
                .isEmpty();
    }

    @Test
    void aReviewReadsOnlyItsProgramsAdjustmentsAndTheSameStatementsWhateverTheirNumber() {
        jdbc().importPortfolio(ReviewFixtures.wholeReview(5));
        ReviewService reviews = new ReviewService(store, ReviewFixtures.CLOCK);
        long before = count(() -> reviews.review(PROGRAM, Period.year(2021)));
        int pending =
                reviews.review(PROGRAM, Period.year(2021)).proposedAdjustments().size();
        Item outside = store.items().byPlan(PlanId.of("KH-KHAC")).get(0);
        for (int i = 0; i < 50; i++) {
            store.adjustments()
                    .create(new Adjustment(
                            org.civicplan.core.model.AdjustmentId.of("DC-X" + i),
                            outside.id(),
                            1,
                            TestPortfolios.UBND,
                            "Ngoài chương trình",
                            outside,
                            AdjustmentStatus.PROPOSED,
                            java.time.Instant.parse("2021-12-01T00:00:00Z"),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            0));
        }
        Review review;
        long rows;
        try (TestDatabase.Recording recording = TestDatabase.record()) {
            review = reviews.review(PROGRAM, Period.year(2021));
            rows = recording.rowsRead(
                    sql -> sql.toLowerCase(java.util.Locale.ROOT).contains("adjustments"));
        }
        assertThat(review.proposedAdjustments()).hasSize(pending);
        assertThat(rows).as("adjustment rows read").isEqualTo(pending);
        assertThat(count(() -> reviews.review(PROGRAM, Period.year(2021)))).isEqualTo(before);
    }

    @Test
    void aReviewOfManyMeasurementsReadsNoMeasurementRowsIntoJava() {
        importSample();
        List<org.civicplan.core.model.Indicator> indicators = ReviewFixtures.manyIndicators();
        indicators.forEach(store.indicators()::create);
        for (int unit = 0; unit < reviewScaleUnits(); unit++) {
            store.units()
                    .save(org.civicplan.core.model.OrgUnit.of(
                            String.format("U%03d", unit),
                            "Đơn vị " + unit,
                            org.civicplan.core.model.UnitKind.DEPARTMENT));
        }
        List<Measurement> values = ReviewFixtures.manyMeasurements(indicators, reviewScaleUnits());
        long started = System.nanoTime();
        store.measurements().recordAll(values);
        long recorded = System.nanoTime();
        int programIndicators = store.indicators().byProgram(PROGRAM).size();
        assertThat(store.measurements().count())
                .isEqualTo(values.size() + TestPortfolios.measurements().size());

        Review review;
        long sqlStatements;
        long sqlRows;
        try (TestDatabase.Recording recording = TestDatabase.record()) {
            review = new ReviewService(store, ReviewFixtures.CLOCK).review(PROGRAM, Period.firstHalf(2021));
            List<String> reading = recording.statements().stream()
                    .filter(ReviewFixtures::readsMeasurements)
                    .toList();
            assertThat(reading).singleElement().asString().contains("ROW_NUMBER() OVER");
            sqlStatements = reading.size();
            sqlRows = recording.rowsRead(ReviewFixtures::readsMeasurements);
        }
        long reviewed = System.nanoTime();
        assertThat(sqlRows).isPositive().isLessThanOrEqualTo(programIndicators);
        assertThat(review.indicators())
                .filteredOn(line -> line.value().isPresent())
                .hasSize(22);
        assertThat(review.indicators())
                .filteredOn(line -> line.code().value().startsWith("BIG-"))
                .allSatisfy(line -> assertThat(line.value().get().units()).isEqualTo(reviewScaleUnits()));

        // the same check fails for the reference computation, which reads every measurement of the program
        Map<org.civicplan.core.model.IndicatorCode, org.civicplan.core.spi.AggregatedValue> reference;
        long referenceRows;
        try (TestDatabase.Recording recording = TestDatabase.record()) {
            reference = new MeasurementAggregation(store).indicatorValues(PROGRAM, Period.firstHalf(2021));
            referenceRows = recording.rowsRead(ReviewFixtures::readsMeasurements);
        }
        assertThat(referenceRows).isGreaterThan(programIndicators).isGreaterThanOrEqualTo(values.size());
        ReviewFixtures.assertSameValues(
                store.reviewQueries().orElseThrow().indicatorValues(PROGRAM, Period.firstHalf(2021)),
                reference,
                "at scale");
        System.out.printf(
                "review of %d measurements on %s: recordAll %d ms, review %d ms; statements reading measurements: %d,"
                        + " measurement rows read: SQL %d, MeasurementAggregation %d%n",
                values.size(),
                jdbc(),
                (recorded - started) / 1_000_000,
                (reviewed - recorded) / 1_000_000,
                sqlStatements,
                sqlRows,
                referenceRows);
    }

    @Test
    void idsDifferingOnlyInCaseOrAccentsAreDistinct() {
        importSample();
        store.units()
                .save(org.civicplan.core.model.OrgUnit.of(
                        "SYT", "Sở Y tế", org.civicplan.core.model.UnitKind.DEPARTMENT));
        store.units()
                .save(org.civicplan.core.model.OrgUnit.of(
                        "syt", "sở y tế (chữ thường)", org.civicplan.core.model.UnitKind.DEPARTMENT));
        store.units()
                .save(org.civicplan.core.model.OrgUnit.of(
                        "SYTẾ", "Sở Y tế (dấu)", org.civicplan.core.model.UnitKind.DEPARTMENT));
        assertThat(store.units().all()).extracting(u -> u.code().value()).contains("SYT", "syt", "SYTẾ");
        store.items()
                .create(TestPortfolios.item(40).toBuilder()
                        .id(ItemId.of("kh-186/1"))
                        .build());
        assertThat(store.items().get(ItemId.of("kh-186/1")).number()).isEqualTo(40);
        assertThat(store.items().get(ItemId.of("KH-186/1")).number()).isEqualTo(1);
    }
}
