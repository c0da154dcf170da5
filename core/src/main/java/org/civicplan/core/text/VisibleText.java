package org.civicplan.core.text;

/**
 * Whether a text says anything a reader can see. {@link String#isBlank()} counts only whitespace,
 * so a reason of one zero-width space (U+200B), a byte-order mark, a word joiner, a Hangul filler
 * or a lone combining accent passes it although nothing is written; a reason, a note or a user name
 * given as such must be refused.
 */
public final class VisibleText {
    private VisibleText() {}

    /** True when {@code text} has at least one character that prints as something. */
    public static boolean hasText(String text) {
        if (text == null) {
            return false;
        }
        return text.codePoints().anyMatch(VisibleText::visible);
    }

    /** True for a code point that prints: not a space, control, format, mark alone, filler or unassigned. */
    static boolean visible(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return false;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SURROGATE,
                    Character.UNASSIGNED,
                    Character.PRIVATE_USE,
                    Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK,
                    Character.COMBINING_SPACING_MARK -> {
                return false;
            }
            default -> {
                // letters that print as blanks: Hangul fillers, the braille blank, the halfwidth filler
                return cp != 0x115F && cp != 0x1160 && cp != 0x3164 && cp != 0xFFA0 && cp != 0x2800;
            }
        }
    }
}
