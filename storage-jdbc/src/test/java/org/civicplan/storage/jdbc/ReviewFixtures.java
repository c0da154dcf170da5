package org.civicplan.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.civicplan.core.CivicTime;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.AdjustmentId;
import org.civicplan.core.model.AdjustmentStatus;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.FundingSource;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.IndicatorKind;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemProgress;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.PlanSections;
import org.civicplan.core.model.PlanStatus;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.PublicInvestment;
import org.civicplan.core.model.ReportId;
import org.civicplan.core.model.ReportStatus;
import org.civicplan.core.model.Resources;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.Review;
import org.civicplan.core.spi.AggregatedValue;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.testing.ForwardingPortfolioStore;
import org.civicplan.testing.TestPortfolios;

/** Generated measurements and comparisons for the review tests of {@link JdbcStoreContract}. */
public final class ReviewFixtures {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2022-01-10T02:00:00Z"), CivicTime.VIETNAM);

    static final List<Period> REVIEW_PERIODS =
            List.of(Period.firstHalf(2021), Period.secondHalf(2021), Period.year(2021), Period.years(2021, 2025));

    /** SQL that reads the measurements table. */
    static final Pattern MEASUREMENTS = Pattern.compile("\\bmeasurements\\b", Pattern.CASE_INSENSITIVE);

    private static final IndicatorKind[] KINDS = {
        IndicatorKind.COUNT, IndicatorKind.PERCENT, IndicatorKind.MONEY, IndicatorKind.MILESTONE
    };

    private ReviewFixtures() {}

    static boolean readsMeasurements(String sql) {
        return MEASUREMENTS.matcher(sql).find();
    }

    /**
     * The sample portfolio plus 8 indicators of the program (2 of each kind) measured by the 6 sample
     * units over periods of every granularity from 2020 to 2025, some of them outside any review
     * period and some unbounded; about a third of (indicator, unit, period) are present. Several
     * periods end on the same day (December, Q4, H2, the year), so the latest-per-unit tie-break is
     * exercised.
     */
    public static Portfolio generated(long seed) {
        Random random = new Random(seed);
        Portfolio sample = TestPortfolios.portfolio();
        List<Indicator> indicators = new ArrayList<>(sample.indicators());
        List<Measurement> measurements = new ArrayList<>(sample.measurements());
        List<UnitCode> units = sample.units().stream().map(OrgUnit::code).toList();
        List<Period> periods = periods();
        for (int i = 0; i < 8; i++) {
            IndicatorKind kind = KINDS[i % KINDS.length];
            IndicatorCode code = IndicatorCode.of(String.format("GEN-%02d", i));
            indicators.add(TestPortfolios.indicator(code, "Chỉ tiêu sinh " + i, kind, "đv"));
            for (UnitCode unit : units) {
                for (Period period : periods) {
                    if (random.nextInt(3) == 0) {
                        measurements.add(new Measurement(code, period, unit, value(kind, random), Optional.of("sinh")));
                    }
                }
            }
        }
        return new Portfolio(
                sample.id(),
                sample.name(),
                sample.units(),
                sample.programs(),
                sample.plans(),
                sample.items(),
                indicators,
                measurements,
                sample.reports(),
                sample.adjustments());
    }

    /** The periods the whole-review comparisons run over (bounded, several years, and one a plan spans). */
    static final List<Period> WHOLE_REVIEW_PERIODS =
            List.of(Period.firstHalf(2021), Period.year(2021), Period.years(2021, 2025), Period.secondHalf(2022));

    private static final UnitCode[] REVIEW_UNITS = {
        TestPortfolios.SKHCN, TestPortfolios.STTTT, TestPortfolios.STC, TestPortfolios.QCG, TestPortfolios.UBND
    };

