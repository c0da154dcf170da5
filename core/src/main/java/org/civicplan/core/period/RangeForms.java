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
        Matcher m;
        if ((m = FROM_TO.matcher(key)).matches() || (m = AND.matcher(key)).matches()) {
            Span end = DateForms.read(m.group(2), text, ctx);
            if (end == null) {
                return null;
            }
            Span start = startOf(m.group(1), text, ctx, end);
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
        if ((m = FROM.matcher(key)).matches()) {
            LeadWords.Lead lead = LeadWords.strip(m.group(1));
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
        return null;
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
