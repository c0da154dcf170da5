package org.civicplan.export.docx.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the body of a WordprocessingML document straight to a stream: paragraphs, bordered tables
 * with a repeated header row, borderless layout tables (the heading block of an administrative
 * document) and section breaks. Every text goes through {@link Xml#escape}.
 */
final class WordBody {
    /** Body text 13 pt and table text 12 pt, in half-points, as Decree 30/2020/NĐ-CP allows. */
    static final int BODY = 26;

    static final int TABLE = 24;

    private final Writer out;

    WordBody(Writer out) {
        this.out = out;
    }

    /** One paragraph; an empty text gives an empty line. */
    void paragraph(String align, boolean bold, boolean italic, int halfPoints, String text) throws IOException {
        out.write("<w:p><w:pPr><w:spacing w:before=\"40\" w:after=\"40\"/><w:jc w:val=\"" + align + "\"/></w:pPr>");
        run(bold, italic, halfPoints, text);
        out.write("</w:p>");
    }

    /** A body paragraph, justified, first line indented 1 cm, 6 pt after (the usual report text). */
    void text(String text) throws IOException {
        out.write("<w:p><w:pPr><w:spacing w:before=\"60\" w:after=\"60\"/><w:ind w:firstLine=\"567\"/>"
                + "<w:jc w:val=\"both\"/></w:pPr>");
        run(false, false, BODY, text);
        out.write("</w:p>");
    }

    /** A heading of the report's structure ("I. KẾT QUẢ ...", "1. ..."), bold, indented like the text. */
    void heading(String text) throws IOException {
        out.write("<w:p><w:pPr><w:keepNext/><w:spacing w:before=\"120\" w:after=\"60\"/><w:ind w:firstLine=\"567\"/>"
                + "<w:jc w:val=\"both\"/></w:pPr>");
        run(true, false, BODY, text);
        out.write("</w:p>");
    }

    private void run(boolean bold, boolean italic, int halfPoints, String text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        out.write("<w:r><w:rPr>");
        out.write(bold ? "<w:b/>" : "");
        out.write(italic ? "<w:i/>" : "");
        out.write("<w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/></w:rPr>");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.write("<w:br/>");
            }
            out.write("<w:t xml:space=\"preserve\">");
            out.write(Xml.escape(lines[i]));
            out.write("</w:t>");
        }
        out.write("</w:r>");
    }

    /** Opens a bordered table of the given column widths (twentieths of a point) and writes its header row. */
    void table(int[] widths, List<String> header) throws IOException {
        out.write("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
                + "<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/>"
                + "<w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>");
        for (int w : widths) {
            out.write("<w:gridCol w:w=\"" + w + "\"/>");
        }
        out.write("</w:tblGrid>");
        out.write("<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>");
        for (int c = 0; c < header.size(); c++) {
            cell(widths[c], 1, "center", true, header.get(c));
        }
        out.write("</w:tr>");
    }

    /** A borderless two-column table: the heading block (issuing body | national motto). */
    void layoutTable(int[] widths) throws IOException {
        String none = "w:val=\"nil\"";
        out.write("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLayout w:type=\"fixed\"/>"
                + "<w:tblBorders><w:top " + none + "/><w:left " + none + "/><w:bottom " + none + "/><w:right "
                + none + "/><w:insideH " + none + "/><w:insideV " + none + "/></w:tblBorders></w:tblPr><w:tblGrid>");
        for (int w : widths) {
            out.write("<w:gridCol w:w=\"" + w + "\"/>");
        }
        out.write("</w:tblGrid>");
    }

    void openRow() throws IOException {
        out.write("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
    }

    void closeRow() throws IOException {
        out.write("</w:tr>");
    }

    void endTable() throws IOException {
        out.write("</w:tbl>");
    }

    void row(int[] widths, List<String> texts, String... aligns) throws IOException {
        out.write("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for (int c = 0; c < texts.size(); c++) {
            cell(widths[c], 1, c < aligns.length ? aligns[c] : "left", false, texts.get(c));
        }
        out.write("</w:tr>");
    }

    /** A row of one number cell and one bold cell spanning the rest (a section row). */
    void spanningRow(int[] widths, String first, String rest) throws IOException {
        out.write("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        cell(widths[0], 1, "center", true, first);
        int width = 0;
        for (int c = 1; c < widths.length; c++) {
            width += widths[c];
        }
        cell(width, widths.length - 1, "left", true, rest);
        out.write("</w:tr>");
    }

    void cell(int width, int span, String align, boolean bold, String text) throws IOException {
        out.write("<w:tc><w:tcPr><w:tcW w:w=\"" + width + "\" w:type=\"dxa\"/>");
        if (span > 1) {
            out.write("<w:gridSpan w:val=\"" + span + "\"/>");
        }
        out.write("<w:vAlign w:val=\"center\"/></w:tcPr>");
        paragraph(align, bold, false, TABLE, text);
        out.write("</w:tc>");
    }

    /** A layout cell holding several centred paragraphs, each {bold, italic, text}. */
    void layoutCell(int width, List<Line> lines) throws IOException {
        out.write("<w:tc><w:tcPr><w:tcW w:w=\"" + width + "\" w:type=\"dxa\"/></w:tcPr>");
        for (Line line : lines) {
            paragraph("center", line.bold(), line.italic(), BODY, line.text());
        }
        out.write("</w:tc>");
    }

    record Line(boolean bold, boolean italic, String text) {}

    /** A page break. */
    void pageBreak() throws IOException {
        out.write("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
    }

    /**
     * Ends a section: A4 in the given orientation with the Decree 30 margins. With {@code
     * numbersFromSecondPage} its pages are numbered from 1 with no number on its first page; else
     * they go on from the section before. The last section's properties close the body; any other
     * is carried by a paragraph and the next section starts on a new page.
     */
    void endSection(boolean landscape, boolean last, boolean numbersFromSecondPage) throws IOException {
        String size = landscape
                ? "<w:pgSz w:w=\"" + AppendixDocument.PAGE_WIDTH + "\" w:h=\"" + AppendixDocument.PAGE_HEIGHT
                        + "\" w:orient=\"landscape\"/>"
                : "<w:pgSz w:w=\"" + AppendixDocument.PAGE_HEIGHT + "\" w:h=\"" + AppendixDocument.PAGE_WIDTH + "\"/>";
        String sectPr = "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>" + size
                + "<w:pgMar w:top=\"" + AppendixDocument.MARGIN_TOP_BOTTOM + "\" w:right=\""
                + AppendixDocument.MARGIN_RIGHT + "\" w:bottom=\"" + AppendixDocument.MARGIN_TOP_BOTTOM
                + "\" w:left=\"" + AppendixDocument.MARGIN_LEFT + "\" w:header=\"567\" w:footer=\"567\""
                + " w:gutter=\"0\"/>" + (numbersFromSecondPage ? "<w:pgNumType w:start=\"1\"/><w:titlePg/>" : "")
                + "</w:sectPr>";
        out.write(last ? sectPr : "<w:p><w:pPr>" + sectPr + "</w:pPr></w:p>");
    }
}
