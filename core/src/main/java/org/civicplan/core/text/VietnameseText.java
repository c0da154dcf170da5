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
     */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            out.append(Character.toLowerCase(c));
        }
        return collapse(out.toString().strip());
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
