package org.civicplan.storage.jdbc.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.civicplan.core.Labelled;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;

/** Column conversions shared by the repositories. */
final class Rows {
    static final LocalDate NO_DATE = LocalDate.of(9999, 12, 31);

    private Rows() {}

    static Optional<String> string(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    static Optional<Integer> integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    static Optional<Long> longValue(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    static Optional<LocalDate> date(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, LocalDate.class));
    }

    static Optional<Period> period(ResultSet rs, String codeColumn) throws SQLException {
        return string(rs, codeColumn).map(Period::parse);
    }

    static Date sqlDate(Optional<LocalDate> date) {
        return date.map(Date::valueOf).orElse(null);
    }

    static Date sqlDate(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    static Date start(Optional<Period> period) {
        return sqlDate(period.flatMap(Period::start));
    }

    static Date end(Optional<Period> period) {
        return sqlDate(period.flatMap(Period::end));
    }

    static String code(Optional<? extends Labelled> value) {
        return value.map(Labelled::code).orElse(null);
    }

    static String periodCode(Optional<Period> period) {
        return period.map(Period::code).orElse(null);
    }

    static Optional<Instant> instant(ResultSet rs, String seconds, String nanos) throws SQLException {
        Optional<Long> s = longValue(rs, seconds);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(s.get(), rs.getInt(nanos)));
    }

    static Long seconds(Optional<Instant> at) {
        return at.map(Instant::getEpochSecond).orElse(null);
    }

    static Integer nanos(Optional<Instant> at) {
        return at.map(Instant::getNano).orElse(null);
    }

    static Vnd vnd(ResultSet rs, String column) throws SQLException {
        return new Vnd(rs.getBigDecimal(column).toBigIntegerExact());
    }

    /** A decimal for a DECIMAL(38,10) column used by SQL aggregates (exact values are kept as text). */
    static BigDecimal numeric(BigDecimal value) {
        return value == null ? null : value.setScale(10, RoundingMode.HALF_EVEN);
    }
}
