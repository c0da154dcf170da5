package org.civicplan.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.civicplan.core.UnableToStoreException;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.FundingSource;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.Resources;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;
import org.civicplan.core.spi.References;
import org.civicplan.storage.jdbc.JdbcPortfolioStore;
import org.civicplan.storage.jdbc.JdbcSchema;
import org.civicplan.storage.jdbc.ReviewFixtures;
import org.civicplan.storage.jdbc.TestDatabase;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL an import writes every table but the units with one {@code COPY} each (the rows are
 * new: see {@code Stores.importRows}), the measurements of the indicators it brings too; the
 * units are upserts. The {@code COPY} path and the batch path (the same import with {@code COPY}
 * off, as on H2 and MariaDB) leave the same value in every column of every row, fail the same way
 * and leave nothing when they fail.
 */
class PostgresCopyImportTest {
    /** The tables an import fills, every one compared column by column (the audit trail is not imported). */
    private static final List<String> TABLES = Stores.IMPORTED_TABLES;

    /** Tables an import on PostgreSQL fills by upsert, not {@code COPY}. */
    private static final List<String> UPSERTED = List.of("units");

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

    /** The one set-up of every test: a registered, empty portfolio in the migrated schema. */
    private static JdbcPortfolioStore store(String portfolio) {
        return JdbcPortfolioStore.openOrCreate(db.dataSource(), PortfolioId.of(portfolio));
    }

    /** The same portfolio's stores, for the batch path ({@code COPY} off) the public store never takes on PostgreSQL. */
    private static Stores stores(String portfolio) {
        store(portfolio).close();
        return new Stores(new Db(Db.jdbi(db.dataSource()), Dialect.POSTGRESQL, PortfolioId.of(portfolio)));
    }

    private static void importWithoutCopy(Stores stores, Portfolio p) {
        stores.db().transaction(() -> {
            References.check(p, new ReferenceQueries(stores.db()));
            stores.importRows(p, false);
            return null;
        });
    }

    @Test
    void everyColumnOfEveryRowOfEveryTableIsWhatTheBatchesWrite() throws SQLException {
        Portfolio p = HostilePortfolio.of(ReviewFixtures.generated(11));
        List<String> copyStatements;
        try (JdbcPortfolioStore store = store("copy");
                TestDatabase.Recording recording = TestDatabase.record()) {
            store.importPortfolio(p);
            copyStatements = recording.statements();
        }
        List<String> batchStatements;
        try (TestDatabase.Recording recording = TestDatabase.record()) {
            importWithoutCopy(stores("batch"), p);
            batchStatements = recording.statements();
        }

        for (String table : TABLES) {
            Pattern insert = Pattern.compile("INSERT INTO " + table + " ", Pattern.CASE_INSENSITIVE);
            List<String> copied = rows(table, "copy");
            assertThat(copied).as(table).isEqualTo(rows(table, "batch"));
            if (table.equals("item_history")) {
                assertThat(copied).as("an import writes no history").isEmpty();
                continue;
            }
            assertThat(copied).as(table).isNotEmpty();
            assertThat(batchStatements).as(table).anyMatch(sql -> insert.matcher(sql)
                    .find());
            if (UPSERTED.contains(table)) {
                assertThat(copyStatements).as(table).anyMatch(sql -> insert.matcher(sql)
                        .find());
            } else {
                assertThat(copyStatements).as(table).noneMatch(sql -> insert.matcher(sql)
                        .find());
            }
        }
        String all = String.join(
                "\n",
                TABLES.stream().flatMap(t -> rowsUnchecked(t, "copy").stream()).toList());
        for (String text : HostilePortfolio.HOSTILE) {
            assertThat(all).contains("=" + Normalizer.normalize(text, Normalizer.Form.NFC) + "|");
        }
        for (String text : HostilePortfolio.BODIES) {
            assertThat(all).contains("=" + text + "|");
        }
        assertThat(all).contains("title=|").contains("content=null|");
        try (JdbcPortfolioStore store = store("copy")) {
            Portfolio back = store.snapshot();
            assertThat(back.items())
                    .isEqualTo(p.items().stream().map(i -> i.withVersion(1)).toList());
            assertThat(back.adjustments()).hasSize(p.adjustments().size());
            assertThat(back.measurements()).containsExactlyInAnyOrderElementsOf(p.measurements());
        }
    }

