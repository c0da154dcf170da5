package org.civicplan.core.period;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicplan.core.Message;
import org.civicplan.core.text.VietnameseText;

/**
 * Reads a period as officials type it ("Quý III/2021", "6 tháng đầu năm 2021", "Trước 26/7/2021")
 * and the machine forms of {@link Period#code()}.
 *
 * <p>Matching works on the {@linkplain VietnameseText#fold folded} text, so case, diacritics and
 * NFC/NFD do not matter; odd spaces (non-breaking, several) and typographic dashes are evened out
 * first because Word and web forms produce them. Every form is matched whole: text that fits no
 * form, or fits one only by guessing (a two-digit year, "6 tháng năm 2021", "2021-25"), is refused
 * with a message that says why, because a wrong deadline in a plan is worse than a rejected one.
 */
final class PeriodParser {
    /** Longer text is not a period; the bound also keeps regex work and messages small. */
    static final int MAX_LENGTH = 200;

    /** How much of an over-long input the message repeats. */
    private static final int ECHO_LENGTH = 50;

    private static final String EXAMPLES_VI =
            "\"Quý III/2021\", \"6 tháng đầu năm 2021\", \"Tháng 7/2021\", \"Năm 2022\","
                    + " \"2021-2025\", \"Trước 26/7/2021\", \"Hằng năm\", \"Thường xuyên\"";

    /** The English message shows the same Vietnamese examples: they are what the user must type. */
    private static final String EXAMPLES_EN = EXAMPLES_VI;

    // All patterns run on folded text: lower case, no diacritics, single spaces, no spaces around
    // '/' or '-'.
    private static final String NUM = "([0-9]{1,9})";
    private static final String DMY = NUM + "/" + NUM + "/" + NUM;
    private static final String DMY_WORDS = "(?:ngay )?" + NUM + " thang " + NUM + " nam " + NUM;
    private static final String ISO = "([0-9]{4})-([0-9]{2})-([0-9]{2})";

    private static final Pattern YEARLY = Pattern.compile("hang nam|yearly");
    private static final Pattern ONGOING = Pattern.compile("thuong xuyen|ongoing");

    /** "quy iii/2021", "quy iii-2021", "quy 3 nam 2021", "qui iii 2021", "q3/2021", "q3 2021". */
    private static final Pattern QUARTER = Pattern.compile("(?:quy|qui|q) ?([ivx]+|[0-9]{1,9})(?:/|-| nam | )" + NUM);

    private static final Pattern QUARTER_CODE = Pattern.compile(NUM + "-q" + NUM);

    /** "6 thang dau nam 2021", "sau thang cuoi nam 2021", "6 thang cuoi 2021". */
    private static final Pattern HALF = Pattern.compile("(?:6|sau) thang (dau|cuoi)(?: nam)? " + NUM);

    /** "6 thang nam 2021": which half is meant cannot be told. */
    private static final Pattern HALF_AMBIGUOUS = Pattern.compile("(?:6|sau) thang(?: nam)? " + NUM);

    /** "2021-h1" (code) and "h1 2021" (English form). */
    private static final Pattern HALF_CODE = Pattern.compile(NUM + "-h" + NUM + "|h" + NUM + " " + NUM);

    /** "thang 7/2021", "07/2021". */
    private static final Pattern MONTH = Pattern.compile("(?:thang )?" + NUM + "/" + NUM);

    /** "thang 7 nam 2021"; without "thang", "7 nam 2021" would read as "7 years". */
    private static final Pattern MONTH_WORDS = Pattern.compile("thang " + NUM + " nam " + NUM);

    /**
     * "2021-07": the code, always two digits; "2021-7" or "2021-25" may as well be a shortened stage
     * (2021–2027, 2021–2025), so they are refused rather than guessed.
     */
    private static final Pattern MONTH_CODE = Pattern.compile("([0-9]{4})-([0-9]{1,2})");

    /** "july 2021": the English form. */
    private static final Pattern MONTH_EN = Pattern.compile("([a-z]+) " + NUM);

    private static final Pattern YEAR = Pattern.compile("(?:nam )?" + NUM);

    private static final Pattern MULTI_YEAR = Pattern.compile("(?:giai doan )?" + NUM + "-" + NUM);

    private static final Pattern BEFORE = Pattern.compile("(?:truoc|before) (.+)");
    private static final Pattern BEFORE_CODE = Pattern.compile("before-(" + ISO + ")");

    private static final Pattern DATE_DMY = Pattern.compile("(?:ngay )?" + DMY);
    private static final Pattern DATE_WORDS = Pattern.compile(DMY_WORDS);
    private static final Pattern DATE_ISO = Pattern.compile(ISO);

    private static final Pattern AROUND_SEPARATOR = Pattern.compile(" ?([/-]) ?");

    static final String[] ENGLISH_MONTHS = {
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December"
    };

    private PeriodParser() {}

    /**
     * Stores read the same few hundred period texts millions of times (every measurement row), and
     * parsing costs about 20 µs; parsed values are immutable, so they are remembered. Bounded: the
     * cache is cleared when it grows past {@link #CACHE_LIMIT}. Failures are never cached.
     */
    private static final int CACHE_LIMIT = 10_000;

