package org.civicplan.core.period;

import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicplan.core.period.Deadline.Frequency;

/**
 * Recurring deadlines: "Hằng năm", "hằng tháng, trước ngày 20", "định kỳ hằng quý, 6 tháng, năm",
 * "trước ngày 15/12 hằng năm". Every word must be one of the recurrence vocabulary; anything else
 * ("hằng tháng họp giao ban") is not a deadline this reader can vouch for.
 */
final class RecurrenceForms {
    private static final Pattern DUE = Pattern.compile(
            "tu (?:ngay )?\\d{1,2} den (?:ngay )?(\\d{1,2})()|(?:truoc|cham nhat(?: la)?|vao|den) (?:ngay )?(\\d{1,2})(?:/(\\d{1,2}))?|ngay (\\d{1,2})(?:/(\\d{1,2}))?");
    private static final Pattern HALF = Pattern.compile("\\b(?:6|06|sau) thang\\b|\\bnua nam\\b");
    private static final Set<String> FILLER = Set.of("dinh", "ky", "hang", "moi", "va", "hoac", "bao", "cao", "lan");

    private RecurrenceForms() {}

    /** A recurring deadline, or null when the key is not one. */
    static Deadline.Recurring read(String key, String text) {
        if (!(key.startsWith("hang ")
                || key.contains(" hang ")
                || key.startsWith("dinh ky")
                || key.startsWith("moi "))) {
            return null;
        }
        String rest = key;
        OptionalInt day = OptionalInt.empty();
        OptionalInt month = OptionalInt.empty();
        Matcher m = hasDigit(rest) ? DUE.matcher(rest) : null;
        if (m != null && m.find()) {
            String d = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(5);
            String mo = m.group(1) != null ? null : m.group(3) != null ? m.group(4) : m.group(6);
            int dd = Integer.parseInt(d);
            if (dd < 1 || dd > 31) {
                throw Refusals.notADate(text, d);
            }
            day = OptionalInt.of(dd);
            if (mo != null) {
                int mm = Integer.parseInt(mo);
                if (mm < 1 || mm > 12) {
                    throw Refusals.noSuchPart(text, "tháng " + mo);
                }
                month = OptionalInt.of(mm);
            }
            rest = rest.substring(0, m.start()) + " " + rest.substring(m.end());
        }
        EnumSet<Frequency> every = EnumSet.noneOf(Frequency.class);
        if ((rest.contains("thang") || rest.contains("nua nam"))
                && HALF.matcher(rest).find()) {
            every.add(Frequency.HALF_YEARLY);
            rest = HALF.matcher(rest).replaceAll(" ");
        }
        if (!words(rest, every)) {
            return null;
        }
        if (every.isEmpty()) {
            return null;
        }
        return new Deadline.Recurring(text, every, day, month);
    }

    /** The frequency words and, as null, the fillers; every other word is unknown. */
    private static final String[] WORDS = {
        "tuan", "thang", "quy", "nam", "dinh", "ky", "hang", "moi", "va", "hoac", "bao", "cao", "lan"
    };

    private static final Frequency[] MEANS = {Frequency.WEEKLY, Frequency.MONTHLY, Frequency.QUARTERLY, Frequency.YEARLY
    };

    /**
     * Adds the frequency of each word of {@code rest} (words between spaces) to {@code every}; false
     * when a word is neither a frequency nor a filler. What {@link #wordsBySplitting} does, without
     * cutting the words out.
     */
    static boolean words(String rest, Set<Frequency> every) {
        int n = rest.length();
        int i = 0;
        while (i < n) {
            if (rest.charAt(i) == ' ') {
                i++;
                continue;
            }
            int end = rest.indexOf(' ', i);
            end = end < 0 ? n : end;
            int w = 0;
            while (w < WORDS.length && !(WORDS[w].length() == end - i && rest.regionMatches(i, WORDS[w], 0, end - i))) {
                w++;
            }
            if (w == WORDS.length) {
                return false;
            }
            if (w < MEANS.length) {
                every.add(MEANS[w]);
            }
            i = end;
        }
        return true;
    }

    /** {@link #words} by splitting, as the reader first did it. */
    static boolean wordsBySplitting(String rest, Set<Frequency> every) {
        for (String word : rest.strip().split(" +")) {
            switch (word) {
                case "tuan" -> every.add(Frequency.WEEKLY);
                case "thang" -> every.add(Frequency.MONTHLY);
                case "quy" -> every.add(Frequency.QUARTERLY);
                case "nam" -> every.add(Frequency.YEARLY);
                case "" -> {}
                default -> {
                    if (!FILLER.contains(word)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
