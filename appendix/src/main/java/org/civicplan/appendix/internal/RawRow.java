package org.civicplan.appendix.internal;

import java.util.Collections;
import java.util.List;

/**
 * A row as a source reads it: its number (the sheet's row number, or the row's place in a Word
 * table, 1-based), its cells left to right, and whether it is hidden. The source hands its list of
 * cells over (a new list for each row), so it is wrapped, not copied.
 */
record RawRow(int number, List<RawCell> cells, boolean hidden) {
    RawRow {
        cells = Collections.unmodifiableList(cells);
    }

    boolean blank() {
        for (RawCell c : cells) {
            if (!c.blank()) {
                return false;
            }
        }
        return true;
    }

    /** The non-blank cells that start in this row (not merged down from above). */
    int ownTexts() {
        int n = 0;
        for (RawCell c : cells) {
            if (!c.blank() && !c.continues(number)) {
                n++;
            }
        }
        return n;
    }

    /** The first cell whose span covers grid column {@code column}, or null. */
    RawCell covering(int column) {
        for (RawCell c : cells) {
            if (c.column() <= column && column < c.column() + c.span()) {
                return c;
            }
        }
        return null;
    }
}