    @Test
    void aRowTheTableRefusesLastLeavesNothingAndIsReportedAsByTheBatches() throws SQLException {
        Portfolio sample = HostilePortfolio.of(TestPortfolios.portfolio());
        Item last = sample.items().get(sample.items().size() - 1);
        // DECIMAL(38, 0) holds 38 digits: the last funding line of the last item is refused
        Item tooRich = last.toBuilder()
                .assignment(withFunding(
                        last.assignment(),
                        new FundingLine(FundingSource.CITY_BUDGET, 2030, new Vnd(BigInteger.TEN.pow(40)))))
                .build();
        List<Item> items = new ArrayList<>(sample.items());
        items.set(items.size() - 1, tooRich);
        Portfolio p = with(sample, b -> b.items = items);

        UnableToStoreException copyFailure;
        try (JdbcPortfolioStore store = store("late")) {
            copyFailure = catchStore(() -> store.importPortfolio(p));
        }
        UnableToStoreException batchFailure = catchStore(() -> importWithoutCopy(stores("late-batch"), p));

        for (String portfolio : List.of("late", "late-batch")) {
            for (String table : TABLES) {
                assertThat(rows(table, portfolio)).as(portfolio + " " + table).isEmpty();
            }
        }
        assertThat(prefix(copyFailure.text().en()))
                .isEqualTo(prefix(batchFailure.text().en()))
                .isEqualTo("Unable to import item in the database: ");
        assertThat(prefix(copyFailure.text().vi()))
                .isEqualTo(prefix(batchFailure.text().vi()));
        for (UnableToStoreException e : List.of(copyFailure, batchFailure)) {
            assertThat(e.text().en()).contains("numeric field overflow");
            assertThat(e.text().vi()).contains("numeric field overflow");
        }
    }

