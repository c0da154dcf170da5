package org.civicplan.core.period;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicplan.core.period.Spans.Span;

/**
 * Reads a deadline phrase as published Vietnamese documents write it ("chậm nhất ngày 15/11/2021",
 * "trong quý II/2023", "giai đoạn 2021-2025, định hướng đến năm 2030", "hằng tháng, trước ngày
 * 20", "trong 30 ngày kể từ ngày ký", "trước Tết Nguyên đán 2023") into a {@link Deadline} that
 * keeps the text as written.
 *
 * <p>It reads what a Vietnamese reader can date from the text alone, plus what the {@link
 * ParseContext} supplies (the document's date for a missing year or for "ngày ký"), and refuses the
 * rest with an {@link InvalidPeriodException} whose {@link RefusalKind} and bilingual message say
 * which part was not understood and why. Any string gives a value or that exception, nothing else.
 * {@link Period#parse(String)} is unchanged; this is the richer reading beside it.
 */
public final class PeriodReader {
    /** Longer text is a paragraph, not a deadline phrase. */
    public static final int MAX_LENGTH = 200;

    private static final Pattern ORIENTATION = Pattern.compile(" (?:va |theo )*(?:dinh huong|tam nhin|huong toi)\\b.*");
    private static final Pattern ORIENTATION_TEXT =
            Pattern.compile("(?iu)[\\s,;(]*(định hướng|tầm nhìn|hướng tới|dinh huong|tam nhin)\\b.*$");
    /** "Thường xuyên", "Thực hiện thường xuyên", "Nhiệm vụ thường xuyên" (an ongoing task). */
    private static final Pattern ONGOING =
            Pattern.compile("(?:nhiem vu )?(?:thuc hien )?thuong xuyen(?: lien tuc)?|ongoing");

    private static final Pattern VAGUE = Pattern.compile(
            "(?:ngay|som|khan truong|kip thoi|dot xuat|trong thoi gian toi|thoi gian toi|sau do|khi can thiet"
                    + "|ngay lap tuc|trong thoi gian som nhat|cang som cang tot|theo tien do|hang ngay)");
    private static final Pattern EVENT = Pattern.compile(
            "\\b(dai hoi|khai mac|be mac|ky hop|phien hop|hoi nghi|thoi diem|thong xe|khanh thanh)\\b.*");

    private PeriodReader() {}

    /** Reads a phrase without outside knowledge: a phrase without its year is refused. */
    public static Deadline read(String text) {
        return read(text, ParseContext.none());
    }

    /** Reads a phrase, taking a missing year (and the date of "ngày ký") from {@code context}. */
    public static Deadline read(String text, ParseContext context) {
        requireNonNull(context, "context is null");
        if (text == null) {
            throw Refusals.empty();
        }
        if (text.length() > MAX_LENGTH) {
            throw Refusals.tooLong(text);
        }
        String key = ReaderText.key(text);
        if (key.isEmpty()) {
            throw Refusals.empty();
        }
        try {
            return readKey(text, key, context);
        } catch (DateTimeException | IllegalArgumentException | ArithmeticException | IllegalStateException e) {
            // every range is checked before a value is built; this keeps the contract if one slips
            throw Refusals.notUnderstoodNear(text, key);
        }
    }

    /** {@link #period(String, ParseContext)} without outside knowledge. */
    public static Period period(String text) {
        return period(text, ParseContext.none());
    }

    /**
     * The one way to read a single period from text, canonical or as officials write it: the
     * canonical forms of {@link Period#parse} ("Quý III/2021", "Năm 2022", "Trước 31/12/2021",
     * "2021-2025", "Hằng năm") give exactly what it gives; anything else is read by {@link
     * #read(String, ParseContext)} and must come to one period. A reading that is not one (recurring
     * other than yearly, or counted from an anchor whose date is not known) is refused with {@link
     * RefusalKind#NOT_ONE_PERIOD}; every other refusal is the reader's, with its specific reason.
     */
    public static Period period(String text, ParseContext context) {
        requireNonNull(context, "context is null");
        if (text != null && text.length() <= MAX_LENGTH) {
            try {
                return Period.parse(text);
            } catch (InvalidPeriodException notCanonical) {
                // not a canonical form: the reader says what it is, or why not
            }
        }
        Deadline read = read(text, context);
        return read.period().orElseThrow(() -> Refusals.notOnePeriod(text, read));
    }

