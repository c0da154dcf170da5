package org.civicplan.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.civicplan.core.UnableToStoreException;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.period.Period;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL an import writes the measurements of the indicators it brings with one {@code COPY}
 * (they cannot conflict with a stored row), and everything else with upsert batches, as before. The
 * two paths leave the same rows, fail the same way and leave nothing when they fail.
 */
class PostgresCopyImportTest {
    private static final String COLUMNS = "indicator_code, period_code, unit_code, period_start, period_end,"
            + " period_sort, kind, value_text, value_num, numerator, denominator, milestone, source_text";
    private static final java.util.regex.Pattern INSERT_MEASUREMENTS =
            java.util.regex.Pattern.compile("insert\\s+into\\s+measurements", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Sources as a user may write them; the model keeps them on one line, NFC. */
    private static final List<String> SOURCES = List.of(
            "Báo cáo số 12/BC-SKHCN, \"bản cuối\"",
            "\"",
            "a,b,,c",
            "C:\\báo cáo\\2021\\",
            "\\N",
            "\\.",
            "NULL",
            "emoji 😀 và 𝔘",
            Normalizer.normalize("Tiến độ thực hiện", Normalizer.Form.NFD),
            "'); DROP TABLE measurements; --");

    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.postgres();
        JdbcSchema.migrate(db.dataSource());
    }

    @AfterAll
    static void drop() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void theCopyLeavesEveryColumnOfEveryRowAsTheUpsertBatchesDo() throws SQLException {
        Portfolio p = withValues(ReviewFixtures.generated(11), values -> {
            List<Measurement> hostile = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                Measurement m = values.get(i);
                Optional<String> source = i % 11 == 10 ? Optional.empty() : Optional.of(SOURCES.get(i % 11 % 10));
                hostile.add(new Measurement(m.indicator(), m.period(), m.reportedBy(), m.value(), source));
            }
            Measurement last = values.get(values.size() - 1);
            hostile.add(new Measurement(
                    last.indicator(),
                    Period.year(2030),
                    TestPortfolios.SKHCN,
                    MeasuredValue.count(0),
                    Optional.empty()));
            hostile.add(new Measurement(
                    last.indicator(),
                    Period.year(2031),
                    TestPortfolios.SKHCN,
                    new MeasuredValue.Count(new BigDecimal("0.1234567891")),
                    Optional.empty()));
            return hostile;
        });
        PortfolioId copy = PortfolioId.of("copy");
        PortfolioId batch = PortfolioId.of("batch");
        List<String> copyStatements;
        try (JdbcPortfolioStore store = JdbcPortfolioStore.openOrCreate(db.dataSource(), copy);
                TestDatabase.Recording recording = TestDatabase.record()) {
            store.importPortfolio(p);
            copyStatements = recording.statements();
        }
        List<String> batchStatements;
        try (JdbcPortfolioStore store = JdbcPortfolioStore.openOrCreate(db.dataSource(), batch)) {
            store.importPortfolio(withValues(p, values -> List.of()));
            try (TestDatabase.Recording recording = TestDatabase.record()) {
                store.measurements().recordAll(p.measurements());
                batchStatements = recording.statements();
            }
        }

