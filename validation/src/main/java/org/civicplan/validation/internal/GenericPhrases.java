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

    public static boolean isGeneric(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        int words = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            if (Character.isWhitespace(c)) {
                words++;
            }
        }
        if (words > MAX_WORDS) {
            return false;
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
