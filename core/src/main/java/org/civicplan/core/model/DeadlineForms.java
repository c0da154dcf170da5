package org.civicplan.core.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;
import org.civicplan.core.period.Deadline;
import org.civicplan.core.period.Period;
import org.civicplan.core.period.Qualifier;

/**
 * A {@link Deadline}'s reading as one line of text, so that a store keeps what a phrase was read as
 * and reads it back equal, never re-reading the words (a later reader, or another reference date,
 * could read them otherwise). The phrase itself is kept beside it.
 *
 * <p>Forms: {@code dated q=at-latest named=2021-11-15 start=2021-11-15 end=2021-11-15 time=16:00
 * year=inferred orientation=định hướng đến năm 2030}, {@code anchored q=before amount=30 unit=d
 * anchorDate=2022-03-01 anchor=ngày ký}, {@code recurring every=month,quarter due=20 month=12}. Parts
 * that are empty are left out; the free text ({@code orientation}, {@code anchor}) comes last and
 * runs to the end.
 */
public final class DeadlineForms {
    private DeadlineForms() {}

    /** The reading of {@code deadline}, without its text. */
    public static String write(Deadline deadline) {
        StringBuilder b = new StringBuilder();
        if (deadline instanceof Deadline.Dated d) {
            b.append("dated q=").append(d.qualifier().code());
            d.named().ifPresent(p -> b.append(" named=").append(p.code()));
            d.start().ifPresent(s -> b.append(" start=").append(s));
            d.end().ifPresent(e -> b.append(" end=").append(e));
            d.time().ifPresent(t -> b.append(" time=").append(t));
            if (d.yearInferred()) {
                b.append(" year=inferred");
            }
            d.orientation().ifPresent(o -> b.append(" orientation=").append(o));
        } else if (deadline instanceof Deadline.Anchored a) {
            b.append("anchored q=").append(a.qualifier().code());
            a.amount().ifPresent(n -> b.append(" amount=").append(n));
            b.append(" unit=").append(a.unit().code());
            a.anchorDate().ifPresent(d -> b.append(" anchorDate=").append(d));
            b.append(" anchor=").append(a.anchor());
        } else if (deadline instanceof Deadline.Recurring r) {
            b.append("recurring every=")
                    .append(EnumSet.copyOf(r.every()).stream()
                            .map(Deadline.Frequency::code)
                            .collect(Collectors.joining(",")));
            r.dueDay().ifPresent(n -> b.append(" due=").append(n));
            r.dueMonth().ifPresent(n -> b.append(" month=").append(n));
        }
        return b.toString();
    }

    /**
     * The deadline {@code text} was read as, from its {@link #write form}; a form that is not one is
     * an {@link InvalidInputException} quoting it.
     */
    public static Deadline read(String text, String form) {
        if (text == null || form == null) {
            throw invalid(String.valueOf(form), "thiếu nội dung", "it is missing");
        }
        try {
            return parse(text, form.strip());
        } catch (DateTimeParseException | InvalidInputException | IllegalArgumentException e) {
            throw invalid(form, "giá trị không đọc được", "a value cannot be read");
        }
    }

    private static Deadline parse(String text, String form) {
        int space = form.indexOf(' ');
        String shape = space < 0 ? form : form.substring(0, space);
        Map<String, String> parts = parts(space < 0 ? "" : form.substring(space + 1));
        Deadline value =
                switch (shape) {
                    case "dated" ->
                        new Deadline.Dated(
                                text,
                                qualifier(parts),
                                opt(parts, "named").map(Period::parse),
                                opt(parts, "start").map(LocalDate::parse),
                                opt(parts, "end").map(LocalDate::parse),
                                opt(parts, "time").map(LocalTime::parse),
                                "inferred".equals(parts.remove("year")),
                                opt(parts, "orientation"));
                    case "anchored" ->
                        new Deadline.Anchored(
                                text,
                                qualifier(parts),
                                opt(parts, "amount")
                                        .map(n -> OptionalInt.of(Integer.parseInt(n)))
                                        .orElse(OptionalInt.empty()),
                                code(Deadline.Unit.class, req(parts, "unit"), Deadline.Unit::code),
                                opt(parts, "anchor").orElse(""),
                                opt(parts, "anchorDate").map(LocalDate::parse));
                    case "recurring" ->
                        new Deadline.Recurring(
                                text,
                                every(req(parts, "every")),
                                opt(parts, "due")
                                        .map(n -> OptionalInt.of(Integer.parseInt(n)))
                                        .orElse(OptionalInt.empty()),
                                opt(parts, "month")
                                        .map(n -> OptionalInt.of(Integer.parseInt(n)))
                                        .orElse(OptionalInt.empty()));
                    default -> throw new IllegalArgumentException("unknown shape " + shape);
                };
        if (!parts.isEmpty()) {
            throw new IllegalArgumentException("unknown parts " + parts.keySet());
        }
        return value;
    }

    /** {@code key=value} parts; {@code orientation} and {@code anchor} run to the end of the form. */
    private static Map<String, String> parts(String rest) {
        Map<String, String> parts = new LinkedHashMap<>();
        String left = rest;
        while (!left.isEmpty()) {
            int eq = left.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("not key=value: " + left);
            }
            String key = left.substring(0, eq);
            String value;
            if (key.equals("orientation") || key.equals("anchor")) {
                value = left.substring(eq + 1);
                left = "";
            } else {
                int end = left.indexOf(' ', eq);
                value = end < 0 ? left.substring(eq + 1) : left.substring(eq + 1, end);
                left = end < 0 ? "" : left.substring(end + 1);
            }
            if (parts.put(key, value) != null) {
                throw new IllegalArgumentException("repeated " + key);
            }
        }
        return parts;
    }

    private static Optional<String> opt(Map<String, String> parts, String key) {
        return Optional.ofNullable(parts.remove(key));
    }

    private static String req(Map<String, String> parts, String key) {
        return opt(parts, key).orElseThrow(() -> new IllegalArgumentException("missing " + key));
    }

    private static Qualifier qualifier(Map<String, String> parts) {
        return code(Qualifier.class, req(parts, "q"), Qualifier::code);
    }

    private static <E extends Enum<E>> E code(Class<E> type, String code, java.util.function.Function<E, String> of) {
        for (E value : type.getEnumConstants()) {
            if (of.apply(value).equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + " " + code);
    }

    private static Set<Deadline.Frequency> every(String codes) {
        Set<Deadline.Frequency> out = EnumSet.noneOf(Deadline.Frequency.class);
        for (String code : codes.split(",", -1)) {
            out.add(code(Deadline.Frequency.class, code, Deadline.Frequency::code));
        }
        return out;
    }

    private static InvalidInputException invalid(String form, String vi, String en) {
        String shown = form.length() > 200 ? form.substring(0, 200) + "…" : form;
        return new InvalidInputException(Message.of(
                "Cách đọc thời hạn không hợp lệ \"" + shown + "\" (" + vi
                        + "); ví dụ đúng: \"dated q=at-latest end=2021-11-15\"",
                "Invalid deadline reading \"" + shown + "\" (" + en + "); e.g. \"dated q=at-latest end=2021-11-15\""));
    }
}