        assertThat(copyStatements)
                .noneMatch(sql -> INSERT_MEASUREMENTS.matcher(sql).find());
        assertThat(batchStatements)
                .anyMatch(sql -> INSERT_MEASUREMENTS.matcher(sql).find());
        List<String> copied = rows(copy);
        assertThat(copied).hasSize(p.measurements().size()).isEqualTo(rows(batch));
        assertThat(String.join("\n", copied))
                .contains(SOURCES.subList(0, 8))
                .contains(Normalizer.normalize(SOURCES.get(8), Normalizer.Form.NFC))
                .contains("|0.1234567891|");
    }

    @Test
    void aValueTheTableRefusesLateInTheCopyLeavesNothingAndIsReportedAsByTheBatches() {
        Measurement tooLarge = new Measurement(
                TestPortfolios.IND_INNOV,
                Period.year(2040),
                TestPortfolios.SKHCN,
                new MeasuredValue.Count(new BigDecimal("1E+30")), // DECIMAL(38, 10) holds 28 digits
                Optional.empty());
        Portfolio p = withValues(ReviewFixtures.generated(12), values -> append(values, tooLarge));

        UnableToStoreException copyFailure;
        try (JdbcPortfolioStore store = JdbcPortfolioStore.openOrCreate(db.dataSource(), PortfolioId.of("late"))) {
            copyFailure = catchStore(() -> store.importPortfolio(p));
            Portfolio after = store.snapshot();
            assertThat(after.units()).isEmpty();
            assertThat(after.programs()).isEmpty();
            assertThat(after.plans()).isEmpty();
            assertThat(after.items()).isEmpty();
            assertThat(after.indicators()).isEmpty();
            assertThat(store.measurements().count()).isZero();
        }
        UnableToStoreException batchFailure;
        try (JdbcPortfolioStore store =
                JdbcPortfolioStore.openOrCreate(db.dataSource(), PortfolioId.of("late-batch"))) {
            store.importPortfolio(withValues(p, values -> List.of()));
            // the indicators are there already: the measurements go in as upserts
            batchFailure = catchStore(() -> store.importPortfolio(onlyValues(p, p.measurements())));
            assertThat(store.measurements().count()).isZero();
        }

        for (UnableToStoreException e : List.of(copyFailure, batchFailure)) {
            assertThat(e.text().en())
                    .startsWith("Unable to import measurement in the database: ")
                    .contains("numeric field overflow");
            assertThat(e.text().vi())
                    .startsWith(prefix(batchFailure.text().vi()))
                    .contains("numeric field overflow");
        }
    }

    @Test
    void anImportOfValuesForIndicatorsAlreadyStoredUpsertsThem() {
        try (JdbcPortfolioStore store = JdbcPortfolioStore.openOrCreate(db.dataSource(), PortfolioId.of("again"))) {
            Portfolio sample = TestPortfolios.portfolio();
            store.importPortfolio(sample);
            List<Measurement> replaced = sample.measurements().stream()
                    .map(m -> new Measurement(
                            m.indicator(), m.period(), m.reportedBy(), MeasuredValue.count(99), Optional.of("lần 2")))
                    .toList();

            store.importPortfolio(onlyValues(sample, replaced));

            assertThat(store.measurements().count())
                    .isEqualTo(sample.measurements().size());
            for (Measurement m : replaced) {
                assertThat(store.measurements().find(m.indicator(), m.period(), m.reportedBy()))
                        .contains(m);
            }
        }
    }

    @Test
    void anImportNamingOneKeyTwiceKeepsTheLastAsTheUpsertsDo() {
        try (JdbcPortfolioStore store = JdbcPortfolioStore.openOrCreate(db.dataSource(), PortfolioId.of("twice"))) {
            Portfolio sample = TestPortfolios.portfolio();
            Measurement first = sample.measurements().get(0);
            Measurement again = new Measurement(
                    first.indicator(), first.period(), first.reportedBy(), MeasuredValue.count(42), Optional.empty());

            store.importPortfolio(withValues(sample, values -> append(values, again)));

            assertThat(store.measurements().count())
                    .isEqualTo(sample.measurements().size());
            assertThat(store.measurements().find(first.indicator(), first.period(), first.reportedBy()))
                    .contains(again);
        }
    }

    @Test
    void moneyMilestonesAndRatiosSurviveTheCopy() {
        try (JdbcPortfolioStore store = JdbcPortfolioStore.openOrCreate(db.dataSource(), PortfolioId.of("kinds"))) {
            Portfolio p = ReviewFixtures.generated(13);
            store.importPortfolio(p);
            assertThat(store.snapshot().measurements()).containsExactlyInAnyOrderElementsOf(p.measurements());
            assertThat(p.measurements())
                    .anyMatch(m -> m.value() instanceof MeasuredValue.Money)
                    .anyMatch(m -> m.value() instanceof MeasuredValue.Ratio)
                    .anyMatch(m -> m.value() instanceof MeasuredValue.Milestone)
                    .anyMatch(m ->
                            m.period().start().isEmpty() || m.period().end().isEmpty());
        }
    }

    private static UnableToStoreException catchStore(Runnable work) {
        try {
            work.run();
        } catch (UnableToStoreException e) {
            return e;
        }
        throw new AssertionError("expected an UnableToStoreException");
    }

    /** The message up to its detail (the database's own words). */
    private static String prefix(String message) {
        return message.substring(0, message.indexOf(": ") + 2);
    }

    private static List<Measurement> append(List<Measurement> values, Measurement more) {
        List<Measurement> all = new ArrayList<>(values);
        all.add(more);
        return all;
    }

    private static Portfolio withValues(Portfolio p, UnaryOperator<List<Measurement>> values) {
        return new Portfolio(
                p.id(),
                p.name(),
                p.units(),
                p.programs(),
                p.plans(),
                p.items(),
                p.indicators(),
                values.apply(p.measurements()),
                p.reports(),
                p.adjustments());
    }

    private static Portfolio onlyValues(Portfolio p, List<Measurement> values) {
        return new Portfolio(
                p.id(), p.name(), List.of(), List.of(), List.of(), List.of(), List.of(), values, List.of(), List.of());
    }

    /** The portfolio's measurement rows, every column but the portfolio's id as text, in key order. */
    private static List<String> rows(PortfolioId portfolio) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.pool().getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT portfolio_id, " + COLUMNS
                                + " FROM measurements WHERE portfolio_id = ? ORDER BY indicator_code, period_code, unit_code")) {
            ps.setString(1, portfolio.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    assertThat(rs.getString(1)).isEqualTo(portfolio.value());
                    StringBuilder row = new StringBuilder();
                    for (int i = 2; i <= 14; i++) {
                        row.append(rs.getString(i)).append('|');
                    }
                    rows.add(row.toString());
                }
            }
        }
        return rows;
    }
}
