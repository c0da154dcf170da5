package org.civicplan.core.period;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lead words in front of a date or period ("chậm nhất", "trước", "trong", "đến hết", "giữa",
 * "đầu", "cuối", "dịp" …) and a time of day or weekday written before the date ("trước 16h00 ngày
 * 20/11/2022", "9 giờ sáng thứ Hai, ngày 5/12/2022"). Words that only announce a deadline ("Thời
 * gian thực hiện", "hoàn thành", "xong") are dropped without changing the meaning.
 */
final class LeadWords {
    /** Lead words as folded, longest first where one begins another; null = no change of meaning. */
    private static final Object[][] LEADS = {
        {"thoi gian thuc hien", null},
        {"thoi gian hoan thanh", null},
        {"thoi gian", null},
        {"thoi han hoan thanh", null},
        {"thoi han", null},
        {"hoan thanh", null},
        {"thuc hien", null},
        {"xong", null},
        {"phai", null},
        {"phan dau", null},
        {"toi", Qualifier.BY_END},
        {"sang", null},
        {"chieu", null},
        {"giai doan", null},
        {"ke hoach von", null},
        {"ke hoach", null},
        {"ky nghi", null},
        {"ngay trong", Qualifier.DURING},
        {"nhung thang", null},
        {"cham nhat la", Qualifier.AT_LATEST},
        {"cham nhat vao", Qualifier.AT_LATEST},
        {"cham nhat", Qualifier.AT_LATEST},
        {"muon nhat la", Qualifier.AT_LATEST},
        {"muon nhat", Qualifier.AT_LATEST},
        {"khong muon hon", Qualifier.AT_LATEST},
        {"truoc", Qualifier.BEFORE},
        {"trong", Qualifier.DURING},
        {"vao", Qualifier.ON},
        {"tu nay den het", Qualifier.BY_END},
        {"tu nay den", Qualifier.BY_END},
        {"tinh den het", Qualifier.AS_OF},
        {"tinh den", Qualifier.AS_OF},
        {"den het", Qualifier.BY_END},
        {"den", Qualifier.BY_END},
        {"het", Qualifier.BY_END},
        {"dip", Qualifier.AROUND},
    };

    /** The lead words by their first letter, so a phrase is compared only with those that can match. */
    private static final Object[][][] BY_FIRST = byFirst();

    private static Object[][][] byFirst() {
        java.util.List<java.util.List<Object[]>> lists = new java.util.ArrayList<>();
        for (int i = 0; i < 26; i++) {
            lists.add(new java.util.ArrayList<>());
        }
        for (Object[] lead : LEADS) {
            lists.get(((String) lead[0]).charAt(0) - 'a').add(lead);
        }
        Object[][][] out = new Object[26][][];
        for (int i = 0; i < 26; i++) {
            out[i] = lists.get(i).toArray(Object[][]::new);
        }
        return out;
    }

    /** "giữa", "đầu", "cuối" only lead when a unit follows ("đầu năm 2023"; not "6 tháng đầu năm"). */
    private static final Pattern PART = Pattern.compile("^(dau|giua|cuoi) (?=thang|quy|nam|nua)");

    private static final Pattern TIME = Pattern.compile(
            "^(?:luc )?(\\d{1,2}) ?(?:h|gio)(?: ?(\\d{2}))?(?: phut)?(?: (sang|trua|chieu|toi))?(?= |$)");
    private static final Pattern WEEKDAY =
            Pattern.compile("^(?:ngay )?(?:thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat)(?= |$)");

    private LeadWords() {}

    /** What lead words leave: the qualifier they give (null if none), the time of day, and the rest. */
    record Lead(Qualifier qualifier, LocalTime time, String rest) {}

    static Lead strip(String key) {
        Qualifier qualifier = null;
        LocalTime time = null;
        // the rest is key[from..]: the key has single spaces and none at its ends, so a word stripped
        // with the space after it leaves the rest stripped, and one substring is taken at the end
        int from = 0;
        int n = key.length();
        boolean changed = true;
        while (changed && from < n) {
            changed = false;
            char initial = key.charAt(from);
            Object[][] candidates = initial >= 'a' && initial <= 'z' ? BY_FIRST[initial - 'a'] : NONE;
            for (Object[] lead : candidates) {
                String word = (String) lead[0];
                if (startsWithWord(key, from, word)) {
                    if (lead[1] != null) {
                        qualifier = (Qualifier) lead[1];
                    }
                    from = after(key, from + word.length());
                    changed = true;
                    break;
                }
            }
            if (changed) {
                continue;
            }
            int part = part(key, from);
            if (part >= 0) {
                // "đến cuối năm" is "đến hết năm": by the end, not the last third
                boolean untilTheEnd = qualifier == Qualifier.BY_END && part == 3;
                qualifier = untilTheEnd
                        ? Qualifier.BY_END
                        : part == 1 ? Qualifier.EARLY : part == 2 ? Qualifier.MIDDLE : Qualifier.LATE;
                from = after(key, from + (part == 1 ? 3 : 4));
                changed = true;
                continue;
            }
            Matcher m;
            if (time == null && mayBeTime(key, from) && (m = region(TIME.matcher(key), from)).find()) {
                time = time(m);
                if (time != null) {
                    from = after(key, m.end());
                    changed = true;
                    continue;
                }
            }
            if (mayBeWeekday(key, from) && (m = region(WEEKDAY.matcher(key), from)).find()) {
                from = after(key, m.end());
                changed = true;
            }
        }
        return new Lead(qualifier, time, from == 0 ? key : key.substring(from));
    }

    private static final Object[][] NONE = new Object[0][];

    /** {@link #strip} with the patterns: what the hand reading of the parts before a unit must not change. */
    static Lead stripByPatterns(String key) {
        Qualifier qualifier = null;
        LocalTime time = null;
        String rest = key;
        boolean changed = true;
        while (changed && !rest.isEmpty()) {
            changed = false;
            char initial = rest.charAt(0);
            Object[][] candidates = initial >= 'a' && initial <= 'z' ? BY_FIRST[initial - 'a'] : NONE;
            for (Object[] lead : candidates) {
                String word = (String) lead[0];
                if (startsWithWord(rest, word)) {
                    if (lead[1] != null) {
                        qualifier = (Qualifier) lead[1];
                    }
                    rest = rest.substring(word.length()).strip();
                    changed = true;
                    break;
                }
            }
            if (changed) {
                continue;
            }
            Matcher m;
            if ((m = PART.matcher(rest)).find()) {
                boolean untilTheEnd =
                        qualifier == Qualifier.BY_END && m.group(1).equals("cuoi");
                qualifier = untilTheEnd
                        ? Qualifier.BY_END
                        : switch (m.group(1)) {
                            case "dau" -> Qualifier.EARLY;
                            case "giua" -> Qualifier.MIDDLE;
                            default -> Qualifier.LATE;
                        };
                rest = rest.substring(m.end()).strip();
                changed = true;
                continue;
            }
            if (time == null && (m = TIME.matcher(rest)).find()) {
                time = time(m);
                if (time != null) {
                    rest = rest.substring(m.end()).strip();
                    changed = true;
                    continue;
                }
            }
            if ((m = WEEKDAY.matcher(rest)).find()) {
                rest = rest.substring(m.end()).strip();
                changed = true;
            }
        }
        return new Lead(qualifier, time, rest);
    }

    /** A matcher that sees {@code key} from {@code from} on, its '^' there (anchoring bounds). */
    private static Matcher region(Matcher m, int from) {
        return m.region(from, m.regionEnd());
    }

    /** Past the spaces at {@code i}: where the stripped rest begins. */
    private static int after(String key, int i) {
        int n = key.length();
        while (i < n && key.charAt(i) <= ' ' && Character.isWhitespace(key.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * What {@link #PART} finds at {@code from}, by hand: 1, 2 or 3 for "dau", "giua", "cuoi" followed
     * by a space and "thang", "quy", "nam" or "nua"; -1 otherwise.
     */
    static int part(String key, int from) {
        int part;
        int at;
        if (key.startsWith("dau ", from)) {
            part = 1;
            at = from + 4;
        } else if (key.startsWith("giua ", from)) {
            part = 2;
            at = from + 5;
        } else if (key.startsWith("cuoi ", from)) {
            part = 3;
            at = from + 5;
        } else {
            return -1;
        }
        return key.startsWith("thang", at)
                        || key.startsWith("quy", at)
                        || key.startsWith("nam", at)
                        || key.startsWith("nua", at)
                ? part
                : -1;
    }

    /** A cheap look before {@link #TIME}: "lúc …", or one or two digits then "h" or "giờ". */
    private static boolean mayBeTime(String key, int from) {
        if (key.startsWith("luc ", from)) {
            return true;
        }
        int n = key.length();
        int i = from;
        while (i < n && i - from < 2 && key.charAt(i) >= '0' && key.charAt(i) <= '9') {
            i++;
        }
        if (i == from || i == n) {
            return false;
        }
        char c = key.charAt(i);
        return c == 'h' || c == 'g' || (c == ' ' && (key.startsWith("h", i + 1) || key.startsWith("gio", i + 1)));
    }

    /** A cheap look before {@link #WEEKDAY}. */
    private static boolean mayBeWeekday(String key, int from) {
        return key.startsWith("thu ", from)
                || key.startsWith("chu nhat", from)
                || key.startsWith("ngay thu ", from)
                || key.startsWith("ngay chu nhat", from);
    }

    private static LocalTime time(Matcher m) {
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String part = m.group(3);
        if (part != null && (part.equals("chieu") || part.equals("toi")) && hour < 12) {
            hour += 12;
        }
        if (hour > 23 || minute > 59) {
            return null;
        }
        return LocalTime.of(hour, minute);
    }

    static boolean startsWithWord(String text, String word) {
        return startsWithWord(text, 0, word);
    }

    /** Whether {@code word} stands at {@code from} as a whole word. */
    static boolean startsWithWord(String text, int from, String word) {
        int end = from + word.length();
        return text.startsWith(word, from) && (text.length() == end || text.charAt(end) == ' ');
    }
}
