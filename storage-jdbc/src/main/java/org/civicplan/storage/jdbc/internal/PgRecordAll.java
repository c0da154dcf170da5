package org.civicplan.storage.jdbc.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicplan.core.model.Measurement;
import org.jdbi.v3.core.Handle;

/**
 * {@code recordAll} of many values on PostgreSQL: the values go with {@code COPY} ({@value #CHUNK} at a time) into a
 * temporary table of this transaction ({@code ON COMMIT DROP}, dropped again as soon as it is read),
 * then into {@code measurements} with one {@code INSERT … SELECT … ON CONFLICT … DO UPDATE}: the
 * upsert of the batches, one statement instead of one per value. The same rows result:
 *
 * <ul>
 *   <li>a value whose key is stored replaces the stored one's columns, as the batches' upsert does
 *       (the same {@code ON CONFLICT} clause, {@link Dialect#PG_MEASUREMENT_CONFLICT}), and waits
 *       for another transaction writing the same key as it does;
 *   <li>of values sharing a key within the input, the last one is kept, as the batches' successive
 *       upserts keep it: one {@code INSERT} cannot update a row twice, so when two values may share
 *       a key ({@link KeyHashes}: a 64-bit hash of some key met twice) the rows are picked by {@code
 *       DISTINCT ON} the key, the latest in input order;
 *   <li>the temporary table has the measurements' column types without their constraints ({@code
 *       CREATE TABLE … AS … WITH NO DATA}): a value out of range or too long fails the {@code COPY}
 *       with the database's reason as a bound parameter fails the batch ("numeric field overflow"),
 *       the refused row named by the measurement's key, column and value where the batch names it
 *       by its values ({@link #naming}); a missing value, key or reference fails the {@code INSERT}
 *       into {@code measurements} with the batch's message; either failure aborts the transaction,
 *       so nothing is left.
 * </ul>
 */
final class PgRecordAll {
    /** The temporary table; a session's own, so concurrent transactions do not share it. */
    static final String TABLE = "cp_recorded_measurements";

    /** The columns copied: the measurements' but the portfolio (bound once), then the input order. */
    static final String VALUES = "indicator_code, period_code, unit_code, period_start, period_end, period_sort,"
            + " kind, value_text, value_num, numerator, denominator, milestone, source_text";

    static final String CREATE = "CREATE TEMPORARY TABLE " + TABLE + " ON COMMIT DROP AS SELECT " + VALUES
            + ", CAST(0 AS BIGINT) AS input_order FROM measurements WITH NO DATA";

    /** The upsert of keys that differ. */
    static final String INSERT = "INSERT INTO measurements (" + Dialect.MEASUREMENT_COLUMNS + ") SELECT :portfolio, "
            + VALUES + " FROM " + TABLE + Dialect.PG_MEASUREMENT_CONFLICT;

    /** The upsert when keys may repeat: the last value of each key. */
    static final String INSERT_LAST = "INSERT INTO measurements (" + Dialect.MEASUREMENT_COLUMNS + ")"
            + " SELECT DISTINCT ON (indicator_code, period_code, unit_code) :portfolio, " + VALUES + " FROM " + TABLE
            + " ORDER BY indicator_code, period_code, unit_code, input_order DESC" + Dialect.PG_MEASUREMENT_CONFLICT;

    static final String DROP = "DROP TABLE " + TABLE;

    private PgRecordAll() {}

    /**
     * Values copied with one {@code COPY}: they are taken from the input before it starts, since
     * taking one may query the same connection (the reference checks of {@code CheckedMeasurements}),
     * which cannot run a statement while a {@code COPY} is under way.
     */
    static final int CHUNK = 20_000;

