package org.civicplan.core.period;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Lang;
import org.civicplan.core.Message;

/**
 * A period or deadline as Vietnamese plans write it: a month, quarter, half-year, year, a multi-year
 * stage, "before a date", a single date, recurring yearly ("Hằng năm") or ongoing ("Thường xuyên").
 *
 * <p>{@link #parse(String)} reads what officials type; {@link #format(Lang)} writes the canonical
 * form, which parses back to an equal value; {@link #code()} is a stable machine form ({@code
 * 2021-H1}) that also parses.
 */
public sealed interface Period
        permits Period.Month,
                Period.Quarter,
                Period.HalfYear,
                Period.Year,
                Period.MultiYear,
                Period.Before,
                Period.OnDate,
                Period.Yearly,
                Period.Ongoing {

    /** First day, or empty for a recurring or ongoing period. */
    Optional<LocalDate> start();

    /** Last day (inclusive), or empty for a recurring or ongoing period. */
    Optional<LocalDate> end();

    /** Stable type name used in JSON and SQL. */
    String typeName();

    /** Stable machine form, e.g. {@code 2021-07}, {@code 2021-Q3}, {@code 2021-H1}, {@code 2021-2025}. */
    String code();

    /** Canonical human form in the given language; the Vietnamese form parses back to an equal value. */
    default String format(Lang lang) {
        return PeriodFormat.format(this, lang);
    }

    /** True when the period has both a start and an end. */
    default boolean bounded() {
        return end().isPresent();
    }

    /** The date something due "in" this period is due: its last day. */
    default Optional<LocalDate> deadline() {
        return end();
    }

    /** True when {@code date} lies inside this bounded period. */
    default boolean contains(LocalDate date) {
        return start().isPresent() && !date.isBefore(start().get()) && !date.isAfter(end().get());
    }

    /** True when this bounded period lies wholly inside {@code other} (a bounded period). */
    default boolean within(Period other) {
        if (!bounded() || !other.bounded()) {
            return false;
        }
        return !start().get().isBefore(other.start().get())
                && !end().get().isAfter(other.end().get());
    }

    /** Parses what an official typed; throws {@link InvalidPeriodException} naming the text. */
    static Period parse(String text) {
        return PeriodParser.parse(text);
    }

    static Month month(int year, int month) {
        return new Month(YearMonth.of(year, month));
    }

    static Quarter quarter(int year, int quarter) {
        return new Quarter(year, quarter);
    }

    static HalfYear firstHalf(int year) {
        return new HalfYear(year, 1);
    }

    static HalfYear secondHalf(int year) {
        return new HalfYear(year, 2);
    }

    static Year year(int year) {
        return new Year(year);
    }

    static MultiYear years(int from, int to) {
        return new MultiYear(from, to);
    }

    /** "Tháng 7/2021". */
    record Month(YearMonth month) implements Period {
        public Month {
            requireNonNull(month, "month is null");
            PeriodChecks.checkYear(month.getYear());
        }

        @Override
        public Optional<LocalDate> start() {
            return Optional.of(month.atDay(1));
        }

        @Override
        public Optional<LocalDate> end() {
            return Optional.of(month.atEndOfMonth());
        }

        @Override
        public String typeName() {
            return "month";
        }

        @Override
        public String code() {
            return month.toString();
        }

        /** The canonical code, as {@link #code()}: what logs and messages show. */
        @Override
        public String toString() {
            return code();
        }
    }

    /** "Quý III/2021". */
    record Quarter(int year, int quarter) implements Period {
        public Quarter {
            PeriodChecks.checkYear(year);
            if (quarter < 1 || quarter > 4) {
                throw new InvalidInputException(Message.of(
                        "quý phải từ I đến IV (1..4), không phải " + quarter, "quarter must be 1..4, not " + quarter));
            }
        }

        @Override
        public Optional<LocalDate> start() {
            return Optional.of(LocalDate.of(year, (quarter - 1) * 3 + 1, 1));
        }

        @Override
        public Optional<LocalDate> end() {
            return Optional.of(YearMonth.of(year, quarter * 3).atEndOfMonth());
        }

        @Override
        public String typeName() {
            return "quarter";
        }

        @Override
        public String code() {
            return year + "-Q" + quarter;
        }

        /** The canonical code, as {@link #code()}: what logs and messages show. */
        @Override
        public String toString() {
            return code();
        }
    }

    /** "6 tháng đầu năm 2021" (half 1) or "6 tháng cuối năm 2021" (half 2). */
    record HalfYear(int year, int half) implements Period {
        public HalfYear {
            PeriodChecks.checkYear(year);
            if (half < 1 || half > 2) {
                throw new InvalidInputException(
                        Message.of("nửa năm phải là 1 hoặc 2, không phải " + half, "half must be 1 or 2, not " + half));
            }
        }

        @Override
        public Optional<LocalDate> start() {
            return Optional.of(LocalDate.of(year, half == 1 ? 1 : 7, 1));
        }

        @Override
        public Optional<LocalDate> end() {
            return Optional.of(half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31));
        }

        @Override
        public String typeName() {
            return "half-year";
        }

        @Override
        public String code() {
            return year + "-H" + half;
        }

        /** The canonical code, as {@link #code()}: what logs and messages show. */
        @Override
        public String toString() {
            return code();
        }
    }

    /** "Năm 2022". */
    record Year(int year) implements Period {
        public Year {
            PeriodChecks.checkYear(year);
        }

        @Override
        public Optional<LocalDate> start() {
            return Optional.of(LocalDate.of(year, 1, 1));
        }

        @Override
        public Optional<LocalDate> end() {
            return Optional.of(LocalDate.of(year, 12, 31));
        }

        @Override
        public String typeName() {
            return "year";
        }

        @Override
        public String code() {
            return Integer.toString(year);
        }

        /** The canonical code, as {@link #code()}: what logs and messages show. */
        @Override
        public String toString() {
            return code();
        }
    }

    /** "2021-2025", "Giai đoạn 2021 - 2025". */
    record MultiYear(int from, int to) implements Period {
        public MultiYear {
            PeriodChecks.checkYear(from);
            PeriodChecks.checkYear(to);
            if (to <= from) {
                throw new InvalidInputException(Message.of(
                        "giai đoạn nhiều năm phải kết thúc sau khi bắt đầu, không phải " + from + "-" + to,
                        "a multi-year period must end after it starts, not " + from + "-" + to));
            }
        }

        @Override
        public Optional<LocalDate> start() {
            return Optional.of(LocalDate.of(from, 1, 1));
        }

        @Override
        public Optional<LocalDate> end() {
            return Optional.of(LocalDate.of(to, 12, 31));
        }

        @Override
        public String typeName() {
            return "multi-year";
        }

        @Override
        public String code() {
            return from + "-" + to;
        }

        /** The canonical code, as {@link #code()}: what logs and messages show. */
        @Override
        public String toString() {
            return code();
        }
    }

    /**
     * "Trước 26/7/2021", "Trước ngày 26/7/2021": due on or before the date. It has no start of its
     * own; {@link #start()} is empty but {@link #end()} is the date, so it is bounded for deadlines.
     */
    record Before(LocalDate date) implements Period {
        public Before {
            requireNonNull(date, "date is null");
            PeriodChecks.checkYear(date.getYear());
        }

        @Override
        public Optional<LocalDate> start() {
            return Optional.empty();
        }

        @Override
        public Optional<LocalDate> end() {
            return Optional.of(date);
        }

        @Override
        public boolean bounded() {
            return true;
        }

        @Override
        public boolean contains(LocalDate day) {
            return !day.isAfter(date);
        }

        @Override
        public boolean within(Period other) {
            return other.bounded() && other.contains(date);
        }

        @Override
        public String typeName() {
            return "before";
        }

        @Override
        public String code() {
            return "before-" + date;
        }

        /** The canonical code, as {@link #code()}: what logs and messages show. */
        @Override
        public String toString() {
            return code();
        }
    }

    /** A single date, "26/7/2021". */
    record OnDate(LocalDate date) implements Period {
        public OnDate {
            requireNonNull(date, "date is null");
            PeriodChecks.checkYear(date.getYear());
        }

        @Override
        public Optional<LocalDate> start() {
            return Optional.of(date);
        }

        @Override
        public Optional<LocalDate> end() {
            return Optional.of(date);
        }

        @Override
        public String typeName() {
            return "date";
        }

        @Override
        public String code() {
            return date.toString();
        }

        /** The canonical code, as {@link #code()}: what logs and messages show. */
        @Override
        public String toString() {
            return code();
        }
    }

    /** "Hằng năm" / "Hàng năm": recurring every year, no single deadline. */
    record Yearly() implements Period {
        @Override
        public Optional<LocalDate> start() {
            return Optional.empty();
        }

        @Override
        public Optional<LocalDate> end() {
            return Optional.empty();
        }

        @Override
        public String typeName() {
            return "yearly";
        }

        @Override
        public String code() {
            return "yearly";
        }

        /** The canonical code, as {@link #code()}: what logs and messages show. */
        @Override
        public String toString() {
            return code();
        }
    }

    /** "Thường xuyên": ongoing, no deadline. */
    record Ongoing() implements Period {
        @Override
        public Optional<LocalDate> start() {
            return Optional.empty();
        }

        @Override
        public Optional<LocalDate> end() {
            return Optional.empty();
        }

        @Override
        public String typeName() {
            return "ongoing";
        }

        @Override
        public String code() {
            return "ongoing";
        }

        /** The canonical code, as {@link #code()}: what logs and messages show. */
        @Override
        public String toString() {
            return code();
        }
    }
}
