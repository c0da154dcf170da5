package org.civicplan.core.period;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicplan.core.period.Spans.Span;

/**
 * The date forms a phrase rests on once its lead words are gone: a day ("20/11/2022", "ngày 15/3"),
 * a month ("tháng 6/2023", "tháng 9"), a quarter ("quý II/2023", "quý 2-2024"), a half-year, a year
 * ("năm 2022", "cả năm"), a stage ("giai đoạn 2021-2025"). A form without its year takes it from the
 * {@link ParseContext} and says so; without one it is refused, naming the part that needs a year.
 */
final class DateForms {
    private static final String YEAR = "(\\d{1,9})";
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DMY = Pattern.compile("(?:ngay )?(\\d{1,2})/(\\d{1,2})/" + YEAR);
    private static final Pattern DM = Pattern.compile("(?:ngay )?(\\d{1,2})/(\\d{1,2})");
    private static final Pattern MY = Pattern.compile("(?:thang )?(\\d{1,2})/(\\d{3,9})");
    private static final Pattern MY_SHORT = Pattern.compile("thang (\\d{1,2})/(\\d{2})");
    private static final Pattern M = Pattern.compile("thang (\\d{1,2})");
    private static final Pattern QUARTER = Pattern.compile("(?:quy|q) ?([ivx]+|\\d)(?:(?:/|-| nam | )" + YEAR + ")?");
    private static final Pattern HALF = Pattern.compile("(?:6|sau|06) thang (dau|cuoi)(?: nam)?(?: " + YEAR + ")?");
    private static final Pattern HALF_AMBIGUOUS = Pattern.compile("(?:6|sau|06) thang(?: nam)? (\\d{4})");
    private static final Pattern HALF_WORD = Pattern.compile("nua (dau|cuoi) nam(?: " + YEAR + ")?");
    /** "4 tháng đầu năm 2025", "9 tháng cuối năm": the first or last months of a year. */
    private static final Pattern MONTHS_OF_YEAR =
            Pattern.compile("(\\d{1,2}) thang (dau|cuoi)(?: nam)?(?: " + YEAR + ")?");

    private static final Pattern YEAR_FORM = Pattern.compile("(?:ca )?(?:nam )?(\\d{4})");
    private static final Pattern STAGE =
            Pattern.compile("(?:ca |giai doan |thoi ky |nhiem ky |ke hoach |nam |\\d{1,2} nam )*(\\d{4})-(\\d{2,4})");
    /** "10 tháng năm 2025", "9 tháng năm 2024": the months of a year so far (six stays ambiguous). */
    private static final Pattern MONTHS_TO_DATE = Pattern.compile("(\\d{1,2}) thang nam " + YEAR);

    /** Anything date-like inside a phrase, for the nearest reading of a refusal. */
    private static final Pattern ANY = Pattern.compile(
            "\\d{1,2}/\\d{1,2}/\\d{4}|(?:thang )?\\d{1,2}/\\d{4}|quy [ivx]+/\\d{4}|\\d{4}-\\d{4}|nam \\d{4}");

    private DateForms() {}

    /** The span the whole of {@code key} names, or null when it is none of these forms. */
    static Span read(String key, String text, ParseContext ctx) {
        if (key.isEmpty()) {
            return null;
        }
        Span plain = plain(key);
        if (plain != null) {
            return plain;
        }
        Span yearless = yearless(key, text, ctx);
        if (yearless != null) {
            return yearless;
        }
        Span part = partOfYear(key, text, ctx);
        return part != null ? part : readByPatterns(key, text, ctx);
    }

