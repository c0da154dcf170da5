package org.civicplan.export.xlsx.internal;

import static org.civicplan.export.xlsx.internal.Styles.base;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.Lang;
import org.civicplan.core.NumberText;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.text.XmlText;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Worksheet;

/**
 * One report sheet as it is written: its column widths, the cells in the workbook's styles, titles,
 * notes and header rows, print setup, and row heights for wrapped text.
 *
 * <p>Neither fastexcel nor every spreadsheet program sizes rows to wrapped text, so a row's height
 * is estimated from its longest text against the column width. Rows are written in order, so a
 * row is sized when the next one starts, or before a flush or the end of the sheet.
 */
final class SheetLayout {
    private final Worksheet ws;
    private final Lang lang;
    private final double[] widths;
    private int pendingRow = -1;
    private int pendingLines = 1;

    /** Sets the widths of the first {@code count} columns: those of {@code cols}, 12 for the rest. */
    SheetLayout(Worksheet ws, Lang lang, List<Column> cols, int count) {
        this.ws = ws;
        this.lang = lang;
        this.widths = new double[count];
        for (int c = 0; c < count; c++) {
            widths[c] = c < cols.size() ? cols.get(c).width() : 12;
            ws.width(c, widths[c]);
        }
    }

    SheetLayout(Worksheet ws, Lang lang, List<Column> cols) {
        this(ws, lang, cols, cols.size());
    }

    Worksheet sheet() {
        return ws;
    }

    /** Lines {@code text} takes in a column {@code width} characters wide. */
    static int lines(String text, double width) {
        int perLine = Math.max(1, (int) Math.floor(width));
        int lines = 0;
        for (String part : text.split("\n", -1)) {
            lines += Math.max(1, (part.length() + perLine - 1) / perLine);
        }
        return lines;
    }

    // ---------------------------------------------------------------- cells

    /**
     * Texts this long or longer are written inline in the sheet instead of into the workbook's shared
     * strings. fastexcel keeps every shared string in memory until the workbook is finished, so a
     * whole portfolio's titles and contents (each nearly always different) made the whole-workbook
     * export's heap grow with the portfolio (10^5 varied items: 266 MB after GC, at the edge of
     * {@code -Xmx256m}). Short texts (unit names, states, codes) repeat and stay shared.
     */
    static final int INLINE_FROM = 40;

    /** A bordered text cell; the row grows to fit it. Finish the returned style with {@code set()}. */
    StyleSetter cell(int row, int col, String value) {
        track(row, col, value);
        text(ws, row, col, XmlText.clean(value));
        return style(row, col).borderStyle(BorderStyle.THIN);
    }

    /** Writes {@code text}, inline when it is {@link #INLINE_FROM} characters or longer. */
    static void text(Worksheet ws, int row, int col, String text) {
        if (text.length() >= INLINE_FROM) {
            ws.inlineString(row, col, text);
        } else {
            ws.value(row, col, text);
        }
    }

    /** A bordered whole-number cell. Finish the returned style with {@code set()}. */
    StyleSetter cell(int row, int col, int value) {
        ws.value(row, col, value);
        return style(row, col).borderStyle(BorderStyle.THIN);
    }

    /** The cell's style in the base font, without border. */
    StyleSetter style(int row, int col) {
        return base(ws.style(row, col));
    }

    /** The style of cells {@code from} to {@code to} of {@code row}. */
    StyleSetter range(int row, int from, int to) {
        return base(ws.range(row, from, row, to).style());
    }

    /** Merges cells {@code from} to {@code to} of {@code row}; returns their style. */
    StyleSetter merged(int row, int from, int to) {
        ws.range(row, from, row, to).merge();
        return range(row, from, to);
    }

    /** A number with at most two decimals, right-aligned, in the shared format ({@link NumberText}). */
    void number(int row, int col, BigDecimal value) {
        BigDecimal shown = value.setScale(
                Math.min(2, Math.max(0, value.stripTrailingZeros().scale())), RoundingMode.HALF_UP);
        ws.value(row, col, shown);
        style(row, col)
                .format(NumberText.spreadsheetFormat(shown))
                .horizontalAlignment("right")
                .borderStyle(BorderStyle.THIN)
                .set();
    }

    /** An amount in đồng. */
    void money(int row, int col, Vnd value, boolean bold) {
        ws.value(row, col, value.dong());
        StyleSetter st = style(row, col).format(Styles.MONEY).borderStyle(BorderStyle.THIN);
        if (bold) {
            st.bold();
        }
        st.set();
    }

