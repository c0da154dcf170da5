package org.civicplan.storage.jdbc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.civicplan.core.Message;
import org.civicplan.core.UnableToStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema a process killed during a migration left on H2, which commits each DDL statement by
 * itself and, killed while committing, can reopen with a commit half applied.
 *
 * <p>What such a kill leaves:
 *
 * <ul>
 *   <li>some of civicplan's tables and no history (a kill during the first migration);
 *   <li>a history recording the first migration while one of its tables is missing (a CLI kill
 *       showed "Table ITEMS not found" in V3);
 *   <li>a half-done table copy: H2 carries out {@code ALTER TABLE t ADD COLUMN} by creating {@code
 *       T_COPY_<session>_<n>} (H2's {@code Database.getTempTableName}), copying the rows, creating
 *       the copies of the constraints (the foreign keys of the tables referring to {@code T} among
 *       them, now referring to the copy), dropping {@code T} and renaming the copy; each step
 *       commits by itself. A CLI kill in V3 left {@code item_units}' foreign key on {@code
 *       ITEMS_COPY_4_2}, and every import afterwards failed on it.
 * </ul>
 *
 * <p>Every open of an H2 store looks for the last two ({@link #repair}); a failed migration looks
 * for all of them ({@link #dropIfEmpty}). When every civicplan table and copy is empty nothing can
 * be lost: they and civicplan's own history table are dropped and the migrations run again from
 * the start. When any holds a row nothing is dropped. Only civicplan's tables are touched: a table
 * counts as civicplan's, or as a copy of one, only when its name is one of the first migration's
 * (or such a name followed by {@code _COPY_<n>_<m>}) and it has every column the first migration
 * gave that table; an application's own tables in the same schema are left alone.
 */
public final class InterruptedSchema {
    private static final Logger log = LoggerFactory.getLogger(InterruptedSchema.class);
    private static final String FIRST = "org/civicplan/storage/jdbc/migration/V1__civicplan_schema.sql";
    private static final Pattern CREATE = Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\n\\)", Pattern.DOTALL);
    private static final Pattern COLUMN = Pattern.compile("^\\s*(\\w+)\\s", Pattern.MULTILINE);
    private static final Set<String> NOT_COLUMNS = Set.of("PRIMARY", "FOREIGN", "UNIQUE", "CONSTRAINT", "CHECK");
    private static final Pattern COPY = Pattern.compile("(\\w+)_COPY_\\d+_\\d+");
    private static final Map<String, Set<String>> TABLES = tablesOfFirstMigration();

    private InterruptedSchema() {}

    /**
     * On opening an H2 store: repairs a torn schema (a table copy left by an interrupted {@code
     * ALTER TABLE}, a foreign key of a civicplan table referring to a table not civicplan's, a table
     * missing while {@code firstMigrationRecorded}) when every civicplan table is empty, so the
     * migrations then run from the start; true when it dropped anything.
     *
     * @throws UnableToStoreException when the schema is torn and a table holds rows: naming the
     *     database, what is torn and what to do; nothing is dropped
     */
    public static boolean repair(DataSource dataSource, String historyTable, boolean firstMigrationRecorded) {
        try (Connection c = dataSource.getConnection()) {
            State state = State.of(c, firstMigrationRecorded);
            if (state.torn().isEmpty()) {
                return false;
            }
            if (!state.countRows(c).isEmpty()) {
                throw refusal(c, state);
            }
            drop(c, state, historyTable);
            return true;
        } catch (SQLException e) {
            throw new UnableToStoreException(
                    Message.of(
                            "Không kiểm tra được lược đồ civicplan trong cơ sở dữ liệu: " + e.getMessage(),
                            "Unable to inspect the civicplan schema in the database: " + e.getMessage()),
                    e);
        }
    }

    /**
     * After a migration failed: drops what an interrupted migration left when every civicplan table
     * and copy is empty; true when it dropped anything (the caller then migrates again).
     */
    public static boolean dropIfEmpty(DataSource dataSource, String historyTable) {
        try (Connection c = dataSource.getConnection()) {
            State state = State.of(c, false);
            if (state.present.isEmpty() && state.copies.isEmpty()
                    || !state.countRows(c).isEmpty()) {
                return false;
            }
            drop(c, state, historyTable);
            return true;
        } catch (SQLException e) {
            log.debug("could not inspect the interrupted schema", e);
            return false;
        }
    }

    private static void drop(Connection c, State state, String historyTable) throws SQLException {
        try (Statement st = c.createStatement()) {
            // a copy first, with the foreign keys H2 had already moved onto it (CASCADE drops only
            // constraints that refer to the copy, which only a half-done copy has)
            for (String copy : state.copies) {
                st.execute("DROP TABLE " + quoted(copy) + " CASCADE");
            }
            // children were created after their parents: drop in the reverse order
            for (int i = state.present.size() - 1; i >= 0; i--) {
                st.execute("DROP TABLE " + quoted(state.present.get(i)));
            }
            st.execute("DROP TABLE IF EXISTS " + quoted(historyTable));
            st.execute("DROP TABLE IF EXISTS " + historyTable);
        }
        log.info(
                "dropped the empty civicplan tables {} and copies {} an interrupted schema migration left ({});"
                        + " migrating again from the start",
                state.present,
                state.copies,
                String.join("; ", state.torn().stream().map(Message::en).toList()));
    }

    private static UnableToStoreException refusal(Connection c, State state) throws SQLException {
        String database = c.getMetaData().getURL().split(";", 2)[0];
        // only H2 is repaired or refused here: its database is the file the URL names plus .mv.db
        String file = database.replaceFirst("(?i)^jdbc:h2:(file:)?", "") + ".mv.db";
        List<Message> torn = state.torn();
        String tornVi = String.join("; ", torn.stream().map(Message::vi).toList());
        String tornEn = String.join("; ", torn.stream().map(Message::en).toList());
        String rows = String.join(", ", state.holdingRows);
        return new UnableToStoreException(Message.of(
                "Cơ sở dữ liệu civicplan " + database + " đang dở dang: một lần cập nhật lược đồ bị ngắt giữa chừng"
                        + " (tiến trình bị dừng khi H2 đang sửa bảng) và để lại: " + tornVi + ". Các bảng " + rows
                        + " đang có dữ liệu nên civicplan không xóa gì và không mở cơ sở dữ liệu này. Cách xử lý:"
                        + " khôi phục tệp " + file + " từ bản sao lưu gần nhất (civicplan không tự giữ bản sao nào)"
                        + " rồi mở lại; nếu không có bản sao lưu, hãy nhập lại dữ liệu từ tệp gốc (civicplan import"
                        + " TỆP --store ...) vào một cơ sở dữ liệu mới.",
                "The civicplan database " + database + " is half changed: a schema migration was interrupted"
                        + " (the process stopped while H2 was altering a table) and left: " + tornEn + ". The tables "
                        + rows + " hold data, so civicplan drops nothing and does not open this database. What to do:"
                        + " restore " + file + " from your latest backup (civicplan keeps no copy of its own) and"
                        + " open it again; without a backup, import the data again from its original file"
                        + " (civicplan import FILE --store ...) into a new database."));
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** What is in the connection's schema, read through the JDBC metadata. */
    private static final class State {
        /** civicplan's tables present, as the database names them, in the first migration's order. */
        final List<String> present = new ArrayList<>();
        /** Copies of civicplan's tables H2 left, as the database names them. */
        final List<String> copies = new ArrayList<>();
        /** Foreign keys of civicplan's tables referring to a table not civicplan's (a copy). */
        final List<Message> strayKeys = new ArrayList<>();
        /** civicplan's tables missing though the history records the first migration. */
        final List<String> missing = new ArrayList<>();
        /** civicplan's tables and copies holding at least one row. */
        final List<String> holdingRows = new ArrayList<>();

        static State of(Connection c, boolean firstMigrationRecorded) throws SQLException {
            State state = new State();
            DatabaseMetaData meta = c.getMetaData();
            String schema = c.getSchema();
            // every table of the schema with its columns, in one metadata query
            Map<String, String> names = new LinkedHashMap<>();
            Map<String, Set<String>> columns = new LinkedHashMap<>();
            try (ResultSet rs = meta.getColumns(null, escaped(meta, schema), null, null)) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    String upper = name.toUpperCase(Locale.ROOT);
                    names.putIfAbsent(upper, name);
                    columns.computeIfAbsent(upper, k -> new LinkedHashSet<>())
                            .add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            }
            for (Map.Entry<String, Set<String>> table : TABLES.entrySet()) {
                String upper = table.getKey();
                if (!names.containsKey(upper)) {
                    if (firstMigrationRecorded) {
                        state.missing.add(upper);
                    }
                } else if (columns.get(upper).containsAll(table.getValue())) {
                    state.present.add(names.get(upper));
                }
            }
            for (Map.Entry<String, String> e : names.entrySet()) {
                Matcher m = COPY.matcher(e.getKey());
                if (m.matches()
                        && TABLES.containsKey(m.group(1))
                        && columns.get(e.getKey()).containsAll(TABLES.get(m.group(1)))) {
                    state.copies.add(e.getValue());
                }
            }
            for (String table : state.present) {
                try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
                    Set<String> seen = new LinkedHashSet<>();
                    while (rs.next()) {
                        String referred = rs.getString("PKTABLE_NAME");
                        String key = rs.getString("FK_NAME");
                        if (!TABLES.containsKey(referred.toUpperCase(Locale.ROOT)) && seen.add(key)) {
                            state.strayKeys.add(Message.of(
                                    "khóa ngoại " + key + " của bảng " + table + " trỏ tới " + referred,
                                    "foreign key " + key + " of table " + table + " refers to " + referred));
                        }
                    }
                }
            }
            return state;
        }

        /** Fills and returns {@link #holdingRows}: civicplan's tables and copies holding a row. */
        List<String> countRows(Connection c) throws SQLException {
            List<String> all = new ArrayList<>(present);
            all.addAll(copies);
            try (Statement st = c.createStatement()) {
                for (String name : all) {
                    String table = quoted(name);
                    try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        if (rs.next() && rs.getLong(1) > 0) {
                            holdingRows.add(name);
                        }
                    }
                }
            }
            return holdingRows;
        }

        private static String escaped(DatabaseMetaData meta, String name) throws SQLException {
            String escape = meta.getSearchStringEscape();
            return name == null || escape == null
                    ? name
                    : name.replace(escape, escape + escape)
                            .replace("_", escape + "_")
                            .replace("%", escape + "%");
        }

        /** The copies, stray foreign keys and missing tables, each in both languages. */
        List<Message> torn() {
            List<Message> torn = new ArrayList<>();
            for (String copy : copies) {
                torn.add(Message.of(
                        "bảng sao " + copy + " do H2 tạo khi sửa bảng",
                        "the table copy " + copy + " H2 made while altering a table"));
            }
            torn.addAll(strayKeys);
            for (String table : missing) {
                torn.add(Message.of(
                        "thiếu bảng " + table + " dù lịch sử lược đồ ghi đã tạo",
                        "table " + table + " is missing though the schema history records it created"));
            }
            return torn;
        }
    }

    /** Each table of the first migration (upper case, as H2 names unquoted ones) with its columns. */
    static Map<String, Set<String>> tablesOfFirstMigration() {
        try (InputStream in = InterruptedSchema.class.getClassLoader().getResourceAsStream(FIRST)) {
            if (in == null) {
                throw new IllegalStateException(FIRST + " is missing from the class path");
            }
            Matcher m = CREATE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, Set<String>> tables = new LinkedHashMap<>();
            while (m.find()) {
                Set<String> columns = new LinkedHashSet<>();
                Matcher col = COLUMN.matcher(m.group(2));
                while (col.find()) {
                    String name = col.group(1).toUpperCase(Locale.ROOT);
                    if (!NOT_COLUMNS.contains(name)) {
                        columns.add(name);
                    }
                }
                tables.put(m.group(1).toUpperCase(Locale.ROOT), Set.copyOf(columns));
            }
            return Collections.unmodifiableMap(tables);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