    /**
     * "ngay D/M", "D/M" and "thang M", their year from the context: what {@link #DM} and {@link #M}
     * read in {@link #readByPatterns} (the first of its patterns to match these keys), by hand, with
     * the same refusals; null for every other key.
     */
    static Span yearless(String key, String text, ParseContext ctx) {
        int n = key.length();
        boolean monthWord = key.startsWith("thang ");
        int i = key.startsWith("ngay ") ? 5 : monthWord ? 6 : 0;
        int a = i;
        while (a < n && a - i < 3 && isDigit(key.charAt(a))) {
            a++;
        }
        if (a == i || a - i > 2) {
            return null;
        }
        if (monthWord) {
            if (a != n) {
                return null;
            }
            // the numbers are read in place; a refusal's words are made only when it refuses
            int month = Integer.parseInt(key, i, a, 10);
            if (month < 1 || month > 12) {
                throw Refusals.noSuchPart(text, "tháng " + key.substring(i, a));
            }
            LocalDate ref = ctx.reference().orElse(null);
            if (ref == null) {
                throw Refusals.needsReference(text, "tháng " + month);
            }
            return Span.of(new Period.Month(YearMonth.of(Spans.nearestYear(month, ref), month)), true);
        }
        if (a == n || key.charAt(a) != '/') {
            return null;
        }
        int b = a + 1;
        while (b < n && b - a - 1 < 3 && isDigit(key.charAt(b))) {
            b++;
        }
        if (b != n || b == a + 1 || b - a - 1 > 2) {
            return null;
        }
        // "D/M" as written is key[i..b)
        int month = Integer.parseInt(key, a + 1, b, 10);
        int day = Integer.parseInt(key, i, a, 10);
        LocalDate ref = ctx.reference().orElse(null);
        if (ref == null) {
            throw Refusals.needsReference(text, key.substring(i, b));
        }
        if (month < 1 || month > 12) {
            throw Refusals.notADate(text, key.substring(i, b));
        }
        int year = Spans.nearestYear(month, day, ref);
        try {
            return Span.day(LocalDate.of(year, month, day), true);
        } catch (DateTimeException e) {
            throw Refusals.notADate(text, key.substring(i, b) + "/" + year);
        }
    }

