package org.civicplan.validation.internal;

import java.util.List;
import org.civicplan.core.text.VietnameseText;

/**
 * Detects a task that says only "do more of it" ("triển khai thực hiện", "tăng cường", "đẩy mạnh" …)
 * with nothing concrete after it.
 *
 * <p>The heuristic, on the folded text (lower case, no diacritics, punctuation as spaces): strip
 * leading generic phrases as long as one matches (so "tiếp tục đẩy mạnh triển khai" strips all
 * three); a text of more than {@value #MAX_WORDS} words or with a digit is never generic; the text is generic when it contained at least one such phrase, fewer than {@value
 * #MIN_CONCRETE_WORDS} words remain, and it contains no digit (a number is taken as a measurable
 * object: "tổ chức 5 hội thảo"). It errs towards silence: a false alarm teaches officials to ignore
 * the check, so the finding is a warning.
 */
public final class GenericPhrases {
    /** Fewer words than this after the generic phrase means nothing concrete was said. */
    public static final int MIN_CONCRETE_WORDS = 5;

    /** A text this long says more than "do more": skip the costly folding. */
    static final int MAX_WORDS = 30;

    private static final java.util.regex.Pattern PUNCTUATION = java.util.regex.Pattern.compile("[\\p{P}\\p{S}]+");

    /** Longest first, so that "trien khai thuc hien" wins over "thuc hien". */
    private static final List<String> PHRASES = List.of(
            "trien khai thuc hien",
            "to chuc thuc hien",
            "tang cuong",
            "day manh",
            "nang cao",
            "thuc hien",
            "trien khai",
            "tiep tuc",
            "quan tam",
            "chu trong",
            "phat huy",
            "tich cuc");

    private GenericPhrases() {}

    /** {@link Character#isDigit(char)}, without the table look-up for Latin and Vietnamese letters. */
    static boolean isDigit(char c) {
        // the first decimal digit outside ASCII is U+0660 ARABIC-INDIC DIGIT ZERO
        return c <= '9' ? c >= '0' : c >= '\u0660' && Character.isDigit(c);
    }

    /** {@link Character#isWhitespace(char)}, without the table look-up for Latin and Vietnamese letters. */
    static boolean isWhitespace(char c) {
        // no white space lies between the ASCII space and U+1680 OGHAM SPACE MARK
        return c <= ' ' ? Character.isWhitespace(c) : c >= '\u1680' && Character.isWhitespace(c);
    }

    public static boolean isGeneric(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        int words = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                return false;
            }
            if (isWhitespace(c) && ++words > MAX_WORDS) {
                // too long to be generic; a digit further on would say so too
                return false;
            }
        }
        String folded = VietnameseText.fold(PUNCTUATION.matcher(text).replaceAll(" "));
        String rest = folded;
        boolean stripped = false;
        boolean again = true;
        while (again) {
            again = false;
            for (String phrase : PHRASES) {
                if (rest.equals(phrase) || rest.startsWith(phrase + " ")) {
                    rest = rest.substring(phrase.length()).strip();
                    stripped = true;
                    again = true;
                    break;
                }
            }
        }
        if (!stripped) {
            return false;
        }
        return rest.isEmpty() || rest.split(" ").length < MIN_CONCRETE_WORDS;
    }
}
