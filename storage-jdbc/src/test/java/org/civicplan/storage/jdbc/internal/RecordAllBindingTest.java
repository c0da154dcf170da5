package org.civicplan.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.civicplan.core.CivicPlanException;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.period.Period;
import org.civicplan.storage.jdbc.JdbcPortfolioStore;
import org.civicplan.storage.jdbc.JdbcSchema;
import org.civicplan.storage.jdbc.ReviewFixtures;
import org.civicplan.storage.jdbc.TestDatabase;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link MeasurementRepo#upsertAll} binds its parameters by position with plain JDBC, where it
 * bound them by name through a Jdbi batch: on H2 and MariaDB (and PostgreSQL below one batch)
 * both leave the same value in every column of every row, from hostile texts, stored values
 * replaced, keys repeated within the input (the last stays) and nulls in every nullable column, and
 * fail with the same bilingual message, leaving nothing.
 */
class RecordAllBindingTest {
    @TempDir
    Path dir;

    private static final Portfolio HOSTILE = HostilePortfolio.of(ReviewFixtures.generated(21));

    /** The upsert of each dialect as it was, its parameters by name, bound by Jdbi. */
    private static final String NAMED = ":portfolio, :indicator, :periodCode, :unit, :periodStart, :periodEnd,"
            + " :periodSort, :kind, :valueText, :valueNum, :numerator, :denominator, :milestone, :source";

    private static final String POSITIONAL = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

