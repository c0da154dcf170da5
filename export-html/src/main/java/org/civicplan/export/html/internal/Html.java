package org.civicplan.export.html.internal;

import java.io.IOException;
import java.io.Writer;
import org.civicplan.core.export.UnableToExportException;
import org.civicplan.core.text.XmlText;

/**
 * Writes HTML text with every piece of data escaped. Markup goes through {@link #raw}, data
 * through {@link #text} and {@link #attr}; there is no other way in, so a title containing
 * {@code <script>} shows as text.
 */
public final class Html {
    private final Writer out;

    public Html(Writer out) {
        this.out = out;
    }

    /** The dashboard's output failed. */
    static UnableToExportException unableToWrite(IOException e) {
        return UnableToExportException.writing("bảng theo dõi (html)", "the dashboard (html)", e);
    }

    /**
     * Escapes for text content and for attribute values (quoted with double quotes). Characters XML
     * 1.0 does not allow become U+FFFD first ({@link XmlText}): the page holds inline SVG, which an
     * XML parser reads.
     */
    public static String escape(String raw) {
        String text = XmlText.clean(raw);
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String rep =
                    switch (c) {
                        case '&' -> "&amp;";
                        case '<' -> "&lt;";
                        case '>' -> "&gt;";
                        case '"' -> "&quot;";
                        case '\'' -> "&#39;";
                        default -> null;
                    };
            if (rep != null) {
                if (b == null) {
                    b = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                b.append(rep);
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }

    public Html raw(String markup) {
        try {
            out.write(markup);
        } catch (IOException e) {
            throw unableToWrite(e);
        }
        return this;
    }

    public Html text(String text) {
        return raw(escape(text));
    }

    /** {@code name="value"} with a leading space. */
    public Html attr(String name, String value) {
        return raw(" ").raw(name).raw("=\"").raw(escape(value)).raw("\"");
    }

    /** The text in both languages: two spans the language toggle shows one of, or the text once when equal. */
    public Html bi(String vi, String en) {
        if (vi.equals(en)) {
            return text(vi);
        }
        return raw("<span lang=\"vi\">")
                .text(vi)
                .raw("</span><span lang=\"en\">")
                .text(en)
                .raw("</span>");
    }

    /** As {@link #bi} for SVG: two {@code <text>} elements at the same place. */
    public Html svgText(double x, double y, String attrs, String vi, String en) {
        String at = " x=\"" + Svg.num(x) + "\" y=\"" + Svg.num(y) + "\"" + attrs;
        if (vi.equals(en)) {
            return raw("<text" + at + ">").text(vi).raw("</text>");
        }
        return raw("<text lang=\"vi\"" + at + ">")
                .text(vi)
                .raw("</text><text lang=\"en\"" + at + ">")
                .text(en)
                .raw("</text>");
    }
}
