package org.civicplan.appendix.internal;

/**
 * A cell as a source reads it, before any meaning: where it starts on the grid, how many grid
 * columns it spans, its text (lines separated by {@code \n}), and whether it only continues a cell
 * merged down from an earlier row (then {@code text} is that cell's text and {@code originRow} its
 * row).
 *
 * @param formula the cell holds a formula (its cached value is the text; never evaluated)
 * @param valueMissing a formula without a cached value, so no text
 * @param hiddenText some of the text is formatted hidden (Word's "vanish")
 * @param blank the text is blank ({@link String#isBlank}), worked out once: the table assembler
 *     asks it of every cell several times
 */
record RawCell(
        int column,
        int span,
        String text,
        int originRow,
        boolean formula,
        boolean valueMissing,
        boolean hiddenText,
        boolean blank) {
    RawCell(
            int column,
            int span,
            String text,
            int originRow,
            boolean formula,
            boolean valueMissing,
            boolean hiddenText) {
        this(column, span, text, originRow, formula, valueMissing, hiddenText, text.isBlank());
    }

    static RawCell of(int column, int span, String text, int row) {
        return new RawCell(column, span, text, row, false, false, false);
    }

    boolean continues(int row) {
        return originRow != row;
    }
}
