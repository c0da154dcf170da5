package org.civicplan.core.period;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicplan.core.period.Spans.Span;

/**
 * Ranges and open starts: "từ ngày 1/3/2022 đến ngày 30/6/2022", "từ tháng 4 đến tháng 6/2023"
 * (the start borrows the end's year, as a reader does), "từ năm 2022 đến năm 2025", "tháng 11 và
 * tháng 12 năm 2022", and "từ ngày 1/7/2022" with no end.
 */
final class RangeForms {
    private static final Pattern FROM_TO = Pattern.compile("tu (.+?) (?:den het|den|toi) (.+)");
    private static final Pattern AND = Pattern.compile("(.+?) va (.+)");
    private static final Pattern FROM = Pattern.compile("(?:ke )?tu (.+)");

    private RangeForms() {}

    /** A range or open start, or null when the key is neither. */
    static Result read(String key, String text, ParseContext ctx) {
        String[] parts = split(key);
        return parts == null ? null : read(parts, text, ctx);
    }

    /** {@link #read} with the key cut by the patterns. */
    static Result readByPatterns(String key, String text, ParseContext ctx) {
        String[] parts = splitByPatterns(key);
        return parts == null ? null : read(parts, text, ctx);
    }

    /**
     * How the key reads as a range: {start, end} for "tu … den …" ({@link #FROM_TO}) or "… va …"
     * ({@link #AND}), {start} for an open start "[ke ]tu …" ({@link #FROM}), null for none. By hand:
     * the first "den het", "den" or "toi" (in that order at one place) after "tu ", or the first "va",
     * with at least one character on either side, as the patterns' reluctant groups take them.
     */
    static String[] split(String key) {
        int n = key.length();
        if (key.startsWith("tu ")) {
            for (int p = 4; p < n; p++) {
                if (key.charAt(p) != ' ') {
                    continue;
                }
                int end = key.startsWith(" den het ", p) && p + 9 < n
                        ? p + 9
                        : (key.startsWith(" den ", p) || key.startsWith(" toi ", p)) && p + 5 < n ? p + 5 : -1;
                if (end > 0) {
                    return new String[] {key.substring(3, p), key.substring(end)};
                }
            }
        }
        for (int p = key.indexOf(" va ", 1); p > 0; p = key.indexOf(" va ", p + 1)) {
            if (p + 4 < n) {
                return new String[] {key.substring(0, p), key.substring(p + 4)};
            }
        }
        if (key.startsWith("ke tu ") && n > 6) {
            return new String[] {key.substring(6)};
        }
        if (key.startsWith("tu ") && n > 3) {
            return new String[] {key.substring(3)};
        }
        return null;
    }

    /** {@link #split} by the patterns. */
    static String[] splitByPatterns(String key) {
        Matcher m;
        if ((m = FROM_TO.matcher(key)).matches() || (m = AND.matcher(key)).matches()) {
            return new String[] {m.group(1), m.group(2)};
        }
        if ((m = FROM.matcher(key)).matches()) {
            return new String[] {m.group(1)};
        }
        return null;
    }

    private static Result read(String[] parts, String text, ParseContext ctx) {
        if (parts.length == 2) {
            Span end = DateForms.read(parts[1], text, ctx);
            if (end == null) {
                return null;
            }
            Span start = startOf(parts[0], text, ctx, end);
            if (start == null) {
                return null;
            }
            if (start.start().isAfter(end.end())) {
                throw Refusals.reversed(
                        text, start.start().toString(), end.end().toString());
            }
            Period whole = Spans.wholePeriod(start.start(), end.end()).orElse(null);
            return new Result(
                    Qualifier.RANGE,
                    new Span(start.start(), end.end(), whole, start.yearInferred() || end.yearInferred()),
                    null);
        }
        LeadWords.Lead lead = LeadWords.strip(parts[0]);
        Span start = DateForms.read(lead.rest(), text, ctx);
        if (start == null) {
            return null;
        }
        if (start.named() instanceof Period.MultiYear) {
            // "từ năm 2022-2024": a stage after "từ" is the whole range, not an open start
            return new Result(Qualifier.RANGE, start, lead.time());
        }
        Qualifier part = lead.qualifier();
        if (!start.isDay() && (part == Qualifier.EARLY || part == Qualifier.MIDDLE || part == Qualifier.LATE)) {
            // "từ cuối năm 2024": from the start of its last third
            start = Spans.third(start, part == Qualifier.EARLY ? 1 : part == Qualifier.MIDDLE ? 2 : 3);
        }
        return new Result(Qualifier.FROM, start, lead.time());
    }

    /** The start, which may leave out the year the end writes ("từ tháng 4 đến tháng 6/2023"). */
    private static Span startOf(String key, String text, ParseContext ctx, Span end) {
        if (key.equals("dau nam") || key.equals("dau thang")) {
            // "từ đầu năm đến ngày 20/10": the start of the end's year (or month)
            LocalDate first = key.equals("dau nam")
                    ? end.start().withDayOfYear(1)
                    : end.start().withDayOfMonth(1);
            return new Span(first, first, new Period.OnDate(first), end.yearInferred());
        }
        try {
            return DateForms.read(key, text, ParseContext.none());
        } catch (InvalidPeriodException e) {
            if (e.kind() != RefusalKind.NEEDS_REFERENCE_DATE) {
                throw e;
            }
        }
        LocalDate endDay = end.end();
        Span start = DateForms.read(key, text, ParseContext.referenceDate(endDay));
        if (start == null) {
            return null;
        }
        // the year comes from the phrase itself, unless the end's year was inferred too
        Span borrowed = new Span(start.start(), start.end(), start.named(), end.yearInferred());
        return borrowed.start().isAfter(endDay) ? shiftBack(borrowed) : borrowed;
    }

    /** "từ tháng 11 đến tháng 2/2023": the start is in the year before. */
    private static Span shiftBack(Span s) {
        LocalDate start = s.start().minusYears(1);
        LocalDate end = s.end().minusYears(1);
        return new Span(
                start,
                end,
                Spans.wholePeriod(start, end).orElse(start.equals(end) ? new Period.OnDate(start) : null),
                s.yearInferred());
    }

    /** The qualifier a range form gives and its span. */
    record Result(Qualifier qualifier, Span span, java.time.LocalTime time) {}
}