    @Test
    void aMeasurementTheTableRefusesLastLeavesNothingAndIsReportedAsByTheBatches() {
        Measurement tooLarge = new Measurement(
                TestPortfolios.IND_INNOV,
                Period.year(2040),
                TestPortfolios.SKHCN,
                new MeasuredValue.Count(new BigDecimal("1E+30")), // DECIMAL(38, 10) holds 28 digits
                Optional.empty());
        Portfolio p = withValues(ReviewFixtures.generated(12), values -> append(values, tooLarge));

        UnableToStoreException copyFailure;
        try (JdbcPortfolioStore store = store("late-value")) {
            copyFailure = catchStore(() -> store.importPortfolio(p));
            Portfolio after = store.snapshot();
            assertThat(after.units()).isEmpty();
            assertThat(after.items()).isEmpty();
            assertThat(after.indicators()).isEmpty();
            assertThat(store.measurements().count()).isZero();
        }
        UnableToStoreException batchFailure = catchStore(() -> importWithoutCopy(stores("late-value-batch"), p));

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
    void anAggregateAlreadyStoredFailsTheCopyAsItFailsTheBatches() {
        Portfolio sample = TestPortfolios.portfolio();
        Portfolio again = with(sample, b -> {
            b.units = List.of();
            b.programs = List.of();
            b.indicators = List.of();
            b.measurements = List.of();
            b.items = List.of();
            b.reports = List.of();
            b.adjustments = List.of();
        });
        try (JdbcPortfolioStore store = store("twice-plans")) {
            store.importPortfolio(sample);
            org.civicplan.core.DuplicateEntityException copy = catchDuplicate(() -> store.importPortfolio(again));
            org.civicplan.core.DuplicateEntityException batch =
                    catchDuplicate(() -> importWithoutCopy(stores("twice-plans"), again));
            assertThat(copy.text()).isEqualTo(batch.text());
            assertThat(store.snapshot().plans()).hasSize(sample.plans().size());
        }
    }

    @Test
    void anImportOfValuesForIndicatorsAlreadyStoredUpsertsThem() {
        try (JdbcPortfolioStore store = store("again")) {
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
        try (JdbcPortfolioStore store = store("twice")) {
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
        try (JdbcPortfolioStore store = store("kinds")) {
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

    private static Assignment withFunding(Assignment a, FundingLine more) {
        List<FundingLine> funding = new ArrayList<>(a.resources().funding());
        funding.add(more);
        return new Assignment(
                a.leadUnits(),
                a.coordinatingUnits(),
                a.responsible(),
                a.reportingUnit(),
                a.leadRationale(),
                new Resources(
                        funding,
                        a.resources().regularBudget(),
                        a.resources().staff(),
                        a.resources().note()),
                a.leadAsWritten(),
                a.coordinatingAsWritten());
    }

    private static UnableToStoreException catchStore(Runnable work) {
        try {
            work.run();
        } catch (UnableToStoreException e) {
            return e;
        }
        throw new AssertionError("expected an UnableToStoreException");
    }

    private static org.civicplan.core.DuplicateEntityException catchDuplicate(Runnable work) {
        try {
            work.run();
        } catch (org.civicplan.core.DuplicateEntityException e) {
            return e;
        }
        throw new AssertionError("expected a DuplicateEntityException");
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

    /** The parts of a portfolio, to change some. */
    private static final class Parts {
        List<org.civicplan.core.model.OrgUnit> units;
        List<Program> programs;
        List<Plan> plans;
        List<Item> items;
        List<Indicator> indicators;
        List<Measurement> measurements;
        List<ProgressReport> reports;
        List<Adjustment> adjustments;
    }

    private static Portfolio with(Portfolio p, Consumer<Parts> change) {
        Parts b = new Parts();
        b.units = p.units();
        b.programs = p.programs();
        b.plans = p.plans();
        b.items = p.items();
        b.indicators = p.indicators();
        b.measurements = p.measurements();
        b.reports = p.reports();
        b.adjustments = p.adjustments();
        change.accept(b);
        return new Portfolio(
                p.id(),
                p.name(),
                b.units,
                b.programs,
                b.plans,
                b.items,
                b.indicators,
                b.measurements,
                b.reports,
                b.adjustments);
    }

    private static Portfolio withValues(Portfolio p, UnaryOperator<List<Measurement>> values) {
        return with(p, b -> b.measurements = values.apply(p.measurements()));
    }

    private static Portfolio onlyValues(Portfolio p, List<Measurement> values) {
        return with(p, b -> {
            b.units = List.of();
            b.programs = List.of();
            b.plans = List.of();
            b.items = List.of();
            b.indicators = List.of();
            b.measurements = values;
            b.reports = List.of();
            b.adjustments = List.of();
        });
    }

    private static List<String> rowsUnchecked(String table, String portfolio) {
        try {
            return rows(table, portfolio);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The portfolio's rows of {@code table}, each as {@code column=value|…} for every column but the
     * portfolio's id (values as the driver's text, null as {@code null}), sorted.
     */
    private static List<String> rows(String table, String portfolio) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.pool().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " WHERE portfolio_id = ?")) {
            ps.setString(1, portfolio);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        if (!meta.getColumnName(i).equals("portfolio_id")) {
                            row.put(meta.getColumnName(i), rs.getString(i));
                        }
                    }
                    StringBuilder text = new StringBuilder();
                    row.forEach((k, v) -> text.append(k).append('=').append(v).append('|'));
                    rows.add(text.toString());
                }
            }
        }
        rows.sort(null);
        return rows;
    }
}
