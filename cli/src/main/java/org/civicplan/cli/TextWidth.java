package org.civicplan.cli;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * The width of text on a terminal, in columns: a combining mark (Vietnamese typed decomposed,
 * "ế" as e + ◌̂ + ◌́) takes none, a wide or full-width character (CJK) two, every other one. Padding
 * by {@code String.length()} shifted a column for each combining mark and surrogate pair.
 */
final class TextWidth {
    private TextWidth() {}

    static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK
                    || type == Character.FORMAT
                    || cp == 0x200B) {
                continue;
            }
            int eastAsian = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
            width += eastAsian == UCharacter.EastAsianWidth.WIDE || eastAsian == UCharacter.EastAsianWidth.FULLWIDTH
                    ? 2
                    : 1;
        }
        return width;
    }

    /** {@code text} followed by spaces up to {@code columns} (nothing added when it is wider). */
    static String pad(String text, int columns) {
        int missing = columns - of(text);
        return missing <= 0 ? text : text + " ".repeat(missing);
    }
}
