package org.civicplan.core.period;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicplan.core.period.Deadline.Unit;

/**
 * Deadlines counted from something: "trong 30 ngày kể từ ngày ký", "sau 15 ngày làm việc kể từ ngày
 * nhận", "chậm nhất 7 ngày sau buổi thi cuối cùng", "sau khi Đề án được phê duyệt". The anchor is
 * kept as written; it has a date only when the context knows it (the document's date for "ngày ký"),
 * otherwise the deadline stays unresolved rather than guessed.
 */
final class AnchorForms {
    private static final Pattern OFFSET = Pattern.compile(
            "((?:(?:trong thoi han|trong vong|trong|sau|cham nhat la|cham nhat|khong qua|toi da|muon nhat) )*)"
                    + "(\\d{1,3}) (ngay lam viec|ngay|thang)"
                    + "(?: (?:ke tu khi|ke tu|tinh tu|sau khi|sau) (.+))?");
    private static final Pattern AFTER_EVENT = Pattern.compile("(?:ngay |ngay sau |ngay )?sau khi (.+)");

    /** Anchors that are the document's own date, resolvable from {@link ParseContext#documentDated}. */
    private static final Set<String> SIGNING = Set.of("ky", "ngay ky", "ban hanh", "ngay ban hanh", "ngay ky ban hanh");

    private AnchorForms() {}

