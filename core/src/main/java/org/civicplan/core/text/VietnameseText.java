package org.civicplan.core.text;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * Vietnamese text as civicplan stores and compares it: Unicode NFC (input often arrives decomposed
 * from Word or macOS), names sorted by a Vietnamese collator, and a folded form for matching typed
 * expressions with or without diacritics.
 */
public final class VietnameseText {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

    /*
     * The fast path of fold: a table of what each character folds to, computed once with the
     * Normalizer itself, for the Latin blocks, the combining diacritical marks, Latin Extended
     * Additional, general punctuation and the currency signs (all of Vietnamese text, precomposed or
     * not, with its dashes, quotes and "₫"). In those blocks every character with a non-zero
     * combining class is a non-spacing mark, which folding drops, so NFD's reordering of marks never
     * matters and folding character by character equals folding the whole text. Any other character
     * sends the whole text down the decomposing path.
     */
    private static final char DROP = '\uFFFF';
    private static final char SLOW = '\uFFFE';
    private static final int TABLE_END = 0x20D0;
    private static final char[] FOLDED = foldTable();
    /** Per character of the table: what its folded form is, for the cursor (one of the constants below). */
    private static final byte[] KIND = kindTable();

    private static final byte TEXT = 0;
    private static final byte COLLAPSIBLE = 1;
    private static final byte OTHER_SPACE = 2;
    private static final byte DROPPED = 3;
    private static final byte UNCOVERED = 4;

    private VietnameseText() {}

    /** NFC form of {@code text}; null stays null. */
    public static String nfc(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** NFC form with surrounding white space removed and inner runs collapsed to one space; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        return collapse(nfc(text).strip());
    }

    /** True when null, empty, or only white space. */
    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * Lower case, without diacritics ("đ" becomes "d"), white space collapsed: the form used to match
     * what people type ("Quy III/2021" and "Quý III/2021" fold alike).
     *
     * <p>Precisely: the canonical decomposition (NFD) of the text without its non-spacing marks, each
     * character in lower case, surrounding white space stripped and each inner run of {@code [
     * \t\n\x0B\f\r]} replaced by one space.
     */
    public static String fold(String text) {
        int n = text.length();
        // on the fast path a character folds to at most one character
        char[] out = new char[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            char f = folded(text.charAt(i));
            if (f == SLOW) {
                return foldDecomposed(text);
            }
            if (f != DROP) {
                out[length++] = f;
            }
        }
        return stripAndCollapse(out, length);
    }

    /**
     * True when {@code a} and {@code b} fold alike, i.e. {@code fold(a).equals(fold(b))}, without
     * building either folded text. Compares from the end and stops at the first difference, so a
     * text that extends the other ("Title; and more") differs at once.
     */
    public static boolean foldsAlike(String a, String b) {
        FoldCursor x = new FoldCursor(a);
        FoldCursor y = new FoldCursor(b);
        while (true) {
            int c = x.previous();
            int d = y.previous();
            if (c == FoldCursor.UNSUPPORTED || d == FoldCursor.UNSUPPORTED) {
                return fold(a).equals(fold(b));
            }
            if (c != d) {
                return false;
            }
            if (c == FoldCursor.END) {
                return true;
            }
        }
    }

    private static char[] foldTable() {
        char[] table = new char[TABLE_END];
        for (int c = 0; c < TABLE_END; c++) {
            boolean covered = c < 0x0250 || (c >= 0x0300 && c < 0x0370) || (c >= 0x1E00 && c < 0x1F00) || c >= 0x2000;
            table[c] = covered ? foldOne((char) c) : SLOW;
        }
        return table;
    }

    private static byte[] kindTable() {
        byte[] kinds = new byte[TABLE_END];
        for (int c = 0; c < TABLE_END; c++) {
            char f = FOLDED[c];
            kinds[c] = f == SLOW
                    ? UNCOVERED
                    : f == DROP
                            ? DROPPED
                            : isCollapsible(f) ? COLLAPSIBLE : Character.isWhitespace(f) ? OTHER_SPACE : TEXT;
        }
        return kinds;
    }

    private static byte kind(char c) {
        return c < TABLE_END ? KIND[c] : UNCOVERED;
    }

