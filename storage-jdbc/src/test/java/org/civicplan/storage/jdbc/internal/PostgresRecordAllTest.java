package org.civicplan.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civicplan.core.DanglingReferenceException;
import org.civicplan.core.UnableToStoreException;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;
import org.civicplan.storage.jdbc.JdbcPortfolioStore;
import org.civicplan.storage.jdbc.JdbcSchema;
import org.civicplan.storage.jdbc.ReviewFixtures;
import org.civicplan.storage.jdbc.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code recordAll} of more than a batch of values on PostgreSQL ({@link PgRecordAll}: {@code COPY}
 * into a temporary table, one upsert from it) against the upsert batches every other case takes
 * ({@link MeasurementRepo#upsertAll}): the same value in every column of every row, with hostile
 * text, values replacing stored ones and keys repeated within the input; the same failures, with
 * nothing left; concurrent writers of the same keys.
 */
class PostgresRecordAllTest {
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

    /** A portfolio with hostile texts (the measurements' sources among them), stored with its values. */
    private static final Portfolio HOSTILE = HostilePortfolio.of(ReviewFixtures.generated(21));

    private static JdbcPortfolioStore stored(String portfolio) {
        JdbcPortfolioStore store = JdbcPortfolioStore.openOrCreate(db.dataSource(), PortfolioId.of(portfolio));
        store.importPortfolio(HOSTILE);
        return store;
    }

    private static Stores stores(String portfolio) {
        return new Stores(new Db(Db.jdbi(db.dataSource()), Dialect.POSTGRESQL, PortfolioId.of(portfolio)));
    }

    /** Records with the upsert batches only, as every database but PostgreSQL does. */
    private static void upsertAll(String portfolio, List<Measurement> values) {
        Stores stores = stores(portfolio);
        stores.db().run(Op.write("record", "measurement", null), h -> {
            stores.measurements().upsertAll(h, values.iterator());
            return null;
        });
    }

    /**
     * More than three batches of values: the stored ones' keys with other values (hostile sources
     * kept), then new keys (months of 1990–2009 of every stored indicator and unit); no key twice.
     */
    private static List<Measurement> values() {
        return values(3_500);
    }

    /** {@code n} values as {@link #values()}. */
    private static List<Measurement> values(int n) {
        Map<String, Measurement> byKey = new LinkedHashMap<>();
        List<Measurement> stored = HOSTILE.measurements();
        for (int i = 0; i < stored.size(); i++) {
            Measurement m = stored.get(i);
            if (i % 3 == 0) {
                byKey.put(
                        m.key(),
                        new Measurement(m.indicator(), m.period(), m.reportedBy(), other(m.value()), m.source()));
            }
        }
        for (int month = 0; byKey.size() < n; month++) {
            for (Measurement m : stored) {
                Period period = Period.month(1990 + month / 12, 1 + month % 12);
                Measurement added = new Measurement(m.indicator(), period, m.reportedBy(), m.value(), m.source());
                byKey.putIfAbsent(added.key(), added);
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /** A value of the same kind, different. */
    private static MeasuredValue other(MeasuredValue v) {
        if (v instanceof MeasuredValue.Ratio r) {
            return new MeasuredValue.Ratio(r.numerator().add(BigDecimal.ONE), r.denominator());
        }
        if (v instanceof MeasuredValue.Milestone m) {
            return new MeasuredValue.Milestone(!m.reached());
        }
        if (v instanceof MeasuredValue.Money money) {
            return new MeasuredValue.Money(
                    new org.civicplan.core.money.Vnd(money.amount().dong().add(java.math.BigInteger.TWO)));
        }
        return new MeasuredValue.Count(v.numeric().add(new BigDecimal("0.5")));
    }

    private static List<String> recordWithCopy(JdbcPortfolioStore store, List<Measurement> values) {
        try (TestDatabase.Recording recording = TestDatabase.record()) {
            store.measurements().recordAll(values);
            return recording.statements();
        }
    }

    @Test
    void everyColumnOfEveryRowIsWhatTheBatchesWrite() throws SQLException {
        List<Measurement> values = values();
        List<String> statements;
        try (JdbcPortfolioStore store = stored("rec-copy")) {
            statements = recordWithCopy(store, values);
        }
        stored("rec-batch").close();
        upsertAll("rec-batch", values);

        assertThat(statements)
                .contains(PgRecordAll.CREATE, bound(PgRecordAll.INSERT), PgRecordAll.DROP)
                .noneMatch(sql -> sql.contains("VALUES ("));
        List<String> copied = rows("rec-copy");
        assertThat(copied).isEqualTo(rows("rec-batch"));
        assertThat(copied).hasSize(values.size() + HOSTILE.measurements().size() - countReplaced(values));
        String all = String.join("\n", copied);
        for (String text : HostilePortfolio.HOSTILE) {
            assertThat(all)
                    .contains(
                            "source_text=" + java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC) + "|");
        }
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(db.dataSource(), PortfolioId.of("rec-copy"))) {
            for (Measurement m : values) {
                assertThat(store.measurements().find(m.indicator(), m.period(), m.reportedBy()))
                        .contains(m);
            }
        }
    }

    private static int countReplaced(List<Measurement> values) {
        java.util.Set<String> stored = new java.util.HashSet<>();
        HOSTILE.measurements().forEach(m -> stored.add(m.key()));
        return (int) values.stream().filter(m -> stored.contains(m.key())).count();
    }

    @Test
    void ofValuesSharingAKeyTheLastStaysAsWithTheBatches() throws SQLException {
        List<Measurement> distinct = values();
        List<Measurement> values = new ArrayList<>(distinct);
        // every 7th key again, with another value; the first one again after that, unchanged
        for (int i = 0; i < distinct.size(); i += 7) {
            Measurement m = distinct.get(i);
            values.add(
                    new Measurement(m.indicator(), m.period(), m.reportedBy(), other(m.value()), Optional.of("lần 2")));
        }
        values.add(distinct.get(7));
        List<String> statements;
        try (JdbcPortfolioStore store = stored("dup-copy")) {
            statements = recordWithCopy(store, values);
        }
        stored("dup-batch").close();
        upsertAll("dup-batch", values);

        assertThat(statements).contains(bound(PgRecordAll.INSERT_LAST)).doesNotContain(bound(PgRecordAll.INSERT));
        assertThat(rows("dup-copy")).isEqualTo(rows("dup-batch"));
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(db.dataSource(), PortfolioId.of("dup-copy"))) {
            Measurement first = distinct.get(0);
            assertThat(store.measurements().find(first.indicator(), first.period(), first.reportedBy()))
                    .get()
                    .extracting(Measurement::source)
                    .isEqualTo(Optional.of("lần 2"));
            Measurement seventh = distinct.get(7);
            assertThat(store.measurements().find(seventh.indicator(), seventh.period(), seventh.reportedBy()))
                    .contains(seventh);
        }
    }

    @Test
    void aValueTheTableRefusesLastLeavesNothingAndIsReportedAsByTheBatches() throws SQLException {
        List<Measurement> values = values();
        Measurement m = values.get(0);
        // DECIMAL(38, 10) holds 28 digits before the point
        values.add(new Measurement(
                m.indicator(),
                Period.year(2040),
                m.reportedBy(),
                new MeasuredValue.Count(new BigDecimal("1E+30")),
                Optional.empty()));
        UnableToStoreException copy;
        try (JdbcPortfolioStore store = stored("late-copy")) {
            copy = catchStore(() -> store.measurements().recordAll(values));
        }
        stored("late-batch").close();
        UnableToStoreException batch = catchStore(() -> upsertAll("late-batch", values));

        assertThat(rows("late-copy"))
                .isEqualTo(rows("late-batch"))
                .hasSize(HOSTILE.measurements().size());
        // the same reason after the same words; the row named by its key where the batch shows its values
        String key = values.get(values.size() - 1).key();
        assertThat(copy.text().en())
                .isEqualTo("Unable to record measurement in the database: ERROR: numeric field overflow (measurement \""
                        + key + "\", value_num \"1000000000000000000000000000000.0000000000\")");
        assertThat(batch.text().en())
                .startsWith("Unable to record measurement in the database: Batch entry ")
                .contains("('1E+30')")
                .endsWith("was aborted: ERROR: numeric field overflow");
        String vi = batch.text().vi().substring(0, batch.text().vi().indexOf(": ") + 2);
        assertThat(vi).startsWith("Không thể ");
        assertThat(copy.text().vi())
                .isEqualTo(vi + copy.text().en().substring(copy.text().en().indexOf(": ") + 2));
    }

    @Test
    void aDanglingReferenceAfterTheFirstCopyLeavesNothing() throws SQLException {
        List<Measurement> values = values(PgRecordAll.CHUNK + 5_000);
        Measurement m = values.get(0);
        values.add(
                PgRecordAll.CHUNK + 2_500,
                new Measurement(
                        m.indicator(), Period.year(2041), UnitCode.of("KHONG-CO"), m.value(), Optional.empty()));
        try (JdbcPortfolioStore store = stored("dangling")) {
            assertThatThrownBy(() -> store.measurements().recordAll(values))
                    .isInstanceOf(DanglingReferenceException.class);
            assertThat(store.measurements().count())
                    .isEqualTo(HOSTILE.measurements().size());
            // the connection and its session are usable again: the temporary table went with the rollback
            store.measurements().recordAll(values.subList(0, 2_000));
            assertThat(store.measurements().count())
                    .isEqualTo(HOSTILE.measurements().size() + 2_000 - countReplaced(values.subList(0, 2_000)));
        }
        assertThat(rows("dangling")).noneMatch(row -> row.contains("KHONG-CO"));
    }

    @Test
    void twoRecordsInOneTransactionEachHaveTheirTable() throws SQLException {
        List<Measurement> values = values();
        stored("twice").close();
        Stores stores = stores("twice");
        stores.db().transaction(() -> {
            stores.measurements().recordAll(values.subList(0, 1_500));
            stores.measurements().recordAll(values.subList(1_500, values.size()));
            return null;
        });
        stored("twice-batch").close();
        upsertAll("twice-batch", values);
        assertThat(rows("twice")).isEqualTo(rows("twice-batch"));
    }

    @Test
    void aBatchOrLessIsUpserted() {
        List<Measurement> values = values().subList(0, MeasurementRepo.BATCH);
        try (JdbcPortfolioStore store = stored("small")) {
            List<String> statements = recordWithCopy(store, values);
            assertThat(statements).doesNotContain(PgRecordAll.CREATE).anyMatch(sql -> sql.contains("VALUES ("));
        }
    }

    @Test
    void concurrentWritersOfTheSameKeysEachCommitWhole() throws Exception {
        List<Measurement> base = values();
        stored("concurrent").close();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<?>> writers = new ArrayList<>();
                for (int w = 0; w < 4; w++) {
                    String source = "người ghi " + w + " lượt " + round;
                    List<Measurement> mine = base.stream()
                            .map(m -> new Measurement(
                                    m.indicator(), m.period(), m.reportedBy(), m.value(), Optional.of(source)))
                            .toList();
                    writers.add(pool.submit(() -> {
                        try (JdbcPortfolioStore store =
                                JdbcPortfolioStore.open(db.dataSource(), PortfolioId.of("concurrent"))) {
                            store.measurements().recordAll(mine);
                        }
                    }));
                }
                for (Future<?> f : writers) {
                    f.get();
                }
                // every writer committed all its values; the last to commit holds every key
                List<String> sources = new ArrayList<>();
                try (Connection c = db.pool().getConnection();
                        PreparedStatement ps = c.prepareStatement("SELECT source_text, COUNT(*) FROM measurements"
                                + " WHERE portfolio_id = 'concurrent' AND source_text LIKE 'người ghi %'"
                                + " GROUP BY source_text")) {
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            sources.add(rs.getString(1));
                            assertThat(rs.getLong(2)).isEqualTo(base.size());
                        }
                    }
                }
                assertThat(sources).singleElement().asString().endsWith("lượt " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keyHashesSeeARepeatedKey() {
        PgRecordAll.KeyHashes keys = new PgRecordAll.KeyHashes();
        for (int i = 0; i < 20_000; i++) {
            keys.add(PgRecordAll.KeyHashes.hash("IND-" + i, "2021", "SKHCN"));
        }
        assertThat(keys.repeated()).isFalse();
        assertThat(PgRecordAll.KeyHashes.hash("AB", "C", "D")).isNotEqualTo(PgRecordAll.KeyHashes.hash("A", "BC", "D"));
        keys.add(PgRecordAll.KeyHashes.hash("IND-7", "2021", "SKHCN"));
        assertThat(keys.repeated()).isTrue();
    }

    /** The statement as prepared: its parameter bound. */
    private static String bound(String sql) {
        return sql.replace(":portfolio", "?");
    }

    private static UnableToStoreException catchStore(Runnable work) {
        try {
            work.run();
        } catch (UnableToStoreException e) {
            return e;
        }
        throw new AssertionError("expected an UnableToStoreException");
    }

    /**
     * A column as text: a number as {@link BigDecimal#toPlainString} with its scale, since the
     * driver's text for it changes once it reads a statement's results in binary (from its fifth
     * run on a connection: {@code 0.0000000000} then {@code 0E-10}).
     */
    private static String text(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        return value instanceof BigDecimal number ? number.toPlainString() : rs.getString(column);
    }

    /** The portfolio's measurements, each as {@code column=value|…} but the portfolio's id, sorted. */
    private static List<String> rows(String portfolio) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.pool().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT * FROM measurements WHERE portfolio_id = ?")) {
            ps.setString(1, portfolio);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder text = new StringBuilder();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        if (!meta.getColumnName(i).equals("portfolio_id")) {
                            text.append(meta.getColumnName(i))
                                    .append('=')
                                    .append(text(rs, i))
                                    .append('|');
                        }
                    }
                    rows.add(text.toString());
                }
            }
        }
        rows.sort(null);
        return rows;
    }
}