    private static final java.util.concurrent.ConcurrentHashMap<String, Period> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    static Period parse(String text) {
        if (text != null && text.length() <= 64) {
            Period known = CACHE.get(text);
            if (known != null) {
                return known;
            }
            Period parsed = parseUncached(text);
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(text, parsed);
            return parsed;
        }
        return parseUncached(text);
    }

    private static Period parseUncached(String text) {
        if (text == null) {
            throw new InvalidPeriodException(
                    null,
                    Message.of(
                            "Chưa nhập thời hạn (ví dụ: " + EXAMPLES_VI + ")",
                            "No period given (expected e.g. " + EXAMPLES_EN + ")"));
        }
        if (text.length() > MAX_LENGTH) {
            throw invalid(
                    text,
                    VietnameseText.nfc(text.substring(0, ECHO_LENGTH)) + "…",
                    "quá dài (" + text.length() + " ký tự, tối đa " + MAX_LENGTH + ")",
                    "too long (" + text.length() + " characters, at most " + MAX_LENGTH + ")",
                    EXAMPLES_VI,
                    EXAMPLES_EN);
        }
        String key = key(text);
        if (key.isEmpty()) {
            throw invalid(text, "trống", "it is empty");
        }
        try {
            return read(text, key);
        } catch (DateTimeException | IllegalArgumentException e) {
            // Every range is checked before a constructor runs; this is a safety net, never a path.
            throw invalid(text, null, null);
        }
    }

    private static Period read(String text, String key) {
        Matcher m;
        if (YEARLY.matcher(key).matches()) {
            return new Period.Yearly();
        }
        if (ONGOING.matcher(key).matches()) {
            return new Period.Ongoing();
        }
        if ((m = QUARTER.matcher(key)).matches()) {
            return quarter(text, m.group(1), m.group(2));
        }
        if ((m = QUARTER_CODE.matcher(key)).matches()) {
            return quarter(text, m.group(2), m.group(1));
        }
        if ((m = HALF.matcher(key)).matches()) {
            return new Period.HalfYear(year(text, m.group(2)), m.group(1).equals("dau") ? 1 : 2);
        }
        if ((m = HALF_AMBIGUOUS.matcher(key)).matches()) {
            throw invalid(
                    text,
                    "không rõ 6 tháng đầu năm hay 6 tháng cuối năm",
                    "it does not say which half: \"đầu năm\" (first) or \"cuối năm\" (second)",
                    "\"6 tháng đầu năm 2021\", \"6 tháng cuối năm 2021\"");
        }
        if ((m = HALF_CODE.matcher(key)).matches()) {
            return m.group(1) != null ? half(text, m.group(2), m.group(1)) : half(text, m.group(3), m.group(4));
        }
        if ((m = MONTH.matcher(key)).matches() || (m = MONTH_WORDS.matcher(key)).matches()) {
            return month(text, m.group(1), m.group(2));
        }
        if ((m = MONTH_CODE.matcher(key)).matches()) {
            if (m.group(2).length() < 2 || Integer.parseInt(m.group(2)) > 12) {
                throw invalid(
                        text,
                        "không rõ là tháng hay giai đoạn; viết tháng từ 01 đến 12 hoặc giai đoạn đủ hai năm",
                        "neither a month (01–12) nor a stage with both years in full",
                        "\"Tháng 7/2021\", \"2021-2025\"");
            }
            return month(text, m.group(2), m.group(1));
        }
        if ((m = MONTH_EN.matcher(key)).matches()) {
            for (int i = 0; i < ENGLISH_MONTHS.length; i++) {
                if (ENGLISH_MONTHS[i].toLowerCase(Locale.ROOT).equals(m.group(1))) {
                    return new Period.Month(YearMonth.of(year(text, m.group(2)), i + 1));
                }
            }
        }
        if ((m = YEAR.matcher(key)).matches()) {
            return new Period.Year(year(text, m.group(1)));
        }
        if ((m = MULTI_YEAR.matcher(key)).matches()) {
            return multiYear(text, m.group(1), m.group(2));
        }
        if ((m = BEFORE_CODE.matcher(key)).matches()) {
            return new Period.Before(isoDate(text, m.group(2), m.group(3), m.group(4)));
        }
        if ((m = BEFORE.matcher(key)).matches()) {
            LocalDate date = date(text, m.group(1));
            if (date != null) {
                return new Period.Before(date);
            }
            throw invalid(text, null, null);
        }
        LocalDate date = date(text, key);
        if (date != null) {
            return new Period.OnDate(date);
        }
        throw invalid(text, null, null);
    }

    /** A date in any accepted form ("26/7/2021", "ngay 26/7/2021", ISO), or null when none fits. */
    private static LocalDate date(String text, String key) {
        Matcher m;
        if ((m = DATE_DMY.matcher(key)).matches() || (m = DATE_WORDS.matcher(key)).matches()) {
            return date(text, m.group(3), m.group(2), m.group(1), m.group(1) + "/" + m.group(2) + "/" + m.group(3));
        }
        if ((m = DATE_ISO.matcher(key)).matches()) {
            return isoDate(text, m.group(1), m.group(2), m.group(3));
        }
        return null;
    }

