package org.civicplan.appendix;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Writes test Word documents with Apache POI (XWPF): paragraphs and tables with spans and merges. */
final class DocxFixture implements AutoCloseable {
    private final Path file;
    private final XWPFDocument doc = new XWPFDocument();

    DocxFixture(Path file) {
        this.file = file;
    }

    /** A cell: its text (lines by "\n"), the grid columns it spans, and its vertical merge. */
    record Cell(String text, int span, String vMerge) {}

    static Cell c(String text) {
        return new Cell(text, 1, null);
    }

    static Cell span(int columns, String text) {
        return new Cell(text, columns, null);
    }

    /** The first cell of a vertical merge. */
    static Cell restart(String text) {
        return new Cell(text, 1, "restart");
    }

    /** A cell continuing the vertical merge above (Word leaves it empty). */
    static Cell below() {
        return new Cell("", 1, "continue");
    }

    DocxFixture paragraph(String text) {
        doc.createParagraph().createRun().setText(text);
        return this;
    }

    DocxFixture table(Cell[]... rows) {
        int cols = 0;
        for (Cell c : rows[0]) {
            cols += c.span();
        }
        XWPFTable table = doc.createTable(1, cols);
        for (int r = 0; r < rows.length; r++) {
            XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
            int index = 0;
            for (Cell c : rows[r]) {
                XWPFTableCell cell = row.getCell(index);
                write(cell, c.text());
                CTTcPr pr = cell.getCTTc().isSetTcPr()
                        ? cell.getCTTc().getTcPr()
                        : cell.getCTTc().addNewTcPr();
                if (c.span() > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(c.span()));
                    for (int k = 1; k < c.span(); k++) {
                        row.removeCell(index + 1);
                    }
                }
                if ("restart".equals(c.vMerge())) {
                    pr.addNewVMerge().setVal(STMerge.RESTART);
                } else if ("continue".equals(c.vMerge())) {
                    pr.addNewVMerge();
                }
                index++;
            }
        }
        paragraph("");
        return this;
    }

    /** Hides a row of a table (0-based both), as Word's w:trPr/w:hidden does. */
    DocxFixture hideRow(int table, int row) {
        XWPFTableRow r = doc.getTables().get(table).getRow(row);
        (r.getCtRow().isSetTrPr() ? r.getCtRow().getTrPr() : r.getCtRow().addNewTrPr()).addNewHidden();
        return this;
    }

    /** Adds text formatted hidden (w:vanish) to a cell. */
    DocxFixture hiddenText(int table, int row, int cell, String text) {
        var run = doc.getTables()
                .get(table)
                .getRow(row)
                .getCell(cell)
                .getParagraphs()
                .get(0)
                .createRun();
        run.setText(text);
        run.getCTR().addNewRPr().addNewVanish();
        return this;
    }

    private static void write(XWPFTableCell cell, String text) {
        String[] lines = text.split("\n", -1);
        cell.getParagraphs().get(0).createRun().setText(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            cell.addParagraph().createRun().setText(lines[i]);
        }
    }

    @Override
    public void close() throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
        doc.close();
    }
}
