package org.civicplan.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.civicplan.core.CivicTime;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.IndicatorKind;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.Review;
import org.civicplan.core.spi.AggregatedValue;
import org.civicplan.core.testing.TestPortfolios;

/** Generated measurements and comparisons for the review tests of {@link JdbcStoreContract}. */
final class ReviewFixtures {
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
    static Portfolio generated(long seed) {
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
