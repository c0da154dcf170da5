package org.civicplan.appendix;

import static java.util.Objects.requireNonNull;

/**
 * One meaningful row of an appendix table, in file order: a section heading, an item, a totals row
 * or a note. Blank rows, repeated headers and the column-number row "(1) (2) (3)" are not rows.
 */
public sealed interface AppendixRow permits AppendixItem, AppendixRow.Section, AppendixRow.Total, AppendixRow.Note {
    /** Where the row is. */
    Location location();

    /**
     * A section heading row ("I. NHIỆM VỤ CHUNG", "A. Các nhiệm vụ trọng tâm"), usually merged
     * across the table.
     *
     * @param numeral the numeral as written without its dot ("I", "A", "Phần II"); empty for an
     *     unnumbered heading in capitals
     * @param heading the heading's text as written
     */
    record Section(Location location, String numeral, NumberStyle style, String heading) implements AppendixRow {
        public Section {
            requireNonNull(location, "location is null");
            requireNonNull(numeral, "numeral is null");
            requireNonNull(style, "style is null");
            requireNonNull(heading, "heading is null");
        }
    }

    /** A totals row ("Tổng cộng", "Tổng kinh phí"): its text as written, cells joined by " | ". */
    record Total(Location location, String text) implements AppendixRow {
        public Total {
            requireNonNull(location, "location is null");
            requireNonNull(text, "text is null");
        }
    }

    /** A note under the table ("Ghi chú: ..."), and every row after it in the same table. */
    record Note(Location location, String text) implements AppendixRow {
        public Note {
            requireNonNull(location, "location is null");
            requireNonNull(text, "text is null");
        }
    }
}
