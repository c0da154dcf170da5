package org.civicplan.export.html.internal;

import java.util.Locale;

/** Small helpers for inline SVG coordinates. */
final class Svg {
    private Svg() {}

    static String num(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
