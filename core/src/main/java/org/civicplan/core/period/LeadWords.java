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
        String rest = key;
        boolean changed = true;
        while (changed && !rest.isEmpty()) {
            changed = false;
            char initial = rest.charAt(0);
            Object[][] candidates = initial >= 'a' && initial <= 'z' ? BY_FIRST[initial - 'a'] : new Object[0][];
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
            char first = rest.charAt(0);
            Matcher m = null;
            if ((first == 'd' || first == 'g' || first == 'c')
                    && (rest.startsWith("dau ") || rest.startsWith("giua ") || rest.startsWith("cuoi "))
                    && (m = PART.matcher(rest)).find()) {
                // "đến cuối năm" is "đến hết năm": by the end, not the last third
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
            if (time == null && mayBeTime(rest) && (m = TIME.matcher(rest)).find()) {
                time = time(m);
                if (time != null) {
                    rest = rest.substring(m.end()).strip();
                    changed = true;
                    continue;
                }
            }
            if (mayBeWeekday(rest) && (m = WEEKDAY.matcher(rest)).find()) {
                rest = rest.substring(m.end()).strip();
                changed = true;
            }
        }
        return new Lead(qualifier, time, rest);
    }

    /** A cheap look before {@link #TIME}: "lúc …", or one or two digits then "h" or "giờ". */
    private static boolean mayBeTime(String rest) {
        if (rest.startsWith("luc ")) {
            return true;
        }
        int i = 0;
        while (i < rest.length() && i < 2 && rest.charAt(i) >= '0' && rest.charAt(i) <= '9') {
            i++;
        }
        if (i == 0 || i == rest.length()) {
            return false;
        }
        char c = rest.charAt(i);
        return c == 'h' || c == 'g' || (c == ' ' && (rest.startsWith("h", i + 1) || rest.startsWith("gio", i + 1)));
    }

    /** A cheap look before {@link #WEEKDAY}. */
    private static boolean mayBeWeekday(String rest) {
        return rest.startsWith("thu ")
                || rest.startsWith("chu nhat")
                || rest.startsWith("ngay thu ")
                || rest.startsWith("ngay chu nhat");
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
        return text.startsWith(word) && (text.length() == word.length() || text.charAt(word.length()) == ' ');
    }
}
