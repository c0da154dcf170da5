package org.civicplan.export.xlsx.internal;

import org.dhatim.fastexcel.StyleSetter;

/** The workbook's shared look: font, number and date formats, fills, and how often rows are flushed. */
final class Styles {
    static final String FONT = "Times New Roman";
    /** Rows written between flushes: only this many are ever held in memory. */
    static final int FLUSH_EVERY = 1000;

    static final String MONEY = "#,##0";
    static final String DATE = "dd/mm/yyyy";
    static final String HEADER_FILL = "D9E1F2";
    static final String SECTION_FILL = "F2F2F2";
    /** Height of one line of 12 pt text, in points. */
    static final double LINE_HEIGHT = 15.75;
    /** The tallest row Excel allows, in points. */
    static final double MAX_ROW_HEIGHT = 409;

    private Styles() {}

    /** Times New Roman 12 pt, wrapped, vertically centred: every cell of the report sheets starts here. */
    static StyleSetter base(StyleSetter style) {
        return style.fontName(FONT).fontSize(12).wrapText(true).verticalAlignment("center");
    }
}