    private static LocalDate isoDate(String text, String y, String mo, String d) {
        return date(text, y, mo, d, y + "-" + mo + "-" + d);
    }

    private static LocalDate date(String text, String y, String mo, String d, String shown) {
        int year = year(text, y);
        try {
            return LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d));
        } catch (DateTimeException e) {
            throw invalid(
                    text,
                    shown + " không phải là một ngày có thật",
                    shown + " is not a date",
                    "\"26/7/2021\", \"Trước 26/7/2021\"");
        }
    }

    private static Period quarter(String text, String number, String y) {
        int quarter =
                switch (number) {
                    case "i", "1" -> 1;
                    case "ii", "2" -> 2;
                    case "iii", "3" -> 3;
                    case "iv", "4" -> 4;
                    default ->
                        throw invalid(
                                text,
                                "quý phải từ I đến IV",
                                "quarter must be I–IV",
                                "\"Quý III/2021\", \"Quý 3/2021\"");
                };
        return new Period.Quarter(year(text, y), quarter);
    }

    private static Period half(String text, String number, String y) {
        if (!number.equals("1") && !number.equals("2")) {
            throw invalid(
                    text,
                    "nửa năm phải là H1 hoặc H2",
                    "half must be H1 or H2",
                    "\"2021-H1\", \"6 tháng đầu năm 2021\"");
        }
        return new Period.HalfYear(year(text, y), Integer.parseInt(number));
    }

    private static Period month(String text, String number, String y) {
        int month = Integer.parseInt(number);
        if (month < 1 || month > 12) {
            throw invalid(text, "tháng phải từ 1 đến 12", "month must be 1–12", "\"Tháng 7/2021\"");
        }
        int year = year(text, y);
        return new Period.Month(YearMonth.of(year, month));
    }

    private static Period multiYear(String text, String a, String b) {
        if (a.length() == 4 && b.length() < 4) {
            throw invalid(
                    text,
                    "viết đủ cả hai năm của giai đoạn",
                    "write both years of a stage in full",
                    "\"2021-2025\", \"Giai đoạn 2021 - 2025\"");
        }
        int from = year(text, a);
        int to = year(text, b);
        if (to <= from) {
            throw invalid(
                    text,
                    "năm kết thúc phải sau năm bắt đầu",
                    "the last year must come after the first",
                    "\"2021-2025\"");
        }
        return new Period.MultiYear(from, to);
    }

    /** A year written in full, within {@link PeriodChecks}' range; never a two-digit guess. */
    private static int year(String text, String digits) {
        int year = digits.length() == 4 ? Integer.parseInt(digits) : -1;
        if (year < PeriodChecks.MIN_YEAR || year > PeriodChecks.MAX_YEAR) {
            throw invalid(
                    text,
                    "năm phải viết đủ 4 chữ số, từ " + PeriodChecks.MIN_YEAR + " đến " + PeriodChecks.MAX_YEAR,
                    "the year must be written in full, " + PeriodChecks.MIN_YEAR + "–" + PeriodChecks.MAX_YEAR,
                    "\"Năm 2022\", \"Tháng 7/2021\"");
        }
        return year;
    }

    /**
     * The text as the patterns see it: every kind of space a plain space, typographic dashes and
     * slashes plain, invisible format characters gone, then folded, with no spaces around '/' or
     * '-' ("2021 – 2025" reads as "2021-2025").
     */
    static String key(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                plain.append(' ');
            } else if ((c >= '\u2010' && c <= '\u2015')
                    || c == '\u2212'
                    || c == '\uFE58'
                    || c == '\uFE63'
                    || c == '\uFF0D') {
                plain.append('-');
            } else if (c == '\u2044' || c == '\u2215' || c == '\uFF0F') {
                plain.append('/');
            } else if (Character.getType(c) != Character.FORMAT && !Character.isISOControl(c)) {
                plain.append(c);
            }
        }
        return AROUND_SEPARATOR.matcher(VietnameseText.fold(plain.toString())).replaceAll("$1");
    }

    private static InvalidPeriodException invalid(String text, String reasonVi, String reasonEn) {
        return invalid(text, reasonVi, reasonEn, EXAMPLES_VI);
    }

    private static InvalidPeriodException invalid(String text, String reasonVi, String reasonEn, String examples) {
        return invalid(text, VietnameseText.nfc(text), reasonVi, reasonEn, examples, examples);
    }

    private static InvalidPeriodException invalid(
            String text, String shown, String reasonVi, String reasonEn, String examplesVi, String examplesEn) {
        String vi = "\"" + shown + "\" không phải là một thời hạn hợp lệ" + (reasonVi == null ? "" : ": " + reasonVi)
                + " (ví dụ: " + examplesVi + ")";
        String en = "\"" + shown + "\" is not a period" + (reasonEn == null ? "" : ": " + reasonEn) + " (expected e.g. "
                + examplesEn + ")";
        return new InvalidPeriodException(text, Message.of(vi, en));
    }
}
