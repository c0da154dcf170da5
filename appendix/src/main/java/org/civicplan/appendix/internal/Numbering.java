package org.civicplan.appendix.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicplan.appendix.NumberStyle;

/** The STT forms of appendix tables, and section numerals at the start of a heading. */
final class Numbering {
    private static final Pattern ROMAN = Pattern.compile("^(?:(?:Phần|PHẦN|Phan|PHAN)\\s+)?[IVXLC]+[.):]?$");
    private static final Pattern CAPITAL = Pattern.compile("^[A-Z][.)]?$");
    private static final Pattern ARABIC = Pattern.compile("^\\d+[.)]?$");
    private static final Pattern DOTTED = Pattern.compile("^\\d+(\\.\\d+)+\\.?$");
    private static final Pattern LETTER = Pattern.compile("^[a-zđ][.)]?$");
    private static final Pattern DASH = Pattern.compile("^[-–—]$");
    private static final Pattern SECTION_TEXT =
            Pattern.compile("^((?:Phần|PHẦN)\\s+[IVXLC]+|[IVXLC]+|[A-Z])\\s*[.):]\\s*(\\S.*)$", Pattern.DOTALL);
    /** The row under a header that numbers the columns: "1", "(2)", "3". */
    private static final Pattern COLUMN_NUMBER = Pattern.compile("^\\(?\\d{1,2}\\)?$");

    private Numbering() {}

    static NumberStyle style(String stt) {
        String s = stt.strip();
        if (s.isEmpty()) {
            return NumberStyle.NONE;
        }
        if (digits(s)) {
            return NumberStyle.ARABIC; // the common case, without the patterns
        }
        if (ROMAN.matcher(s).matches()) {
            return NumberStyle.ROMAN;
        }
        if (CAPITAL.matcher(s).matches()) {
            return NumberStyle.CAPITAL_LETTER;
        }
        if (ARABIC.matcher(s).matches()) {
            return NumberStyle.ARABIC;
        }
        if (DOTTED.matcher(s).matches()) {
            return NumberStyle.DOTTED;
        }
        if (LETTER.matcher(s).matches()) {
            return NumberStyle.LETTER;
        }
        if (DASH.matcher(s).matches()) {
            return NumberStyle.DASH;
        }
        if (s.equals("+")) {
            return NumberStyle.PLUS;
        }
        return NumberStyle.OTHER;
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean isSection(NumberStyle style) {
        return style == NumberStyle.ROMAN || style == NumberStyle.CAPITAL_LETTER;
    }

    /** The numeral without its trailing dot or bracket ("II." is "II"). */
    static String numeral(String stt) {
        String s = stt.strip();
        while (!s.isEmpty() && ".):".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** "I. NHIỆM VỤ CHUNG" as {"I", "NHIỆM VỤ CHUNG"}, or null when the text starts with no numeral. */
    static String[] sectionPrefix(String text) {
        Matcher m = SECTION_TEXT.matcher(text.strip());
        return m.matches() ? new String[] {m.group(1), m.group(2).strip()} : null;
    }

    static boolean columnNumber(String text) {
        return COLUMN_NUMBER.matcher(text.strip()).matches();
    }
}
