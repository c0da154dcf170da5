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
        Matcher m = OFFSET.matcher(key);
        if (m.matches()) {
            String leads = m.group(1);
            boolean exact = leads.strip().equals("sau");
            int amount = Integer.parseInt(m.group(2));
            Unit unit =
                    switch (m.group(3)) {
                        case "ngay lam viec" -> Unit.WORKING_DAYS;
                        case "thang" -> Unit.MONTHS;
                        default -> Unit.DAYS;
                    };
            String anchor = m.group(4) == null ? "" : ReaderText.originalAfter(text, key, m, 4);
            Optional<LocalDate> anchorDate = anchorDate(m.group(4), ctx);
            if (leads.isEmpty() && m.group(4) == null) {
                return null; // "30 ngày" alone is a duration, not a deadline
            }
            return new Deadline.Anchored(
                    text, exact ? Qualifier.ON : Qualifier.AT_LATEST, OptionalInt.of(amount), unit, anchor, anchorDate);
        }
        if ((m = AFTER_EVENT.matcher(key)).matches()) {
            String anchor = ReaderText.originalAfter(text, key, m, 1);
            return new Deadline.Anchored(
                    text, Qualifier.ON, OptionalInt.empty(), Unit.DAYS, anchor, anchorDate(m.group(1), ctx));
        }
        return null;
    }

    private static Optional<LocalDate> anchorDate(String anchorKey, ParseContext ctx) {
        if (anchorKey == null || !ctx.documentDate()) {
            return Optional.empty();
        }
        return SIGNING.contains(anchorKey.strip()) ? ctx.reference() : Optional.empty();
    }
}