    /**
     * A cheap test before the patterns: "sau khi", or a count followed by "ngày", "ngày làm việc" or
     * "tháng" that ends the phrase or is followed by "kể từ", "tính từ" or "sau" (not a date such as
     * "ngày 15/3", a month such as "tháng 6/2023", or a part of a year such as "6 tháng đầu năm").
     * False only where {@link #read} finds nothing.
     */
    static boolean mayBe(String key) {
        if (key.contains("sau khi")) {
            return true;
        }
        for (int i = key.indexOf(' '); i > 0; i = key.indexOf(' ', i + 1)) {
            if (!Character.isDigit(key.charAt(i - 1))) {
                continue;
            }
            int u = i + 1;
            if (key.startsWith("ngay", u)
                    && (countedFrom(key, u + 4) || (key.startsWith(" lam viec", u + 4) && countedFrom(key, u + 13)))) {
                return true;
            }
            if (key.startsWith("thang", u) && countedFrom(key, u + 5)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the phrase ends at {@code at}, or goes on with what {@link #OFFSET} counts from. */
    private static boolean countedFrom(String key, int at) {
        return at == key.length()
                || key.startsWith(" ke tu ", at)
                || key.startsWith(" tinh tu ", at)
                || key.startsWith(" sau ", at);
    }

    /** An anchored deadline, or null when the key is not one. */
    static Deadline.Anchored read(String key, String text, ParseContext ctx) {
        int[] offset = offset(key);
        if (offset != null) {
            int leadsEnd = offset[0];
            int amountEnd = offset[1];
            int unitEnd = offset[2];
            int anchorFrom = offset[3];
            if (leadsEnd == 0 && anchorFrom < 0) {
                return null; // "30 ngày" alone is a duration, not a deadline
            }
            boolean exact = leadsEnd == 4 && key.startsWith("sau ");
            int amount = Integer.parseInt(key, leadsEnd, amountEnd, 10);
            int unitLength = unitEnd - amountEnd - 1;
            Unit unit = unitLength == "ngay lam viec".length()
                    ? Unit.WORKING_DAYS
                    : unitLength == "thang".length() ? Unit.MONTHS : Unit.DAYS;
            String anchor = anchorFrom < 0 ? "" : ReaderText.originalAfter(text, key, anchorFrom);
            return new Deadline.Anchored(
                    text,
                    exact ? Qualifier.ON : Qualifier.AT_LATEST,
                    OptionalInt.of(amount),
                    unit,
                    anchor,
                    anchorDate(key, anchorFrom, ctx));
        }
        int after = afterEvent(key);
        if (after >= 0) {
            String anchor = ReaderText.originalAfter(text, key, after);
            return new Deadline.Anchored(
                    text, Qualifier.ON, OptionalInt.empty(), Unit.DAYS, anchor, anchorDate(key, after, ctx));
        }
        return null;
    }

    private static final String[] LEADS = {
        "trong thoi han ",
        "trong vong ",
        "trong ",
        "sau ",
        "cham nhat la ",
        "cham nhat ",
        "khong qua ",
        "toi da ",
        "muon nhat "
    };
    private static final String[] UNITS = {"ngay lam viec", "ngay", "thang"};
    private static final String[] FROMS = {"ke tu khi", "ke tu", "tinh tu", "sau khi", "sau"};

    /**
     * {@link #OFFSET}'s match on {@code key} read by hand: the ends of its groups 1, 2 and 3 and the
     * start of group 4 (-1 when it is absent), or null where it does not match. Each lead word, the
     * count and the unit can match in one way only (a shorter lead leaves a word that is neither a
     * lead nor a digit; a shorter unit leaves " lam viec"), so they are read straight; the words it
     * counts from are tried in the pattern's order. A rest with a line end is left to the pattern.
     */
    static int[] offset(String key) {
        int n = key.length();
        int i = 0;
        boolean more = true;
        while (more) {
            more = false;
            for (String lead : LEADS) {
                if (key.startsWith(lead, i)) {
                    i += lead.length();
                    more = true;
                    break;
                }
            }
        }
        int leadsEnd = i;
        while (i < n && i - leadsEnd < 3 && isAsciiDigit(key.charAt(i))) {
            i++;
        }
        if (i == leadsEnd || i >= n || key.charAt(i) != ' ') {
            return null;
        }
        int amountEnd = i;
        int unitEnd = -1;
        for (String unit : UNITS) {
            if (key.startsWith(unit, i + 1)) {
                unitEnd = i + 1 + unit.length();
                break;
            }
        }
        if (unitEnd < 0) {
            return null;
        }
        if (unitEnd == n) {
            return new int[] {leadsEnd, amountEnd, unitEnd, -1};
        }
        if (key.charAt(unitEnd) != ' ') {
            return null;
        }
        if (hasLineEnd(key, unitEnd)) {
            return offsetByPattern(key);
        }
        for (String from : FROMS) {
            int rest = unitEnd + 1 + from.length() + 1;
            if (key.startsWith(from, unitEnd + 1) && rest < n && key.charAt(rest - 1) == ' ') {
                return new int[] {leadsEnd, amountEnd, unitEnd, rest};
            }
        }
        return null;
    }

    /** {@link #offset} by the pattern. */
    static int[] offsetByPattern(String key) {
        Matcher m = OFFSET.matcher(key);
        if (!m.matches()) {
            return null;
        }
        return new int[] {m.end(1), m.end(2), m.end(3), m.start(4)};
    }

    /**
     * Where {@link #AFTER_EVENT}'s group 1 begins in {@code key}, by hand, or -1 where it does not
     * match: after "ngay sau khi ", "ngay sau sau khi " or "sau khi ", tried in the pattern's order.
     */
    static int afterEvent(String key) {
        if (hasLineEnd(key, 0)) {
            return afterEventByPattern(key);
        }
        int n = key.length();
        for (String head : AFTER_HEADS) {
            if (key.startsWith(head) && head.length() < n) {
                return head.length();
            }
        }
        return -1;
    }

    private static final String[] AFTER_HEADS = {"ngay sau khi ", "ngay sau sau khi ", "sau khi "};

    /** {@link #afterEvent} by the pattern. */
    static int afterEventByPattern(String key) {
        Matcher m = AFTER_EVENT.matcher(key);
        return m.matches() ? m.start(1) : -1;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether {@code key} from {@code from} has a character that '.' does not take. */
    private static boolean hasLineEnd(String key, int from) {
        for (int i = from; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static Optional<LocalDate> anchorDate(String key, int anchorFrom, ParseContext ctx) {
        if (anchorFrom < 0 || !ctx.documentDate()) {
            return Optional.empty();
        }
        return SIGNING.contains(key.substring(anchorFrom).strip()) ? ctx.reference() : Optional.empty();
    }
}
