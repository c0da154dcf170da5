package org.civicplan.storage.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.civicplan.core.Message;
import org.civicplan.core.UnableToStoreException;

/**
 * The few things that differ between the supported databases: column types for the migration
 * placeholders, and the upsert statements. Everything else is portable SQL.
 */
public enum Dialect {
    H2("VARCHAR(64)", "CHARACTER LARGE OBJECT", ""),
    POSTGRESQL("VARCHAR(64) COLLATE \"C\"", "TEXT", ""),
    MARIADB(
            "VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin",
            "MEDIUMTEXT",
            "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin");

    static final String MEASUREMENT_COLUMNS = "portfolio_id, indicator_code, period_code, unit_code,"
            + " period_start, period_end, period_sort, kind, value_text, value_num, numerator, denominator,"
            + " milestone, source_text";
    /**
     * The upsert's parameters, one for each of {@link #MEASUREMENT_COLUMNS} in that order: bound by
     * position with plain JDBC ({@link MeasurementRepo}), which costs a batch of 10^4 values a sixth
     * of the CPU and a fifth of the allocation that binding by name through Jdbi did.
     */
    private static final String MEASUREMENT_VALUES = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";
    /** What PostgreSQL does with a measurement whose key is stored: replaces every other column. */
    static final String PG_MEASUREMENT_CONFLICT =
            " ON CONFLICT (portfolio_id, indicator_code, period_code, unit_code) DO UPDATE SET"
                    + " period_start = EXCLUDED.period_start, period_end = EXCLUDED.period_end,"
                    + " period_sort = EXCLUDED.period_sort, kind = EXCLUDED.kind,"
                    + " value_text = EXCLUDED.value_text, value_num = EXCLUDED.value_num,"
                    + " numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator,"
                    + " milestone = EXCLUDED.milestone, source_text = EXCLUDED.source_text";

    private static final String UNIT_COLUMNS = "portfolio_id, unit_code, name, short_name, kind, parent_code, aliases";
    private static final String UNIT_VALUES = ":portfolio, :code, :name, :shortName, :kind, :parent, :aliases";

    private final String idType;
    private final String textType;
    private final String tableOptions;

    Dialect(String idType, String textType, String tableOptions) {
        this.idType = idType;
        this.textType = textType;
        this.tableOptions = tableOptions;
    }

    /** Recognises the database behind the data source by its product name. */
    public static Dialect of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new UnableToStoreException(
                    Message.of(
                            "Không kết nối được cơ sở dữ liệu để nhận diện loại: " + e.getMessage(),
                            "Cannot connect to the database to recognise its kind: " + e.getMessage()),
                    e);
        }
    }

    static Dialect of(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("h2")) {
            return H2;
        }
        if (name.contains("mariadb") || name.contains("mysql")) {
            return MARIADB;
        }
        if (name.contains("postgres") || name.contains("cockroach") || name.contains("yugabyte")) {
            return POSTGRESQL;
        }
        throw new UnableToStoreException(Message.of(
                "Cơ sở dữ liệu \"" + productName + "\" chưa được hỗ trợ (dùng H2, PostgreSQL, MariaDB hoặc MySQL)",
                "Database \"" + productName + "\" is not supported (use H2, PostgreSQL, MariaDB or MySQL)"));
    }

    /** The Flyway placeholders the migrations use. */
    public Map<String, String> placeholders() {
        return Map.of("cp_id", idType, "cp_text", textType, "cp_table_options", tableOptions);
    }

    /**
     * Inserts a measurement or replaces the one with the same key; its parameters by position, in
     * the order of {@link #MEASUREMENT_COLUMNS}.
     */
    String upsertMeasurement() {
        return switch (this) {
            case H2 ->
                "MERGE INTO measurements (" + MEASUREMENT_COLUMNS
                        + ") KEY (portfolio_id, indicator_code, period_code, unit_code) VALUES (" + MEASUREMENT_VALUES
                        + ")";
            case POSTGRESQL ->
                "INSERT INTO measurements (" + MEASUREMENT_COLUMNS + ") VALUES (" + MEASUREMENT_VALUES + ")"
                        + PG_MEASUREMENT_CONFLICT;
            case MARIADB ->
                "INSERT INTO measurements (" + MEASUREMENT_COLUMNS + ") VALUES (" + MEASUREMENT_VALUES
                        + ") ON DUPLICATE KEY UPDATE period_start = VALUES(period_start),"
                        + " period_end = VALUES(period_end), period_sort = VALUES(period_sort), kind = VALUES(kind),"
                        + " value_text = VALUES(value_text), value_num = VALUES(value_num),"
                        + " numerator = VALUES(numerator), denominator = VALUES(denominator),"
                        + " milestone = VALUES(milestone), source_text = VALUES(source_text)";
        };
    }

    /** Inserts a unit or replaces the one with the same code. */
    String upsertUnit() {
        return switch (this) {
            case H2 ->
                "MERGE INTO units (" + UNIT_COLUMNS + ") KEY (portfolio_id, unit_code) VALUES (" + UNIT_VALUES + ")";
            case POSTGRESQL ->
                "INSERT INTO units (" + UNIT_COLUMNS + ") VALUES (" + UNIT_VALUES
                        + ") ON CONFLICT (portfolio_id, unit_code) DO UPDATE SET name = EXCLUDED.name,"
                        + " short_name = EXCLUDED.short_name, kind = EXCLUDED.kind, parent_code = EXCLUDED.parent_code,"
                        + " aliases = EXCLUDED.aliases";
            case MARIADB ->
                "INSERT INTO units (" + UNIT_COLUMNS + ") VALUES (" + UNIT_VALUES
                        + ") ON DUPLICATE KEY UPDATE name = VALUES(name), short_name = VALUES(short_name),"
                        + " kind = VALUES(kind), parent_code = VALUES(parent_code), aliases = VALUES(aliases)";
        };
    }
}
