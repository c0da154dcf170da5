package org.civicplan.appendix;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes test workbooks with fastexcel: rows of texts, merges, hidden rows and columns. */
final class XlsxFixture implements AutoCloseable {
    private final OutputStream out;
    private final Workbook wb;
    private Worksheet ws;

    XlsxFixture(Path file) throws IOException {
        this.out = Files.newOutputStream(file);
        this.wb = new Workbook(out, "civicplan-test", "1.0");
    }

    XlsxFixture sheet(String name) throws IOException {
        if (ws != null) {
            ws.finish();
        }
        ws = wb.newWorksheet(name);
        return this;
    }

    XlsxFixture hiddenSheet() {
        ws.setVisibilityState(VisibilityState.HIDDEN);
        return this;
    }

    /** Row {@code r} (0-based), texts from column 0; null leaves a cell out. */
    XlsxFixture row(int r, String... texts) {
        for (int c = 0; c < texts.length; c++) {
            if (texts[c] != null) {
                ws.value(r, c, texts[c]);
            }
        }
        return this;
    }

    XlsxFixture merge(int r1, int c1, int r2, int c2) {
        ws.range(r1, c1, r2, c2).merge();
        return this;
    }

    XlsxFixture hideRow(int r) {
        ws.hideRow(r);
        return this;
    }

    XlsxFixture hideColumn(int c) {
        ws.hideColumn(c);
        return this;
    }

    XlsxFixture formula(int r, int c, String formula) {
        ws.formula(r, c, formula);
        return this;
    }

    Worksheet worksheet() {
        return ws;
    }

    @Override
    public void close() throws IOException {
        if (ws != null) {
            ws.finish();
        }
        wb.finish();
        out.close();
    }
}
