package org.civicplan.storage.jdbc.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.IndicatorKind;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;
import org.civicplan.core.spi.MeasurementRepository;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indicator values, keyed by (indicator, period, unit). A value is kept exactly in {@code
 * value_text} and as numbers ({@code value_num}, numerator, denominator) for SQL aggregates.
 * Recording is an upsert: one statement for one value, one batch per {@value #BATCH} values; on
 * PostgreSQL, more values than one batch go with one {@code COPY} and one upsert ({@link PgRecordAll}).
 */
public final class MeasurementRepo implements MeasurementRepository {
    static final int BATCH = 1000;
    static final int FETCH = 500;
    private static final Logger sqlLog = LoggerFactory.getLogger(Db.SQL_LOGGER);
    static final String ORDER = "m.indicator_code, m.period_sort, m.period_code, m.unit_code";

    private final Db db;

    public MeasurementRepo(Db db) {
        this.db = db;
    }

    @Override
    public void record(Measurement measurement) {
        db.run(Op.write("record", "measurement", measurement.key()), h -> {
            upsertAll(h, List.of(measurement).iterator());
            return null;
        });
    }

    @Override
    public void recordAll(Iterable<Measurement> measurements) {
        db.run(Op.write("record", "measurement", null), h -> {
            recordAll(h, measurements);
            return null;
        });
    }

    /**
     * Records the values on {@code h}'s transaction: on PostgreSQL, more than {@value #BATCH} of them
     * with {@link PgRecordAll} ({@code COPY} and one upsert), else as {@link #upsertAll}.
     */
    void recordAll(Handle h, Iterable<Measurement> measurements) {
        Iterator<Measurement> values = measurements.iterator();
        if (db.dialect() != Dialect.POSTGRESQL) {
            upsertAll(h, values);
            return;
        }
        List<Measurement> first = new ArrayList<>();
        while (first.size() <= BATCH && values.hasNext()) {
            first.add(values.next());
        }
        if (first.size() > BATCH) {
            PgRecordAll.record(h, db.portfolio(), first, values, this::columns);
        } else {
            upsertAll(h, first.iterator());
        }
    }

    /**
     * Upserts the values in batches of {@value #BATCH}, in their order: of one key, the last stays.
     * One statement prepared on the handle's connection, its parameters bound by position (plain
     * JDBC: Jdbi's named binding cost 3 KB and 3 µs a value). A failure is the driver's, wrapped for
     * {@link SqlErrors}, as Jdbi's batch reported it.
     */
    void upsertAll(Handle h, Iterator<Measurement> values) {
        String sql = db.dialect().upsertMeasurement();
        long started = System.nanoTime();
        int executed = 0;
        try (PreparedStatement batch = h.getConnection().prepareStatement(sql)) {
            int pending = 0;
            while (values.hasNext()) {
                bind(batch, columns(values.next()));
                batch.addBatch();
                if (++pending >= BATCH) {
                    batch.executeBatch();
                    executed += pending;
                    pending = 0;
                }
            }
            if (pending > 0) {
                batch.executeBatch();
                executed += pending;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("batch of measurements failed: " + e.getMessage(), e);
        }
        if (sqlLog.isDebugEnabled() && executed > 0) {
            sqlLog.debug("{} ms: {} ({} values)", (System.nanoTime() - started) / 1_000_000, sql, executed);
        }
    }

    /**
     * Imports {@code values}. On PostgreSQL, when no stored row can share a key with them ({@code
     * conflictFree}, which the caller proves) and no two of them share one, they go in with one
     * {@code COPY} ({@link PgCopy}); otherwise as {@link #recordAll}, upserts in batches. Both leave
     * the same rows.
     */
    void importAll(Handle h, List<Measurement> values, boolean conflictFree) {
        if (conflictFree && db.dialect() == Dialect.POSTGRESQL && !values.isEmpty() && distinctKeys(values)) {
            PgCopy.copy(h, "measurements", Dialect.MEASUREMENT_COLUMNS, values, this::columns);
        } else {
            recordAll(h, values);
        }
    }

    /** True when no two values share (indicator, period, unit): a {@code COPY} of them cannot upsert. */
    static boolean distinctKeys(List<Measurement> values) {
        java.util.Set<String> keys = new java.util.HashSet<>(values.size() * 2);
        for (Measurement m : values) {
            if (!keys.add(m.key())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Binds a row of {@link #columns} as Jdbi bound it by name: each value with its type's setter,
     * a null with its column's SQL type.
     */
    private static void bind(PreparedStatement ps, Object[] c) throws SQLException {
        for (int i = 0; i < 4; i++) {
            string(ps, i + 1, (String) c[i]);
        }
        for (int i = 4; i < 7; i++) {
            LocalDate date = (LocalDate) c[i];
            if (date == null) {
                ps.setNull(i + 1, Types.DATE);
            } else {
                ps.setDate(i + 1, Rows.sqlDate(date));
            }
        }
        string(ps, 8, (String) c[7]);
        string(ps, 9, (String) c[8]);
        for (int i = 9; i < 12; i++) {
            BigDecimal number = (BigDecimal) c[i];
            if (number == null) {
                ps.setNull(i + 1, Types.NUMERIC);
            } else {
                ps.setBigDecimal(i + 1, number);
            }
        }
        if (c[12] == null) {
            ps.setNull(13, Types.BOOLEAN);
        } else {
            ps.setBoolean(13, (Boolean) c[12]);
        }
        string(ps, 14, (String) c[13]);
    }

    private static void string(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    /**
     * A measurement's row: the values of {@link Dialect#MEASUREMENT_COLUMNS}, in that order (dates
     * as {@link LocalDate}), whether bound to the upsert or copied.
     */
    Object[] columns(Measurement m) {
        Period period = m.period();
        MeasuredValue value = m.value();
        BigDecimal numerator = null;
        BigDecimal denominator = null;
        Boolean milestone = null;
        String text;
        if (value instanceof MeasuredValue.Ratio r) {
            numerator = r.numerator();
            denominator = r.denominator();
            text = r.numerator() + "/" + r.denominator();
        } else if (value instanceof MeasuredValue.Money money) {
            text = money.amount().toPlainString();
        } else if (value instanceof MeasuredValue.Milestone ms) {
            milestone = ms.reached();
            text = Boolean.toString(ms.reached());
        } else {
            text = value.numeric().toString();
        }
        return new Object[] {
            db.portfolio(),
            m.indicator().value(),
            period.code(),
            m.reportedBy().value(),
            period.start().orElse(null),
            period.end().orElse(null),
            sortDate(period),
            value.kind().code(),
            text,
            Rows.numeric(value.numeric()),
            Rows.numeric(numerator),
            Rows.numeric(denominator),
            milestone,
            m.source().orElse(null)
        };
    }

    /** The in-memory store's order: start, else end, else last. */
    static LocalDate sortDate(Period period) {
        return period.start().or(period::end).orElse(Rows.NO_DATE);
    }

    static Measurement read(ResultSet rs) throws SQLException {
        IndicatorKind kind = IndicatorKind.fromCode(rs.getString("kind"));
        String text = rs.getString("value_text");
        MeasuredValue value =
                switch (kind) {
                    case COUNT -> new MeasuredValue.Count(new BigDecimal(text));
                    case PERCENT -> {
                        int slash = text.indexOf('/');
                        yield new MeasuredValue.Ratio(
                                new BigDecimal(text.substring(0, slash)), new BigDecimal(text.substring(slash + 1)));
                    }
                    case MONEY -> new MeasuredValue.Money(new Vnd(new BigInteger(text)));
                    case MILESTONE -> new MeasuredValue.Milestone(Boolean.parseBoolean(text));
                };
        return new Measurement(
                IndicatorCode.of(rs.getString("indicator_code")),
                Period.parse(rs.getString("period_code")),
                UnitCode.of(rs.getString("unit_code")),
                value,
                Rows.string(rs, "source_text"));
    }

    @Override
    public Optional<Measurement> find(IndicatorCode indicator, Period period, UnitCode reportedBy) {
        return db.run(
                Op.read("measurement", indicator.value() + "@" + period.code() + "@" + reportedBy.value()),
                h -> h.createQuery(
                                "SELECT m.* FROM measurements m WHERE m.portfolio_id = :portfolio"
                                        + " AND m.indicator_code = :indicator AND m.period_code = :period AND m.unit_code = :unit")
                        .bind("portfolio", db.portfolio())
                        .bind("indicator", indicator.value())
                        .bind("period", period.code())
                        .bind("unit", reportedBy.value())
                        .map((rs, ctx) -> read(rs))
                        .findFirst());
    }

    @Override
    public List<Measurement> byIndicator(IndicatorCode indicator) {
        return db.run(Op.read("indicator", indicator.value()), h -> h.createQuery(
                        "SELECT m.* FROM measurements m WHERE m.portfolio_id = :portfolio"
                                + " AND m.indicator_code = :indicator ORDER BY " + ORDER)
                .bind("portfolio", db.portfolio())
                .bind("indicator", indicator.value())
                .map((rs, ctx) -> read(rs))
                .list());
    }

    @Override
    public void forEach(Consumer<Measurement> consumer) {
        db.run(Op.read("measurement", null), h -> {
            try (Stream<Measurement> values = h
                    .createQuery("SELECT m.* FROM measurements m WHERE m.portfolio_id = :portfolio ORDER BY " + ORDER)
                    .bind("portfolio", db.portfolio())
                    .setFetchSize(FETCH)
                    .map((rs, ctx) -> read(rs))
                    .stream()) {
                values.forEach(consumer);
            }
            return null;
        });
    }

    /** Every value as a list: for snapshots of small portfolios. */
    List<Measurement> list() {
        List<Measurement> all = new ArrayList<>();
        forEach(all::add);
        return all;
    }

    @Override
    public long count() {
        return db.run(Op.read("measurement", null), h -> h.createQuery(
                        "SELECT COUNT(*) FROM measurements WHERE portfolio_id = :portfolio")
                .bind("portfolio", db.portfolio())
                .mapTo(Long.class)
                .one());
    }
}
