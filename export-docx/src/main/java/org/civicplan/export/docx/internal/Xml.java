package org.civicplan.export.docx.internal;

import org.civicplan.core.text.XmlText;

/**
 * XML text escaping. Characters XML 1.0 cannot carry (control characters, U+FFFE, U+FFFF, a lone
 * surrogate) become U+FFFD through the shared {@link XmlText}, so document.xml stays well-formed.
 */
final class Xml {
    private Xml() {}

    static String escape(String text) {
        String clean = XmlText.clean(text);
        StringBuilder b = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
