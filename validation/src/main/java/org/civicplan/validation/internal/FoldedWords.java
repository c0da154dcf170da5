package org.civicplan.validation.internal;

import java.text.Normalizer;
import org.civicplan.core.text.VietnameseText;

/**
 * The words of a text folded ({@link VietnameseText#fold}), hashed as {@link NearDuplicates#words}
 * hashes them, straight from the text: no folded copy is built. A word is a run of {@code [a-z0-9]} in
 * the folded text. Where the fold works character by character (every character of the text in the
 * ranges its table covers, each folding to at most one character), each character's folded form is
 * looked up here, worked out on first sight as the fold works it out; a text with any other character
 * is left to the fold itself.
 */
final class FoldedWords {
    /** The fold's table ends here. */
    private static final int END = 0x20D0;
    /** Folds to nothing: neither ends a word nor starts one. */
    private static final char DROP = '\uFFFF';
    /** The fold decomposes the whole text: this character's text is left to it. */
    private static final char SLOW = '\uFFFE';
    /**
     * Each character's folded form, 0 until first seen. Worked out the same by every thread, so that a
     * thread that reads 0 where another has written works it out again, to the same value.
     */
    private static final char[] FOLDED = new char[END];

    private FoldedWords() {}

    /**
     * Appends the hashes of the words of {@code text} folded to {@code words} from {@code count}; the
     * new count, the same as {@code NearDuplicates.words(VietnameseText.fold(text), words, count)}; or
     * -1 when the fold decomposes the whole text, which is then left to it. {@code words} holds at
     * least {@code count + (text.length() + 1) / 2} values.
     */
    static int words(String text, int[] words, int count) {
        int n = text.length();
        int at = count;
        int h = 0;
        boolean inWord = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char f;
            if (c < 0x80) {
                f = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else {
                f = folded(c);
                if (f == SLOW) {
                    return -1;
                }
                if (f == DROP) {
                    continue;
                }
            }
            if (f >= 'a' && f <= 'z' || f >= '0' && f <= '9') {
                h = 31 * h + f;
                inWord = true;
            } else if (inWord) {
                words[at++] = h;
                h = 0;
                inWord = false;
            }
        }
        if (inWord) {
            words[at++] = h;
        }
        return at;
    }

    /** The folded form of {@code c} (at least U+0080): a character, {@link #DROP} or {@link #SLOW}. */
    static char folded(char c) {
        if (c >= END) {
            return SLOW;
        }
        char f = FOLDED[c];
        if (f == 0) {
            f = foldOne(c);
            FOLDED[c] = f;
        }
        return f;
    }

    /** As the fold's table: the ranges it covers, each character decomposed, marks dropped, lower case. */
    private static char foldOne(char c) {
        boolean covered = c < 0x0250 || (c >= 0x0300 && c < 0x0370) || (c >= 0x1E00 && c < 0x1F00) || c >= 0x2000;
        if (!covered) {
            return SLOW;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(1);
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            if (Character.getType(d) != Character.NON_SPACING_MARK) {
                kept.append(d == 'đ' || d == 'Đ' ? 'd' : Character.toLowerCase(d));
            }
        }
        if (kept.length() == 0) {
            return DROP;
        }
        // 0 stands for "not yet seen": a character folding to U+0000 is left to the fold
        return kept.length() == 1 && kept.charAt(0) < SLOW && kept.charAt(0) != 0 ? kept.charAt(0) : SLOW;
    }
}