    /**
     * Records {@code first}, then the rest of {@code more}, on {@code h}'s transaction; {@code row}
     * gives a measurement's columns as {@link MeasurementRepo#columns} does (the portfolio first).
     */
    static void record(
            Handle h,
            String portfolio,
            List<Measurement> first,
            Iterator<Measurement> more,
            PgCopy.Row<Measurement> row) {
        KeyHashes keys = new KeyHashes();
        long[] order = {0};
        PgCopy.Row<Measurement> copied = m -> {
            keys.add(m);
            Object[] columns = row.values(m);
            Object[] values = new Object[columns.length];
            System.arraycopy(columns, 1, values, 0, columns.length - 1);
            values[columns.length - 1] = order[0]++;
            return values;
        };
        h.execute(CREATE);
        List<Measurement> chunk = new ArrayList<>(first);
        while (true) {
            while (chunk.size() < CHUNK && more.hasNext()) {
                chunk.add(more.next());
            }
            if (chunk.isEmpty()) {
                break;
            }
            try {
                PgCopy.copy(h, TABLE, VALUES + ", input_order", chunk, copied);
            } catch (RuntimeException e) {
                throw naming(e, chunk);
            }
            chunk.clear();
        }
        h.createUpdate(keys.repeated() ? INSERT_LAST : INSERT)
                .bind("portfolio", portfolio)
                .execute();
        h.execute(DROP);
    }

    private static final Pattern COPY_LINE =
            Pattern.compile("COPY " + TABLE + ", line (\\d+)(?:, column (\\w+): (.*))?", Pattern.DOTALL);

    /**
     * {@code failure} of a {@code COPY} of {@code chunk} with the refused row named: the database's
     * reason (its first line, what a user reads) followed by the measurement's key and the column
     * and value refused, as the failing batch names its row by its values. Other failures as they
     * came.
     */
    static RuntimeException naming(RuntimeException failure, List<Measurement> chunk) {
        SQLException sql = SqlErrors.sqlCause(failure);
        String where = sql == null ? null : PgCopy.where(sql);
        Matcher m = where == null ? null : COPY_LINE.matcher(where);
        if (m == null || !m.matches()) {
            return failure;
        }
        int line = Integer.parseInt(m.group(1));
        if (line < 1 || line > chunk.size()) {
            return failure;
        }
        String reason = SqlErrors.withoutStatement(sql.getMessage());
        String row = "measurement \"" + chunk.get(line - 1).key() + "\""
                + (m.group(2) == null ? "" : ", " + m.group(2) + " " + m.group(3));
        SQLException named = new SQLException(reason + " (" + row + ")", sql.getSQLState(), sql.getErrorCode(), sql);
        IllegalStateException renamed =
                new IllegalStateException("COPY " + TABLE + " failed: " + named.getMessage(), named);
        renamed.setStackTrace(failure.getStackTrace());
        return renamed;
    }

    /**
     * The 64-bit hashes of the keys seen, in an open-addressing table (8 to 16 bytes a value): two
     * values with different hashes have different keys, so while no hash repeats the keys are
     * distinct. A repeat is a shared key or, rarely, two keys with one hash; either way {@link
     * #repeated} is then true and the slower, always right {@link #INSERT_LAST} is used.
     */
    static final class KeyHashes {
        private long[] slots = new long[1 << 12];
        private int size;
        private boolean repeated;

        void add(Measurement m) {
            if (!repeated) {
                add(hash(
                        m.indicator().value(), m.period().code(), m.reportedBy().value()));
            }
        }

        /** Adds one hash (0 stands for an empty slot, so it is taken as 1). */
        void add(long hash) {
            long h = hash == 0 ? 1 : hash;
            int mask = slots.length - 1;
            for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
                if (slots[i] == 0) {
                    slots[i] = h;
                    if (++size * 2 > slots.length) {
                        grow();
                    }
                    return;
                }
                if (slots[i] == h) {
                    repeated = true;
                    return;
                }
            }
        }

        boolean repeated() {
            return repeated;
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            size = 0;
            for (long h : old) {
                if (h != 0) {
                    add(h);
                }
            }
        }

        /** FNV-1a over the three parts (each ended by its length), then MurmurHash3's final mix. */
        static long hash(String indicator, String period, String unit) {
            long h = 0xcbf29ce484222325L;
            for (String part : new String[] {indicator, period, unit}) {
                for (int i = 0; i < part.length(); i++) {
                    h = (h ^ part.charAt(i)) * 0x100000001b3L;
                }
                h = (h ^ (0x10000 + part.length())) * 0x100000001b3L;
            }
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            h *= 0xc4ceb9fe1a85ec53L;
            h ^= h >>> 33;
            return h;
        }
    }
}