    private TestDatabase open(String database) {
        return switch (database) {
            case "h2" -> TestDatabase.h2(dir);
            case "mariadb" -> TestDatabase.mariadb();
            case "postgresql" -> TestDatabase.postgres();
            default -> throw new IllegalArgumentException(database);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mariadb", "postgresql"})
    void positionalBatchesLeaveEveryColumnAsTheNamedBatchesDid(String database) throws SQLException {
        try (TestDatabase db = open(database)) {
            JdbcSchema.migrate(db.dataSource());
            List<Measurement> values = values(new Random(20), 2_600);
            Stores now = stored(db, "stores-now");
            Stores before = stored(db, "stores-before");
            run(now, h -> now.measurements().upsertAll(h, values.iterator()));
            run(before, h -> namedUpsertAll(before, h, values.iterator()));
            assertThat(rows(db, "stores-now")).isEqualTo(rows(db, "stores-before"));
            // one value at a time (record) takes the same path
            Measurement last = values.get(values.size() - 1);
            Measurement changed = new Measurement(
                    last.indicator(),
                    last.period(),
                    last.reportedBy(),
                    new MeasuredValue.Count(BigDecimal.TEN),
                    Optional.empty());
            now.measurements().record(changed);
            run(before, h -> namedUpsertAll(before, h, List.of(changed).iterator()));
            assertThat(rows(db, "stores-now")).isEqualTo(rows(db, "stores-before"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mariadb", "postgresql"})
    void aValueTheTableRefusesFailsWithTheSameMessageAndLeavesNothing(String database) throws SQLException {
        try (TestDatabase db = open(database)) {
            JdbcSchema.migrate(db.dataSource());
            List<Measurement> values = values(new Random(21), 1_500);
            Measurement m = values.get(0);
            // DECIMAL(38, 10) holds 28 digits before the point; in the second batch
            values.add(
                    1_200,
                    new Measurement(
                            m.indicator(),
                            Period.year(2040),
                            m.reportedBy(),
                            new MeasuredValue.Count(new BigDecimal("1E+30")),
                            Optional.empty()));
            Stores now = stored(db, "stores-fail-now");
            Stores before = stored(db, "stores-fail-before");
            List<String> stored = rows(db, "stores-fail-now");
            CivicPlanException a =
                    failure(() -> run(now, h -> now.measurements().upsertAll(h, values.iterator())));
            CivicPlanException b = failure(() -> run(before, h -> namedUpsertAll(before, h, values.iterator())));
            assertThat(a.getClass()).isEqualTo(b.getClass());
            // PostgreSQL's message shows the refused row's values, the portfolio's id among them
            assertThat(a.text().en()).isEqualTo(b.text().en().replace("stores-fail-before", "stores-fail-now"));
            assertThat(a.text().vi()).isEqualTo(b.text().vi().replace("stores-fail-before", "stores-fail-now"));
            assertThat(a.text().vi()).startsWith("Không thể ghi");
            assertThat(rows(db, "stores-fail-now")).isEqualTo(stored).isEqualTo(rows(db, "stores-fail-before"));
            // one value: the same message naming it
            CivicPlanException one = failure(() -> {
                now.measurements().record(values.get(1_200));
                return null;
            });
            assertThat(one.text().en()).contains(values.get(1_200).key());
        }
    }

    private static Stores stored(TestDatabase db, String portfolio) {
        try (JdbcPortfolioStore store = JdbcPortfolioStore.openOrCreate(db.dataSource(), PortfolioId.of(portfolio))) {
            store.importPortfolio(HOSTILE);
        }
        Dialect dialect = Dialect.of(db.dataSource());
        return new Stores(new Db(Db.jdbi(db.dataSource()), dialect, PortfolioId.of(portfolio)));
    }

    private interface Work {
        void on(Handle h);
    }

    private static Void run(Stores stores, Work work) {
        return stores.db().run(Op.write("record", "measurement", null), h -> {
            work.on(h);
            return null;
        });
    }

    private static CivicPlanException failure(Supplier<?> work) {
        try {
            work.get();
        } catch (CivicPlanException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }

    /** The batches as they were: Jdbi's, bound by name, a new batch for each {@value MeasurementRepo#BATCH} values. */
    private static void namedUpsertAll(Stores stores, Handle h, Iterator<Measurement> values) {
        String sql = stores.db().dialect().upsertMeasurement().replace(POSITIONAL, NAMED);
        assertThat(sql).contains(":source");
        PreparedBatch batch = h.prepareBatch(sql);
        while (values.hasNext()) {
            Object[] c = stores.measurements().columns(values.next());
            batch.bind("portfolio", (String) c[0])
                    .bind("indicator", (String) c[1])
                    .bind("periodCode", (String) c[2])
                    .bind("unit", (String) c[3])
                    .bind("periodStart", Rows.sqlDate((java.time.LocalDate) c[4]))
                    .bind("periodEnd", Rows.sqlDate((java.time.LocalDate) c[5]))
                    .bind("periodSort", Rows.sqlDate((java.time.LocalDate) c[6]))
                    .bind("kind", (String) c[7])
                    .bind("valueText", (String) c[8])
                    .bind("valueNum", (BigDecimal) c[9])
                    .bind("numerator", (BigDecimal) c[10])
                    .bind("denominator", (BigDecimal) c[11])
                    .bind("milestone", (Boolean) c[12])
                    .bind("source", (String) c[13])
                    .add();
            if (batch.size() >= MeasurementRepo.BATCH) {
                batch.execute();
                batch = h.prepareBatch(sql);
            }
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    /**
     * {@code n} values over the hostile portfolio's indicators and units: stored keys with other
     * values, new keys (open periods among them, so every date column meets a null), every fifth
     * key repeated later with another value, sources hostile, absent or long.
     */
    private static List<Measurement> values(Random random, int n) {
        List<Measurement> stored = HOSTILE.measurements();
        List<Measurement> out = new ArrayList<>();
        for (int i = 0; out.size() < n; i++) {
            Measurement m = stored.get(i % stored.size());
            Period period =
                    switch (random.nextInt(6)) {
                        case 0 -> m.period();
                        case 1 -> Period.month(1990 + i / 12 % 30, 1 + i % 12);
                        case 2 -> new Period.Before(java.time.LocalDate.of(2000 + i % 40, 12, 31));
                        case 3 -> new Period.Ongoing();
                        case 4 -> new Period.Yearly();
                        default -> Period.year(1900 + i % 120);
                    };
            Optional<String> source =
                    switch (random.nextInt(3)) {
                        case 0 -> Optional.empty();
                        case 1 -> m.source().or(() -> Optional.of("nguồn \"x\"; DROP TABLE measurements; --"));
                        default -> Optional.of("Báo cáo số " + i + " ".repeat(1 + i % 3) + "x".repeat(i % 400));
                    };
            MeasuredValue value = i % 7 == 0 ? bump(m.value(), i) : m.value();
            Measurement v = new Measurement(m.indicator(), period, m.reportedBy(), value, source);
            out.add(v);
            if (i % 5 == 0 && out.size() < n) {
                out.add(
                        random.nextInt(out.size()),
                        new Measurement(
                                v.indicator(), v.period(), v.reportedBy(), bump(v.value(), i + 1), Optional.empty()));
            }
        }
        return out;
    }

    private static MeasuredValue bump(MeasuredValue v, int i) {
        if (v instanceof MeasuredValue.Ratio r) {
            return new MeasuredValue.Ratio(r.numerator().add(BigDecimal.valueOf(i)), r.denominator());
        }
        if (v instanceof MeasuredValue.Milestone m) {
            return new MeasuredValue.Milestone(!m.reached());
        }
        if (v instanceof MeasuredValue.Money money) {
            return new MeasuredValue.Money(
                    new org.civicplan.core.money.Vnd(money.amount().dong().add(java.math.BigInteger.valueOf(i))));
        }
        return new MeasuredValue.Count(v.numeric().add(new BigDecimal("0." + (i % 97))));
    }

    /** The portfolio's measurements, each as {@code column=value|…} but the portfolio's id, sorted. */
    private static List<String> rows(TestDatabase db, String portfolio) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.pool().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT * FROM measurements WHERE portfolio_id = ?")) {
            ps.setString(1, portfolio);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder text = new StringBuilder();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        if (!meta.getColumnName(i).equalsIgnoreCase("portfolio_id")) {
                            Object value = rs.getObject(i);
                            text.append(meta.getColumnName(i))
                                    .append('=')
                                    .append(value instanceof BigDecimal d ? d.toPlainString() : rs.getString(i))
                                    .append('|');
                        }
                    }
                    rows.add(text.toString());
                }
            }
        }
        rows.sort(null);
        assertThat(rows).isNotEmpty();
        return rows;
    }
}