    private static char foldOne(char c) {
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(1);
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            if (Character.getType(d) != Character.NON_SPACING_MARK) {
                kept.append(foldKept(d));
            }
        }
        if (kept.length() == 0) {
            return DROP;
        }
        return kept.length() == 1 && kept.charAt(0) < SLOW ? kept.charAt(0) : SLOW;
    }

    private static char folded(char c) {
        return c < TABLE_END ? FOLDED[c] : SLOW;
    }

    private static char foldKept(char c) {
        return c == 'đ' || c == 'Đ' ? 'd' : Character.toLowerCase(c);
    }

    /** The general path, for text with characters outside the table (Greek, Hangul, surrogates …). */
    private static String foldDecomposed(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        char[] out = new char[decomposed.length()];
        int length = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out[length++] = foldKept(c);
            }
        }
        return stripAndCollapse(out, length);
    }

    /** Strips white space at both ends and replaces each inner run of {@code [ \t\n\x0B\f\r]} by one space. */
    private static String stripAndCollapse(char[] chars, int length) {
        int start = 0;
        while (start < length && Character.isWhitespace(chars[start])) {
            start++;
        }
        int end = length;
        while (end > start && Character.isWhitespace(chars[end - 1])) {
            end--;
        }
        int out = 0;
        boolean inRun = false;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (isCollapsible(c)) {
                if (!inRun) {
                    chars[out++] = ' ';
                    inRun = true;
                }
            } else {
                chars[out++] = c;
                inRun = false;
            }
        }
        return new String(chars, 0, out);
    }

    /** The white space that collapses: {@code \s} of {@link java.util.regex.Pattern}, ASCII only. */
    private static boolean isCollapsible(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * Walks the folded form of a text backwards, one character at a time, as {@link #fold} would
     * build it (stripping and collapsing read the same in both directions).
     */
    private static final class FoldCursor {
        static final int END = -1;
        static final int UNSUPPORTED = -2;

        private final String text;
        private int pos;
        private boolean started;
        /** While {@code pos > runStart}, pos is inside a run of white space known to have text before it. */
        private int runStart = Integer.MAX_VALUE;

        FoldCursor(String text) {
            this.text = text;
            this.pos = text.length() - 1;
        }

        int previous() {
            while (pos >= 0) {
                char c = text.charAt(pos);
                byte kind = kind(c);
                if (kind == TEXT) {
                    started = true;
                    pos--;
                    return FOLDED[c];
                }
                if (kind == DROPPED) {
                    pos--;
                    continue;
                }
                if (kind == UNCOVERED) {
                    return UNSUPPORTED;
                }
                if (pos <= runStart) {
                    // a new run of white space: is it trailing, inner or leading?
                    int j = pos;
                    while (j >= 0) {
                        byte k = kind(text.charAt(j));
                        if (k == UNCOVERED) {
                            return UNSUPPORTED;
                        }
                        if (k == TEXT) {
                            break;
                        }
                        j--;
                    }
                    if (j < 0) {
                        pos = -1;
                        return END;
                    }
                    if (!started) {
                        pos = j;
                        continue;
                    }
                    runStart = j;
                }
                pos--;
                if (kind == COLLAPSIBLE) {
                    // the whole stretch of collapsible white space (and dropped marks) is one space
                    while (pos > runStart) {
                        byte k = kind(text.charAt(pos));
                        if (k != COLLAPSIBLE && k != DROPPED) {
                            break;
                        }
                        pos--;
                    }
                    return ' ';
                }
                return FOLDED[c];
            }
            return END;
        }
    }

    /** Inner runs of white space to one space; the common case (none to collapse) allocates nothing. */
    private static String collapse(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)
                    && (c != ' ' || (i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))))) {
                return WHITE_SPACE.matcher(text).replaceAll(" ");
            }
        }
        return text;
    }

    /** A new Vietnamese collator (collators are not thread-safe, so each caller gets its own). */
    public static Collator collator() {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return collator;
    }

    /** Orders values by a text key in Vietnamese collation order. */
    public static <T> Comparator<T> byName(Function<T, String> key) {
        Collator collator = collator();
        return (a, b) -> {
            synchronized (collator) {
                return collator.compare(key.apply(a), key.apply(b));
            }
        };
    }
}