    /** {@link #read} without the hand-written {@link #plain} forms in front. */
    static Span readByPatterns(String key, String text, ParseContext ctx) {
        if (key.isEmpty()) {
            return null;
        }
        // a cheap look at the first character spares the patterns that cannot match
        char lead = key.charAt(0);
        boolean digit = lead >= '0' && lead <= '9';
        boolean dayForm = digit || key.startsWith("ngay ");
        boolean monthForm = digit || key.startsWith("thang ");
        Matcher m;
        if (!dayForm && !monthForm && "qsnctgk".indexOf(lead) < 0) {
            return null;
        }
        // each pattern below is tried only where a character it needs is there (a matcher costs more
        // than these looks)
        int slash = key.indexOf('/');
        boolean twoSlashes = slash >= 0 && key.indexOf('/', slash + 1) >= 0;
        boolean monthsWord = key.contains(" thang");
        if (digit && key.length() == 10 && key.charAt(4) == '-' && (m = ISO.matcher(key)).matches()) {
            return Span.day(date(text, key, m.group(3), m.group(2), year(text, m.group(1))), false);
        }
        if (dayForm && twoSlashes && (m = DMY.matcher(key)).matches()) {
            return Span.day(date(text, key, m.group(1), m.group(2), year(text, m.group(3))), false);
        }
        if (dayForm && slash >= 0 && (m = DM.matcher(key)).matches()) {
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(1));
            LocalDate ref = reference(text, ctx, m.group(1) + "/" + m.group(2));
            if (month < 1 || month > 12) {
                throw Refusals.notADate(text, m.group(1) + "/" + m.group(2));
            }
            return Span.day(date(text, key, m.group(1), m.group(2), Spans.nearestYear(month, day, ref)), true);
        }
        if (monthForm && slash >= 0 && (m = MY.matcher(key)).matches()) {
            return Span.of(new Period.Month(YearMonth.of(year(text, m.group(2)), month(text, m.group(1)))), false);
        }
        if (monthForm && slash >= 0 && (m = MY_SHORT.matcher(key)).matches()) {
            throw Refusals.yearNotInFull(text, m.group(2));
        }
        if (monthForm && key.startsWith("thang ") && (m = M.matcher(key)).matches()) {
            int month = month(text, m.group(1));
            LocalDate ref = reference(text, ctx, "tháng " + month);
            return Span.of(new Period.Month(YearMonth.of(Spans.nearestYear(month, ref), month)), true);
        }
        if (lead == 'q' && (m = QUARTER.matcher(key)).matches()) {
            int quarter = quarter(text, m.group(1));
            if (m.group(2) != null) {
                return Span.of(new Period.Quarter(year(text, m.group(2)), quarter), false);
            }
            LocalDate ref = reference(text, ctx, "quý " + m.group(1).toUpperCase(java.util.Locale.ROOT));
            return Span.of(new Period.Quarter(ref.getYear(), quarter), true);
        }
        if (((digit || lead == 's') && monthsWord && (m = HALF.matcher(key)).matches())
                || (lead == 'n' && key.startsWith("nua ") && (m = HALF_WORD.matcher(key)).matches())) {
            return half(text, ctx, m.group(1).equals("dau") ? 1 : 2, m.group(2));
        }
        if (digit && monthsWord && (m = MONTHS_OF_YEAR.matcher(key)).matches()) {
            return monthsOfYear(text, ctx, m.group(1), m.group(2).equals("dau"), m.group(3));
        }
        if (digit && monthsWord && (m = MONTHS_TO_DATE.matcher(key)).matches()) {
            int months = Integer.parseInt(m.group(1));
            if (months < 1 || months > 12) {
                throw Refusals.noSuchPart(text, m.group(1) + " tháng");
            }
            if (months != 6) {
                int year = year(text, m.group(2));
                LocalDate start = LocalDate.of(year, 1, 1);
                LocalDate end = YearMonth.of(year, months).atEndOfMonth();
                return new Span(start, end, Spans.wholePeriod(start, end).orElse(null), false);
            }
        }
        if ((digit || lead == 's') && monthsWord && HALF_AMBIGUOUS.matcher(key).matches()) {
            throw Refusals.ambiguousHalf(text);
        }
        boolean digitLast = isDigit(key.charAt(key.length() - 1));
        if (digitLast && key.length() <= 11 && (m = YEAR_FORM.matcher(key)).matches()) {
            return Span.of(new Period.Year(year(text, m.group(1))), false);
        }
        if (key.equals("ca nam") || key.equals("nam nay") || key.equals("trong nam")) {
            LocalDate ref = reference(text, ctx, "cả năm");
            return Span.of(new Period.Year(ref.getYear()), true);
        }
        if (digitLast && key.indexOf('-') > 0 && (m = STAGE.matcher(key)).matches()) {
            if (m.group(2).length() < 4) {
                throw Refusals.yearNotInFull(text, m.group(2));
            }
            int from = year(text, m.group(1));
            int to = year(text, m.group(2));
            if (to < from) {
                throw Refusals.reversed(text, m.group(1), m.group(2));
            }
            return Span.of(from == to ? new Period.Year(from) : new Period.MultiYear(from, to), false);
        }
        return null;
    }

    /** A half-year ("6 tháng đầu năm 2024"), its year from the context when {@code yearDigits} is null. */
    private static Span half(String text, ParseContext ctx, int half, String yearDigits) {
        if (yearDigits != null) {
            return Span.of(new Period.HalfYear(year(text, yearDigits), half), false);
        }
        LocalDate ref = reference(text, ctx, half == 1 ? "6 tháng đầu năm" : "6 tháng cuối năm");
        return Span.of(new Period.HalfYear(ref.getYear(), half), true);
    }

    /** The first or last months of a year ("4 tháng đầu năm 2025"). */
    private static Span monthsOfYear(
            String text, ParseContext ctx, String monthsDigits, boolean first, String yearDigits) {
        int months = Integer.parseInt(monthsDigits);
        if (months < 1 || months > 12) {
            throw Refusals.noSuchPart(text, monthsDigits + " tháng");
        }
        boolean inferred = yearDigits == null;
        int year = inferred
                ? reference(text, ctx, monthsDigits + " tháng " + (first ? "đầu" : "cuối") + " năm")
                        .getYear()
                : year(text, yearDigits);
        LocalDate start = first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 13 - months, 1);
        LocalDate end = first ? YearMonth.of(year, months).atEndOfMonth() : LocalDate.of(year, 12, 31);
        return new Span(start, end, Spans.wholePeriod(start, end).orElse(null), inferred);
    }

    /**
     * "N tháng đầu/cuối [năm] [yyyy]" by hand: what {@link #HALF} (N = 6, 06, "sau") and {@link
     * #MONTHS_OF_YEAR} (N of one or two digits) read in {@link #readByPatterns}, the first of its
     * patterns to match these keys; null for every other key.
     */
    static Span partOfYear(String key, String text, ParseContext ctx) {
        int n = key.length();
        int i = 0;
        while (i < n && i < 3 && isDigit(key.charAt(i))) {
            i++;
        }
        boolean sau = i == 0 && key.startsWith("sau ");
        if (sau) {
            i = 3;
        } else if (i == 0 || i > 2) {
            return null;
        }
        if (!key.startsWith(" thang ", i)) {
            return null;
        }
        int at = i + 7;
        boolean first;
        if (key.startsWith("dau", at)) {
            first = true;
            at += 3;
        } else if (key.startsWith("cuoi", at)) {
            first = false;
            at += 4;
        } else {
            return null;
        }
        if (key.startsWith(" nam", at)) {
            at += 4;
        }
        String yearDigits = null;
        if (at < n) {
            if (key.charAt(at) != ' ') {
                return null;
            }
            int y = at + 1;
            int e = y;
            while (e < n && isDigit(key.charAt(e))) {
                e++;
            }
            if (e != n || e == y || e - y > 9) {
                return null;
            }
            yearDigits = key.substring(y, e);
        }
        String count = key.substring(0, i);
        if (sau || count.equals("6") || count.equals("06")) {
            return half(text, ctx, first ? 1 : 2, yearDigits);
        }
        return monthsOfYear(text, ctx, count, first, yearDigits);
    }

    private static final String[] STAGE_WORDS = {"giai doan ", "thoi ky ", "nhiem ky ", "ke hoach ", "ca ", "nam "};

    /**
     * The plain forms read by hand before any pattern, since most phrases are one of them: "[ngay
     * ]d/M/yyyy", "[thang ]M/yyyy", "quy X/yyyy", "[ca ][nam ]yyyy" and "[giai doan ]yyyy-yyyy".
     * Null when the key is not exactly one of these, or when a number is out of range, so the
     * patterns below read it or say why not; what this returns is what they would.
     */
    static Span plain(String key) {
        int n = key.length();
        int i = 0;
        char kind = ' ';
        if (key.startsWith("ngay ")) {
            i = 5;
            kind = 'd';
        } else if (key.startsWith("thang ")) {
            i = 6;
            kind = 'm';
        } else if (key.startsWith("quy ")) {
            return plainQuarter(key);
        } else {
            boolean more = true;
            while (more) {
                more = false;
                for (String word : STAGE_WORDS) {
                    if (key.startsWith(word, i)) {
                        i += word.length();
                        kind = kind == ' ' || kind == 'y'
                                ? (word.equals("ca ") || word.equals("nam ") ? 'y' : 's')
                                : 's';
                        more = true;
                        break;
                    }
                }
            }
        }
        int aStart = i;
        while (i < n && isDigit(key.charAt(i))) {
            i++;
        }
        int aLength = i - aStart;
        if (aLength == 0 || aLength > 4) {
            return null;
        }
        int a = Integer.parseInt(key, aStart, i, 10);
        if (i == n) {
            // the words before the year are "", "ca ", "nam " or "ca nam " (looked at in place)
            boolean yearWords = aStart == 0
                    || (aStart == 3 && key.startsWith("ca "))
                    || (aStart == 4 && key.startsWith("nam "))
                    || (aStart == 7 && key.startsWith("ca nam "));
            return aLength == 4 && yearWords && inRange(a) ? Span.of(new Period.Year(a), false) : null;
        }
        char separator = key.charAt(i++);
        int bStart = i;
        while (i < n && isDigit(key.charAt(i))) {
            i++;
        }
        int bLength = i - bStart;
        if (bLength == 0 || bLength > 4) {
            return null;
        }
        int b = Integer.parseInt(key, bStart, i, 10);
        if (separator == '-') {
            // a stage "2021-2025"; anything else with a dash is left to the patterns
            return i == n
                            && aLength == 4
                            && bLength == 4
                            && kind != 'd'
                            && kind != 'm'
                            && inRange(a)
                            && inRange(b)
                            && b > a
                    ? Span.of(new Period.MultiYear(a, b), false)
                    : null;
        }
        if (separator != '/' || aLength > 2 || kind == 's' || kind == 'y') {
            return null;
        }
        if (i == n) {
            return kind != 'd' && bLength == 4 && inRange(b) && a >= 1 && a <= 12
                    ? Span.of(new Period.Month(YearMonth.of(b, a)), false)
                    : null;
        }
        if (kind == 'm' || bLength > 2 || key.charAt(i++) != '/') {
            return null;
        }
        int cStart = i;
        while (i < n && isDigit(key.charAt(i))) {
            i++;
        }
        if (i != n || i - cStart != 4) {
            return null;
        }
        int c = Integer.parseInt(key, cStart, i, 10);
        if (!inRange(c) || b < 1 || b > 12 || a < 1 || a > java.time.Month.of(b).length(java.time.Year.isLeap(c))) {
            return null;
        }
        return Span.day(LocalDate.of(c, b, a), false);
    }

    /** "quy III/2023", "quy 2/2024": a quarter with its year, else null. */
    private static Span plainQuarter(String key) {
        int slash = key.indexOf('/');
        if (slash < 0 || key.length() - slash != 5) {
            return null;
        }
        int quarter =
                switch (key.substring(4, slash)) {
                    case "i", "1" -> 1;
                    case "ii", "2" -> 2;
                    case "iii", "3" -> 3;
                    case "iv", "4" -> 4;
                    default -> 0;
                };
        for (int i = slash + 1; i < key.length(); i++) {
            if (!isDigit(key.charAt(i))) {
                return null;
            }
        }
        int year = Integer.parseInt(key, slash + 1, key.length(), 10);
        return quarter == 0 || !inRange(year) ? null : Span.of(new Period.Quarter(year, quarter), false);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean inRange(int year) {
        return year >= PeriodChecks.MIN_YEAR && year <= PeriodChecks.MAX_YEAR;
    }

    /** The first date-like part of a phrase, or null. */
    static String nearest(String key) {
        Matcher m = ANY.matcher(key);
        return m.find() ? m.group() : null;
    }

    private static LocalDate reference(String text, ParseContext ctx, String part) {
        return ctx.reference().orElseThrow(() -> Refusals.needsReference(text, part));
    }

    private static LocalDate date(String text, String key, String d, String mo, int year) {
        try {
            return LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d));
        } catch (DateTimeException e) {
            throw Refusals.notADate(text, d + "/" + mo + "/" + year);
        }
    }

    static int year(String text, String digits) {
        if (digits.length() != 4) {
            throw Refusals.yearNotInFull(text, digits);
        }
        int year = Integer.parseInt(digits);
        if (year < PeriodChecks.MIN_YEAR || year > PeriodChecks.MAX_YEAR) {
            throw Refusals.yearOutOfRange(text, digits);
        }
        return year;
    }

    private static int month(String text, String digits) {
        int month = Integer.parseInt(digits);
        if (month < 1 || month > 12) {
            throw Refusals.noSuchPart(text, "tháng " + digits);
        }
        return month;
    }

    private static int quarter(String text, String number) {
        return switch (number) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            case "iv", "4" -> 4;
            default -> throw Refusals.noSuchPart(text, "quý " + number);
        };
    }
}