    /**
     * The sample portfolio grown into what a whole review reads, at random from {@code seed}: the
     * program's plans cascade three levels from two roots (one child plan also names the program, so
     * the walk meets it twice), and a plan outside the program holds items too; about 60 items with
     * zero, one or two lead units, with or without a reporting unit, funding lines from 2020 to 2023
     * from several sources, deadlines of every kind (unbounded, "Hằng năm", none), some public
     * investment; reports for 2021-H1 and 2021 in every status (one unit never reports), with lines (also for items outside
     * the program) and money spent; adjustments proposed, accepted and rejected on items inside and
     * outside the program, several proposed at the same instant. Adjustments are listed in id order,
     * so every store's {@code all()} gives the same order.
     */
    static Portfolio wholeReview(long seed) {
        Random random = new Random(seed);
        Portfolio sample = generated(seed);
        Plan city = TestPortfolios.plan();
        List<Plan> plans = new ArrayList<>(sample.plans());
        Plan second = plan(PlanId.of("KH-050"), Optional.of(TestPortfolios.PROGRAM), Optional.empty());
        Plan district = plan(PlanId.of("KH-QCG-2021"), Optional.empty(), Optional.of(second.id()));
        Plan ward = plan(PlanId.of("KH-QCG-2021-P1"), Optional.empty(), Optional.of(district.id()));
        Plan both = plan(PlanId.of("KH-STC-2021"), Optional.of(TestPortfolios.PROGRAM), Optional.of(city.id()));
        Plan outside = plan(PlanId.of("KH-KHAC"), Optional.empty(), Optional.empty());
        plans.addAll(List.of(ward, outside, both, district, second));
        List<Item> items = new ArrayList<>(sample.items());
        for (int n = 5; n <= 14; n++) {
            items.add(reviewItem(random, city.id(), n));
        }
        for (Plan plan : List.of(TestPortfolios.unitPlan(), second, district, ward, both, outside)) {
            for (int n = 1; n <= 8; n++) {
                items.add(reviewItem(random, plan.id(), n));
            }
        }
        List<ProgressReport> reports = new ArrayList<>(sample.reports());
        for (Period period : List.of(Period.firstHalf(2021), Period.year(2021))) {
            for (int u = 0; u < REVIEW_UNITS.length; u++) {
                UnitCode unit = REVIEW_UNITS[u];
                if (period.equals(Period.firstHalf(2021)) && unit.equals(TestPortfolios.SKHCN)) {
                    continue; // the sample's report
                }
                if (u == seed % REVIEW_UNITS.length) {
                    continue; // this unit did not report
                }
                List<ItemProgress> lines = new ArrayList<>();
                for (Item item : items) {
                    if (random.nextInt(3) == 0) {
                        lines.add(progress(random, item));
                    }
                }
                reports.add(new ProgressReport(
                        ReportId.of("BC-" + unit.value() + "-" + period.code()),
                        TestPortfolios.PROGRAM,
                        unit,
                        period,
                        // every status among the four units that report
                        ReportStatus.values()[(int) ((u + seed) % ReportStatus.values().length)],
                        lines,
                        Optional.of("Báo cáo sinh " + seed),
                        List.of(),
                        List.of(),
                        Optional.empty(),
                        0));
            }
        }
        List<Adjustment> adjustments = new ArrayList<>(sample.adjustments());
        Instant base = Instant.parse("2021-11-01T02:00:00Z");
        for (int i = 0; i < 16; i++) {
            Item item = items.get(random.nextInt(items.size()));
            Adjustment proposed = new Adjustment(
                    AdjustmentId.of(String.format("DC-G%02d", i)),
                    item.id(),
                    item.revision(),
                    REVIEW_UNITS[random.nextInt(REVIEW_UNITS.length)],
                    "Điều chỉnh thời hạn lần " + i,
                    item.toBuilder().deadline(Period.year(2023)).build(),
                    AdjustmentStatus.PROPOSED,
                    base.plus(Duration.ofDays(random.nextInt(4))),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    0);
            adjustments.add(
                    switch (random.nextInt(3)) {
                        case 0 ->
                            proposed.decided(
                                    AdjustmentStatus.ACCEPTED,
                                    TestPortfolios.UBND,
                                    base.plus(Duration.ofDays(9)),
                                    null);
                        case 1 ->
                            proposed.decided(
                                    AdjustmentStatus.REJECTED,
                                    TestPortfolios.UBND,
                                    base.plus(Duration.ofDays(9)),
                                    "Không đủ căn cứ");
                        default -> proposed;
                    });
        }
        adjustments.sort(java.util.Comparator.comparing(a -> a.id().value()));
        return new Portfolio(
                sample.id(),
                sample.name(),
                sample.units(),
                sample.programs(),
                plans,
                items,
                sample.indicators(),
                sample.measurements(),
                reports,
                adjustments);
    }

    private static Plan plan(PlanId id, Optional<ProgramId> program, Optional<PlanId> parent) {
        return new Plan(
                id,
                program,
                parent,
                TestPortfolios.UBND,
                Optional.empty(),
                "Kế hoạch " + id.value(),
                Optional.empty(),
                PlanSections.EMPTY,
                List.of(),
                PlanStatus.ISSUED,
                0);
    }