    /** {@code reported} as a percentage of {@code planned}, one decimal; empty when nothing was planned. */
    void share(int row, int col, Vnd planned, Vnd reported, boolean bold) {
        StyleSetter st;
        if (planned.isZero()) {
            ws.value(row, col, "");
            st = style(row, col).borderStyle(BorderStyle.THIN);
        } else {
            BigDecimal pct = reported.toBigDecimal()
                    .multiply(BigDecimal.valueOf(100))
                    .divide(planned.toBigDecimal(), 1, RoundingMode.HALF_UP);
            ws.value(row, col, pct);
            st = style(row, col).format(NumberText.spreadsheetFormat(pct)).borderStyle(BorderStyle.THIN);
        }
        if (bold) {
            st.bold();
        }
        st.set();
    }

    /** A date cell, or an empty bordered cell. */
    void date(int row, int col, Optional<LocalDate> date) {
        if (date.isPresent()) {
            ws.value(row, col, date.get());
            style(row, col)
                    .format(Styles.DATE)
                    .horizontalAlignment("center")
                    .borderStyle(BorderStyle.THIN)
                    .set();
        } else {
            cell(row, col, "").set();
        }
    }

    // ---------------------------------------------------------------- lines across the table

    /** A line of text across the table: bold for a sub-heading, italic for a remark. */
    void note(int row, int last, String text, boolean bold) {
        int lines = lines(text, widthUpTo(last));
        if (lines > 1) {
            rowHeight(row, lines * Styles.LINE_HEIGHT + 4);
        }
        ws.value(row, 0, XmlText.clean(text));
        StyleSetter style = merged(row, 0, last).horizontalAlignment("left");
        (bold ? style.bold() : style.italic()).set();
    }

    /** A centred bold title across the table in {@code size} points. */
    void title(int row, int last, String text, int size) {
        int lines = lines(text, Math.max(10, widthUpTo(last) * 0.9));
        if (lines > 1) {
            rowHeight(row, lines * (size + 4.5) + 4);
        }
        ws.value(row, 0, XmlText.clean(text));
        merged(row, 0, last).bold().fontSize(size).horizontalAlignment("center").set();
    }

    /** The header row: bold, centred, filled, bordered. */
    void header(int row, List<Column> cols) {
        for (int c = 0; c < cols.size(); c++) {
            String label = cols.get(c).label(lang);
            track(row, c, label);
            ws.value(row, c, XmlText.clean(label));
            style(row, c)
                    .bold()
                    .horizontalAlignment("center")
                    .fillColor(Styles.HEADER_FILL)
                    .borderStyle(BorderStyle.THIN)
                    .set();
        }
    }

    private double widthUpTo(int last) {
        double total = 0;
        for (int c = 0; c <= last && c < widths.length; c++) {
            total += widths[c];
        }
        return total;
    }

    // ---------------------------------------------------------------- the sheet as a whole

    /** A4 landscape, fitted to the page width, {@code headerRow} repeated on each page (none if negative), page numbers. */
    void printSetup(int headerRow) {
        ws.pageOrientation("landscape");
        ws.paperSize(PaperSize.A4_PAPER);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
        ws.leftMargin(0.5f);
        ws.rightMargin(0.5f);
        ws.topMargin(0.6f);
        ws.bottomMargin(0.6f);
        if (headerRow >= 0) {
            ws.repeatRows(headerRow);
        }
        ws.footer(lang.pick("Trang &P/&N", "Page &P of &N"), Position.CENTER);
    }

    /** Flushes the rows written so far when {@code nextRow} is a multiple of {@link Styles#FLUSH_EVERY}. */
    void flushAt(int nextRow) throws IOException {
        if (nextRow % Styles.FLUSH_EVERY == 0) {
            applyPending();
            ws.flush();
        }
    }

    /** Sizes the last row and finishes the sheet. */
    void finish() throws IOException {
        applyPending();
        ws.finish();
    }

    private void track(int row, int col, String text) {
        if (row != pendingRow) {
            applyPending();
            pendingRow = row;
        }
        pendingLines = Math.max(pendingLines, lines(text, col < widths.length ? widths[col] : 10));
    }

    /**
     * Sets a row's height, at most Excel's maximum ({@link Styles#MAX_ROW_HEIGHT}): a longer text
     * wraps within the tallest row and the rest is reached by scrolling the cell or widening it
     * (fastexcel refuses a taller row, which made one long title fail the whole export).
     */
    private void rowHeight(int row, double points) {
        ws.rowHeight(row, Math.min(points, Styles.MAX_ROW_HEIGHT));
    }

    private void applyPending() {
        if (pendingRow >= 0 && pendingLines > 1) {
            rowHeight(pendingRow, pendingLines * Styles.LINE_HEIGHT + 4);
        }
        pendingRow = -1;
        pendingLines = 1;
    }
}
