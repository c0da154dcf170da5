package org.civicplan.core.period;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A deadline phrase as read by {@link PeriodReader}: the text as written, next to what it means.
 *
 * <p>Three shapes: {@link Dated} (the phrase names its dates: a day, a month, a stage, a range),
 * {@link Anchored} (so many days from something: resolved only when that something's date is
 * known, never guessed) and {@link Recurring} (every month, quarter, half-year or year). The {@link
 * Period} variants other modules switch over stay as they are; {@link #period()} maps a reading
 * onto one when one fits.
 */
public sealed interface Deadline permits Deadline.Dated, Deadline.Anchored, Deadline.Recurring {

    /** The phrase exactly as written. */
    String text();

    /** The last day, when the phrase fixes one. */
    Optional<LocalDate> deadline();

    /** The closest {@link Period} variant, when one fits ("trước ngày 15/11/2021" is a Before). */
    Optional<Period> period();

    /** A stable machine form, e.g. {@code during 2023-09}, {@code at-latest +30d}, {@code every month due=20}. */
    String code();

    /**
     * A phrase that names its own dates.
     *
     * @param named what the phrase names (a day, month, quarter, stage …), if one thing
     * @param start the first day of the span the qualifier gives, if any
     * @param end the last day of that span, if any: the deadline
     * @param time a time of day written with the date ("trước 16h00 ngày …")
     * @param yearInferred true when the year was not written and came from the {@link ParseContext}
     * @param orientation a longer horizon written after a stage ("định hướng đến năm 2030"), as written
     */
    record Dated(
            String text,
            Qualifier qualifier,
            Optional<Period> named,
            Optional<LocalDate> start,
            Optional<LocalDate> end,
            Optional<LocalTime> time,
            boolean yearInferred,
            Optional<String> orientation)
            implements Deadline {
        public Dated {
            requireNonNull(text, "text is null");
            requireNonNull(qualifier, "qualifier is null");
            requireNonNull(named, "named is null");
            requireNonNull(start, "start is null");
            requireNonNull(end, "end is null");
            requireNonNull(time, "time is null");
            requireNonNull(orientation, "orientation is null");
            if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
                throw new IllegalArgumentException("end before start: " + start.get() + ".." + end.get());
            }
        }

        @Override
        public Optional<LocalDate> deadline() {
            return end;
        }

        @Override
        public Optional<Period> period() {
            return switch (qualifier) {
                case BEFORE, AT_LATEST, BY_END -> end.map(Period.Before::new);
                case ON, AROUND, AS_OF -> end.map(Period.OnDate::new);
                case DURING, RANGE -> named.isPresent() ? named : span();
                case EARLY, MIDDLE, LATE -> span();
                case FROM -> Optional.empty();
                case ONGOING -> Optional.of(new Period.Ongoing());
            };
        }

        /** The span as a Period when it is one whole month, quarter, half-year, year or stage. */
        private Optional<Period> span() {
            if (start.isEmpty() || end.isEmpty()) {
                return Optional.empty();
            }
            return Spans.wholePeriod(start.get(), end.get());
        }

        @Override
        public String code() {
            StringBuilder b = new StringBuilder(qualifier.code()).append(' ');
            if (qualifier == Qualifier.FROM) {
                b.append(start.map(LocalDate::toString).orElse("")).append("..");
            } else if (named.isPresent() && !(named.get() instanceof Period.OnDate)) {
                b.append(named.get().code());
            } else if (start.isPresent() && start.equals(end)) {
                b.append(start.get());
            } else {
                b.append(start.map(LocalDate::toString).orElse(""))
                        .append("..")
                        .append(end.map(LocalDate::toString).orElse(""));
            }
            time.ifPresent(t -> b.append(" @").append(t));
            if (yearInferred) {
                b.append(" ~year");
            }
            orientation.ifPresent(o -> b.append(" +orientation"));
            return b.toString();
        }
    }

    /** The unit of an {@link Anchored} offset. */
    enum Unit {
        DAYS("d"),
        WORKING_DAYS("wd"),
        MONTHS("m");

        private final String code;

        Unit(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * "trong 30 ngày kể từ ngày ký", "sau 15 ngày làm việc kể từ ngày nhận", "sau khi Đề án được phê
     * duyệt": an offset from an anchor. The deadline is known only when the anchor's date is; it is
     * then {@link #resolve(LocalDate)}, with working days skipping weekends and {@link
     * VietnamHolidays}.
     *
     * @param amount the offset, or empty for "sau khi …" (as soon as the anchor happens)
     * @param anchor the anchor as written ("ngày ký", "ngày nhận được hồ sơ hợp lệ"); empty if none written
     * @param anchorDate the anchor's date when the context knows it (the document date for "ngày ký")
     */
    record Anchored(
            String text,
            Qualifier qualifier,
            OptionalInt amount,
            Unit unit,
            String anchor,
            Optional<LocalDate> anchorDate)
            implements Deadline {
        public Anchored {
            requireNonNull(text, "text is null");
            requireNonNull(qualifier, "qualifier is null");
            requireNonNull(amount, "amount is null");
            requireNonNull(unit, "unit is null");
            requireNonNull(anchor, "anchor is null");
            requireNonNull(anchorDate, "anchorDate is null");
            if (amount.isPresent() && amount.getAsInt() < 0) {
                throw new IllegalArgumentException("negative offset: " + amount.getAsInt());
            }
        }

        /** The deadline counted from {@code from}, the anchor's date. */
        public LocalDate resolve(LocalDate from) {
            requireNonNull(from, "from is null");
            int n = amount.orElse(0);
            return switch (unit) {
                case DAYS -> from.plusDays(n);
                case WORKING_DAYS -> VietnamHolidays.plusWorkingDays(from, n);
                case MONTHS -> from.plusMonths(n);
            };
        }

        /** True when the anchor's date is known, so {@link #deadline()} is present. */
        public boolean resolved() {
            return anchorDate.isPresent();
        }

        @Override
        public Optional<LocalDate> deadline() {
            return anchorDate.map(this::resolve);
        }

        @Override
        public Optional<Period> period() {
            return deadline().map(Period.Before::new);
        }

        @Override
        public String code() {
            String offset = amount.isPresent() ? "+" + amount.getAsInt() + unit.code() : "+event";
            return qualifier.code() + " " + offset
                    + deadline().map(d -> " =" + d).orElse("");
        }
    }

    /** How often a {@link Recurring} deadline comes back. */
    enum Frequency {
        WEEKLY("week"),
        MONTHLY("month"),
        QUARTERLY("quarter"),
        HALF_YEARLY("half-year"),
        YEARLY("year");

        private final String code;

        Frequency(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * "hằng tháng, trước ngày 20", "định kỳ hằng quý, 6 tháng, năm", "Hằng năm".
     *
     * @param every each frequency named, e.g. quarterly, six-monthly and yearly reports
     * @param dueDay the day of the month the report is due, when stated
     * @param dueMonth the month, for a yearly deadline with day and month ("trước ngày 15/12 hằng năm")
     */
    record Recurring(String text, Set<Frequency> every, OptionalInt dueDay, OptionalInt dueMonth) implements Deadline {
        public Recurring {
            requireNonNull(text, "text is null");
            every = every.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(every));
            requireNonNull(dueDay, "dueDay is null");
            requireNonNull(dueMonth, "dueMonth is null");
            if (every.isEmpty()) {
                throw new IllegalArgumentException("a recurring deadline needs a frequency");
            }
        }

        @Override
        public Optional<LocalDate> deadline() {
            return Optional.empty();
        }

        @Override
        public Optional<Period> period() {
            return every.equals(Set.of(Frequency.YEARLY)) ? Optional.of(new Period.Yearly()) : Optional.empty();
        }

        @Override
        public String code() {
            String frequencies =
                    EnumSet.copyOf(every).stream().map(Frequency::code).collect(Collectors.joining(","));
            String due = dueDay.isPresent() ? " due=" + dueDay.getAsInt() : "";
            String month = dueMonth.isPresent() ? "/" + dueMonth.getAsInt() : "";
            return "every " + frequencies + due + month;
        }
    }
}