    private static Item reviewItem(Random random, PlanId plan, int n) {
        List<UnitCode> leads = new ArrayList<>();
        int leadCount = random.nextInt(5) == 0 ? random.nextInt(2) * 2 : 1; // mostly one, sometimes none or two
        while (leads.size() < leadCount) {
            UnitCode unit = REVIEW_UNITS[random.nextInt(REVIEW_UNITS.length)];
            if (!leads.contains(unit)) {
                leads.add(unit);
            }
        }
        List<FundingLine> funding = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            funding.add(new FundingLine(
                    FundingSource.values()[random.nextInt(4)],
                    2020 + random.nextInt(4),
                    Vnd.of((1 + random.nextInt(90)) * 10_000_000L)));
        }
        Optional<UnitCode> reporting = random.nextInt(4) == 0
                ? Optional.of(REVIEW_UNITS[random.nextInt(REVIEW_UNITS.length)])
                : Optional.empty();
        Period[] deadlines = {
            Period.quarter(2021, 1 + random.nextInt(4)),
            Period.firstHalf(2021),
            Period.month(2021, 1 + random.nextInt(12)),
            Period.year(2021 + random.nextInt(2)),
            Period.years(2021, 2025),
            Period.parse("Hằng năm"),
            null
        };
        Item.Builder item = TestPortfolios.item(1).toBuilder()
                .id(ItemId.of(plan.value() + "/" + n))
                .plan(plan)
                .number(n)
                .title("Nhiệm vụ  số " + n + " của   " + plan.value())
                .prerequisites(List.of())
                .deadline(deadlines[random.nextInt(deadlines.length)])
                .assignment(new Assignment(
                        leads,
                        List.of(TestPortfolios.STC),
                        Optional.empty(),
                        reporting,
                        Optional.empty(),
                        new Resources(funding, false, Optional.empty(), Optional.empty())))
                .status(ItemStatus.values()[random.nextInt(ItemStatus.values().length)]);
        if (random.nextInt(5) == 0) {
            item.publicInvestment(new PublicInvestment(
                    Vnd.of((1 + random.nextInt(500)) * 1_000_000_000L),
                    random.nextBoolean() ? Optional.of("B") : Optional.empty(),
                    random.nextBoolean() ? Optional.of("Đã có chủ trương đầu tư") : Optional.empty()));
        }
        return item.build();
    }

    private static ItemProgress progress(Random random, Item item) {
        ItemStatus status = ItemStatus.values()[random.nextInt(ItemStatus.values().length)];
        Optional<LocalDate> completed = status == ItemStatus.DONE || random.nextInt(8) == 0
                ? Optional.of(LocalDate.of(2021, 1, 1).plusDays(random.nextInt(400)))
                : Optional.empty();
        List<FundingLine> spent = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            spent.add(new FundingLine(
                    FundingSource.values()[random.nextInt(4)],
                    2020 + random.nextInt(4),
                    Vnd.of((1 + random.nextInt(50)) * 1_000_000L)));
        }
        return new ItemProgress(item.id(), status, random.nextInt(101), completed, Optional.empty(), spent);
    }

    /**
     * The store seen through its repositories only: every call goes to {@code store} except {@link
     * PortfolioStore#reviewQueries()}, which keeps the interface's default (none: a review then uses the
     * reference computation over these repositories).
     */
    static PortfolioStore withDefaultReviewQueries(PortfolioStore store) {
        return new ForwardingPortfolioStore(store);
    }

    private static List<Period> periods() {
        List<Period> periods = new ArrayList<>();
        for (int year = 2020; year <= 2022; year++) {
            for (int month = 1; month <= 12; month++) {
                periods.add(Period.month(year, month));
            }
            for (int quarter = 1; quarter <= 4; quarter++) {
                periods.add(Period.quarter(year, quarter));
            }
            periods.add(Period.firstHalf(year));
            periods.add(Period.secondHalf(year));
            periods.add(Period.year(year));
        }
        periods.add(Period.year(2025));
        periods.add(Period.years(2021, 2022));
        periods.add(Period.years(2021, 2025));
        periods.add(Period.years(2020, 2025));
        periods.add(Period.parse("Hằng năm"));
        return periods;
    }

    static MeasuredValue value(IndicatorKind kind, Random random) {
        return switch (kind) {
            case COUNT -> new MeasuredValue.Count(BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(3)));
            case PERCENT ->
                new MeasuredValue.Ratio(
                        BigDecimal.valueOf(random.nextInt(10_000), random.nextInt(3)),
                        BigDecimal.valueOf(1 + random.nextInt(10_000), random.nextInt(2)));
            case MONEY -> new MeasuredValue.Money(new Vnd(BigInteger.valueOf(random.nextLong(1_000_000_000_000L))));
            case MILESTONE -> new MeasuredValue.Milestone(random.nextInt(3) == 0);
        };
    }

    /** 20 indicators (5 of each kind) of the sample program, codes {@code BIG-00} … {@code BIG-19}. */
    static List<Indicator> manyIndicators() {
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            indicators.add(TestPortfolios.indicator(
                    IndicatorCode.of(String.format("BIG-%02d", i)), "Chỉ tiêu " + i, KINDS[i % KINDS.length], "đv"));
        }
        return indicators;
    }

    /** One value per indicator × month (2021-01 … 2025-02, 50 months) × unit: 1 000 × {@code units}. */
    static List<Measurement> manyMeasurements(List<Indicator> indicators, int units) {
        Random random = new Random(186);
        List<Measurement> all = new ArrayList<>(indicators.size() * 50 * units);
        for (Indicator indicator : indicators) {
            for (int month = 0; month < 50; month++) {
                Period period = Period.month(2021 + month / 12, 1 + month % 12);
                for (int unit = 0; unit < units; unit++) {
                    all.add(new Measurement(
                            indicator.code(),
                            period,
                            UnitCode.of(String.format("U%03d", unit)),
                            value(indicator.kind(), random),
                            Optional.empty()));
                }
            }
        }
        return all;
    }

    /** Same indicators, same units and dates; numbers equal by {@code compareTo} (scale may differ). */
    static void assertSameValues(
            Map<IndicatorCode, AggregatedValue> actual, Map<IndicatorCode, AggregatedValue> expected, Object where) {
        assertThat(actual.keySet()).as("indicators with values, %s", where).isEqualTo(expected.keySet());
        expected.forEach((code, value) -> assertSameValue(actual.get(code), value, where + ", " + code.value()));
    }

    static void assertSameValue(AggregatedValue actual, AggregatedValue expected, String where) {
        assertThat(actual.indicator()).as(where).isEqualTo(expected.indicator());
        assertThat(actual.kind()).as(where).isEqualTo(expected.kind());
        assertThat(actual.units()).as("units, %s", where).isEqualTo(expected.units());
        assertThat(actual.latest()).as("latest, %s", where).isEqualTo(expected.latest());
        assertThat(actual.total()).as("total, %s", where).isEqualByComparingTo(expected.total());
        assertThat(actual.denominator().isPresent())
                .as("denominator present, %s", where)
                .isEqualTo(expected.denominator().isPresent());
        expected.denominator().ifPresent(d -> assertThat(actual.denominator().get())
                .as("denominator, %s", where)
                .isEqualByComparingTo(d));
        assertThat(actual.value()).as("value, %s", where).isEqualByComparingTo(expected.value());
    }

    /** Every field equal; indicator values and achievements by {@code compareTo}. */
    static void assertSameReview(Review actual, Review expected) {
        assertThat(actual.program()).isEqualTo(expected.program());
        assertThat(actual.reporting()).isEqualTo(expected.reporting());
        assertThat(actual.asOf()).isEqualTo(expected.asOf());
        assertThat(actual.items()).isEqualTo(expected.items());
        assertThat(actual.units()).isEqualTo(expected.units());
        assertThat(actual.unitsNotReported()).isEqualTo(expected.unitsNotReported());
        assertThat(actual.resources()).isEqualTo(expected.resources());
        assertThat(actual.publicInvestment()).isEqualTo(expected.publicInvestment());
        assertThat(actual.proposedAdjustments()).isEqualTo(expected.proposedAdjustments());
        assertThat(actual.indicators()).hasSameSizeAs(expected.indicators());
        for (int i = 0; i < expected.indicators().size(); i++) {
            Review.IndicatorLine a = actual.indicators().get(i);
            Review.IndicatorLine e = expected.indicators().get(i);
            String where = "indicator line " + e.code().value();
            assertThat(a.code()).as(where).isEqualTo(e.code());
            assertThat(a.name()).as(where).isEqualTo(e.name());
            assertThat(a.unitOfMeasure()).as(where).isEqualTo(e.unitOfMeasure());
            assertThat(a.target()).as(where).isEqualTo(e.target());
            assertThat(a.finalTarget()).as(where).isEqualTo(e.finalTarget());
            assertThat(a.rag()).as("rag, %s", where).isEqualTo(e.rag());
            assertThat(a.achievementPercent().isPresent())
                    .as(where)
                    .isEqualTo(e.achievementPercent().isPresent());
            e.achievementPercent()
                    .ifPresent(p -> assertThat(a.achievementPercent().get())
                            .as("achievement, %s", where)
                            .isEqualByComparingTo(p));
            assertThat(a.value().isPresent())
                    .as("value present, %s", where)
                    .isEqualTo(e.value().isPresent());
            e.value().ifPresent(v -> assertSameValue(a.value().get(), v, where));
        }
    }
}
