package org.civicplan.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.civicplan.storage.jdbc.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link PgCopy}'s CSV on a real PostgreSQL: every hostile text comes back exactly as written, and
 * exactly as a bound parameter writes it (NULL stays NULL, an empty text stays empty); rows bound by
 * name for a {@code COPY} ({@link CopyRows}) leave what the same bindings leave in a batch.
 */
class PgCopyTest {
    private static final String COLUMNS = "id, txt, num, day, flag";

    /** Texts a CSV or text-format COPY could get wrong. */
    static final List<String> HOSTILE = List.of(
            "",
            " ",
            "NULL",
            "\\N",
            "\\.",
            "dòng 1\n\\.\ndòng 3",
            "\"ngoặc\" kép, \"\"hai\"\"",
            "a,b,,c",
            "tab\there",
            "CR\rLF\r\nLF\nend",
            "C:\\thư mục\\tệp\\",
            "\\\\x41 \\t \\n",
            "emoji 😀 và 𝔘",
            Normalizer.normalize("Tiến độ thực hiện", Normalizer.Form.NFD),
            "  đầu và cuối  ",
            "'); DROP TABLE t; --",
            "\"",
            "\",\"");

    private static TestDatabase db;

    @BeforeAll
    static void open() throws SQLException {
        db = TestDatabase.postgres();
        try (Connection c = db.pool().getConnection();
                Statement s = c.createStatement()) {
            for (String table : List.of("copied", "bound")) {
                s.execute("CREATE TABLE " + table
                        + " (id INT PRIMARY KEY, txt TEXT, num DECIMAL(38, 10), day DATE, flag BOOLEAN)");
            }
            for (String table : List.of("sunk_copied", "sunk_bound")) {
                s.execute("CREATE TABLE " + table + " (id INT PRIMARY KEY, txt TEXT, big BIGINT, small INT,"
                        + " num DECIMAL(38, 10), day DATE, flag BOOLEAN, code VARCHAR(64) NOT NULL)");
            }
        }
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void hostileTextNumbersDatesAndNullsComeBackAsBoundParametersWriteThem() throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        BigDecimal[] numbers = {
            new BigDecimal("0E-10"),
            new BigDecimal("-12.5"),
            new BigDecimal("1E+20"),
            new BigDecimal("0.1234567891"),
            null
        };
        for (int i = 0; i < HOSTILE.size(); i++) {
            rows.add(new Object[] {
                BigDecimal.valueOf(i),
                HOSTILE.get(i),
                numbers[i % numbers.length],
                i % 4 == 0 ? null : LocalDate.of(2021, 1 + i % 12, 1 + i),
                i % 3 == 0 ? null : i % 3 == 1
            });
        }
        rows.add(new Object[] {BigDecimal.valueOf(HOSTILE.size()), null, null, null, null});

        long copied = Jdbi.create(db.pool()).inTransaction(h -> PgCopy.copy(h, "copied", COLUMNS, rows, r -> r));
        bind(rows);

        assertThat(copied).isEqualTo(rows.size());
        List<List<Object>> read = read("copied");
        assertThat(read).isEqualTo(read("bound")).hasSize(rows.size());
        for (int i = 0; i < HOSTILE.size(); i++) {
            assertThat(read.get(i).get(1)).as("text %d", i).isEqualTo(HOSTILE.get(i));
        }
        assertThat(read.get(HOSTILE.size())).containsExactly(HOSTILE.size(), null, null, null, null);
    }

    @Test
    void rowsBoundByNameForACopyLeaveWhatTheSameBindingsLeaveInABatch() throws SQLException {
        Jdbi jdbi = Jdbi.create(db.pool());
        for (String table : List.of("sunk_copied", "sunk_bound")) {
            jdbi.useTransaction(h -> {
                RowSink rows = (table.equals("sunk_copied") ? RowSink.copies(h) : RowSink.batches(h))
                        .apply("INSERT INTO " + table + " (id, txt, big, small, num, day, flag, code)"
                                + " VALUES (:id, :txt, :big, :small, :num, :day, :flag, :code)");
                for (int i = 0; i < HOSTILE.size(); i++) {
                    boolean none = i % 5 == 4;
                    rows.bind("id", i)
                            .bind("txt", HOSTILE.get(i))
                            .bind("big", none ? null : Long.valueOf(Long.MIN_VALUE + i))
                            .bind("small", none ? null : Integer.valueOf(-i))
                            .bind("num", none ? null : new BigDecimal("-12.5").movePointLeft(i % 11))
                            .bind("day", none ? null : java.sql.Date.valueOf(LocalDate.of(2021, 1 + i % 12, 28)))
                            .bind("flag", i % 2 == 0)
                            .bind("code", HOSTILE.get(HOSTILE.size() - 1 - i))
                            .add();
                }
                rows.flush();
            });
        }
        List<List<Object>> copied = readSunk("sunk_copied");
        assertThat(copied).hasSize(HOSTILE.size()).isEqualTo(readSunk("sunk_bound"));
        assertThat(copied.get(1))
                .containsExactly(
                        1,
                        HOSTILE.get(1),
                        Long.MIN_VALUE + 1,
                        -1,
                        new BigDecimal("-1.2500000000"),
                        LocalDate.of(2021, 2, 28),
                        false,
                        HOSTILE.get(HOSTILE.size() - 2));
        assertThat(copied.get(4))
                .containsExactly(4, HOSTILE.get(4), null, null, null, null, true, HOSTILE.get(HOSTILE.size() - 5));
    }

    @Test
    void aRowMissingAParameterIsRefusedBeforeAnythingIsSent() {
        Jdbi jdbi = Jdbi.create(db.pool());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbi.useTransaction(h -> RowSink.copies(h)
                        .apply("INSERT INTO sunk_copied (id, txt, big, small, num, day, flag, code)"
                                + " VALUES (:id, :txt, :big, :small, :num, :day, :flag, :code)")
                        .bind("id", 99)
                        .bind("code", "x")
                        .add()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sunk_copied")
                .hasMessageContaining("txt");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbi.useTransaction(h -> RowSink.copies(h).apply("UPSERT sunk_copied (id) (:id)")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<List<Object>> readSunk(String table) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = db.pool().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT id, txt, big, small, num, day, flag, code FROM " + table + " ORDER BY id")) {
            while (rs.next()) {
                rows.add(Arrays.asList(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getObject(3),
                        rs.getObject(4),
                        rs.getBigDecimal(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getObject(7),
                        rs.getString(8)));
            }
        }
        return rows;
    }

    private static void bind(List<Object[]> rows) throws SQLException {
        try (Connection c = db.pool().getConnection();
                PreparedStatement ps =
                        c.prepareStatement("INSERT INTO bound (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)")) {
            for (Object[] row : rows) {
                ps.setInt(1, ((BigDecimal) row[0]).intValueExact());
                ps.setString(2, (String) row[1]);
                ps.setBigDecimal(3, row[2] == null ? null : ((BigDecimal) row[2]).setScale(10));
                ps.setObject(4, row[3], Types.DATE);
                ps.setObject(5, row[4], Types.BOOLEAN);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static List<List<Object>> read(String table) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = db.pool().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM " + table + " ORDER BY id")) {
            while (rs.next()) {
                rows.add(Arrays.asList(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getBigDecimal(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5)));
            }
        }
        return rows;
    }
}
