package org.civicplan.export.xlsx.internal;

import org.civicplan.core.Lang;

/** A table column: its heading in both languages and its width in characters. */
record Column(String vi, String en, double width) {
    /** A column whose width is set elsewhere (a second table on the same sheet). */
    Column(String vi, String en) {
        this(vi, en, 0);
    }

    String label(Lang lang) {
        return lang.pick(vi, en);
    }
}
