package org.civicplan.core.text;

/**
 * Text as XML 1.0 allows it in element content and attribute values: {@code #x9 | #xA | #xD |
 * [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]}. Anything else (other control characters,
 * U+FFFE, U+FFFF, a surrogate without its pair) makes the document not well-formed: Word refuses a
 * docx with one, a browser stops an XHTML or SVG page at it. Every XML writer of the exports passes
 * user text through {@link #clean} first; escaping {@code <}, {@code &} and quotes stays the
 * writer's job.
 */
public final class XmlText {
    /** What a character XML cannot carry becomes: the replacement character, so the loss shows. */
    public static final char REPLACEMENT = '\uFFFD';

    private XmlText() {}

    /** True when XML 1.0 allows the code point. */
    public static boolean allowed(int cp) {
        return cp == 0x9
                || cp == 0xA
                || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /**
     * The text with every character XML 1.0 does not allow replaced by U+FFFD (a lone surrogate
     * counts as one such character); the same string when there is none.
     */
    public static String clean(CharSequence text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = Character.codePointAt(text, i);
            if (!allowed(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        if (i == n) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(n);
        out.append(text, 0, i);
        while (i < n) {
            int cp = Character.codePointAt(text, i);
            out.appendCodePoint(allowed(cp) ? cp : REPLACEMENT);
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