    private static Deadline readKey(String text, String key, ParseContext ctx) {
        if ((key.startsWith("thuong")
                        || key.startsWith("thuc hien")
                        || key.startsWith("nhiem vu")
                        || key.startsWith("ongoing"))
                && ONGOING.matcher(key).matches()) {
            return dated(text, Qualifier.ONGOING, null, null, null, false, Optional.empty());
        }
        Deadline.Recurring recurring = RecurrenceForms.read(key, text);
        if (recurring != null) {
            return recurring;
        }
        Deadline.Anchored anchored = AnchorForms.mayBe(key) ? AnchorForms.read(key, text, ctx) : null;
        if (anchored != null) {
            return anchored;
        }
        Optional<String> orientation = Optional.empty();
        int o = key.contains("dinh huong") || key.contains("tam nhin") || key.contains("huong toi")
                ? orientationAt(key)
                : -1;
        if (o >= 0) {
            Matcher t = ORIENTATION_TEXT.matcher(text.strip());
            orientation = Optional.of(t.find() ? ReaderText.trimmed(t.group()) : key.substring(o + 1));
            key = key.substring(0, o).strip();
        }
        LeadWords.Lead lead = LeadWords.strip(key);
        String rest = lead.rest();
        if (rest.isEmpty()
                || (key.length() < 40 && !hasDigit(key) && VAGUE.matcher(key).matches())) {
            throw Refusals.vague(text);
        }
        RangeForms.Result range = rest.startsWith("tu ") || rest.startsWith("ke tu ") || rest.contains(" va ")
                ? RangeForms.read(rest, text, ctx)
                : null;
        if (range != null) {
            Span s = range.span();
            boolean open = range.qualifier() == Qualifier.FROM;
            return dated(
                    text,
                    range.qualifier(),
                    s.named(),
                    s.start(),
                    open ? null : s.end(),
                    s.yearInferred(),
                    orientation,
                    range.time() != null ? range.time() : lead.time());
        }
        Span holiday = rest.contains("tet") || rest.contains("hung vuong") || rest.contains("quoc khanh")
                ? HolidayForms.read(rest, text, ctx)
                : null;
        Span span = holiday != null ? holiday : DateForms.read(rest, text, ctx);
        if (span == null) {
            Matcher e = EVENT.matcher(rest);
            if (e.find()) {
                throw Refusals.outsideKnowledge(text, ReaderText.originalAfter(text, key, key.indexOf(e.group())));
            }
            throw Refusals.notUnderstoodNear(text, key);
        }
        return apply(text, lead.qualifier(), span, holiday != null, orientation, lead.time());
    }

    private static final String[] ORIENTATION_WORDS = {"dinh huong", "tam nhin", "huong toi"};

    /**
     * Where {@link #ORIENTATION} begins in {@code key} (its first match), or -1, by hand: the first
     * space followed by any "va " and "theo ", then one of the orientation words ending a word.
     */
    static int orientationAt(String key) {
        int n = key.length();
        for (int s = key.indexOf(' '); s >= 0; s = key.indexOf(' ', s + 1)) {
            int i = s + 1;
            boolean more = true;
            while (more) {
                more = false;
                if (key.startsWith("va ", i)) {
                    i += 3;
                    more = true;
                } else if (key.startsWith("theo ", i)) {
                    i += 5;
                    more = true;
                }
            }
            for (String word : ORIENTATION_WORDS) {
                int end = i + word.length();
                if (key.startsWith(word, i) && (end == n || !isWord(key.charAt(end)))) {
                    return s;
                }
            }
        }
        return -1;
    }

    /** {@link #orientationAt} by the pattern. */
    static int orientationAtByPattern(String key) {
        Matcher m = ORIENTATION.matcher(key);
        return m.find() ? m.start() : -1;
    }

    /** A word character as {@code \\b} in a pattern sees it. */
    private static boolean isWord(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** Whether {@code key} has a digit (no vague phrase has one, so the pattern is spared). */
    private static boolean hasDigit(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** What the lead word does to the span the phrase names. */
    private static Deadline apply(
            String text, Qualifier q, Span s, boolean holiday, Optional<String> orientation, LocalTime time) {
        Qualifier qualifier = q == null ? (s.isDay() ? Qualifier.ON : Qualifier.DURING) : q;
        if (qualifier == Qualifier.ON && !s.isDay()) {
            qualifier = Qualifier.DURING;
        }
        Period named = s.named();
        boolean inferred = s.yearInferred();
        return switch (qualifier) {
            case BEFORE -> {
                // a written date is due on that date (as plans read "trước ngày"); a period or a holiday
                // must be done before it begins
                LocalDate end = s.isDay() && !holiday ? s.end() : s.start().minusDays(1);
                yield dated(text, qualifier, named, null, end, inferred, orientation, time);
            }
            case AT_LATEST, BY_END -> dated(text, qualifier, named, null, s.end(), inferred, orientation, time);
            case EARLY, MIDDLE, LATE -> {
                if (s.isDay()) {
                    throw Refusals.notUnderstood(text, s.start().toString());
                }
                int part = qualifier == Qualifier.EARLY ? 1 : qualifier == Qualifier.MIDDLE ? 2 : 3;
                Span third = Spans.third(s, part);
                yield dated(text, qualifier, named, third.start(), third.end(), inferred, orientation, time);
            }
            default -> dated(text, qualifier, named, s.start(), s.end(), inferred, orientation, time);
        };
    }

    private static Deadline.Dated dated(
            String text,
            Qualifier q,
            Period named,
            LocalDate start,
            LocalDate end,
            boolean inferred,
            Optional<String> orientation) {
        return dated(text, q, named, start, end, inferred, orientation, null);
    }

    private static Deadline.Dated dated(
            String text,
            Qualifier q,
            Period named,
            LocalDate start,
            LocalDate end,
            boolean inferred,
            Optional<String> orientation,
            LocalTime time) {
        return new Deadline.Dated(
                text,
                q,
                Optional.ofNullable(named),
                Optional.ofNullable(start),
                Optional.ofNullable(end),
                Optional.ofNullable(time),
                inferred,
                orientation);
    }
}
