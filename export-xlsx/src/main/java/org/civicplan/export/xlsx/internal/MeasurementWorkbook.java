package org.civicplan.export.xlsx.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicplan.core.Lang;
import org.civicplan.core.export.MeasurementColumns;
import org.civicplan.core.export.NonClosingOutputStream;
import org.civicplan.core.export.UnableToExportException;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.text.XmlText;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes every indicator value into "Số liệu" sheets, one row per value as the store hands it over
 * ({@code measurements().forEach}). Rows are flushed every {@value Styles#FLUSH_EVERY}, so
 * only that many are held; a sheet that reaches its row limit (Excel's 1,048,576, header included)
 * is finished and the next value starts a new sheet with the same header.
 *
 * <p>Texts that repeat (indicator, period, unit, kind) go to the shared-string table, which is
 * held until the end; the source, free text that may differ on every row, is written inline so
 * that the table does not grow with the number of rows.
 */
public final class MeasurementWorkbook {
    static final String INTEGER = "#,##0";
    static final String DECIMAL = "#,##0.0###";
    static final int COLUMNS = 11;
    private static final double[] WIDTHS = {14, 11, 22, 16, 12, 18, 14, 14, 40, 13, 13};

    private final ExportRequest request;
    private final int rowsPerSheet;
    private final Lang lang;

    private Workbook workbook;
    private Worksheet sheet;
    private final Set<String> names = new HashSet<>();
    private int row;
    private long written;

    /** @param rowsPerSheet the most rows a sheet may have, header included (2 to 1,048,576) */
    public MeasurementWorkbook(ExportRequest request, int rowsPerSheet) {
        this.request = requireNonNull(request, "request is null");
        if (rowsPerSheet < 2 || rowsPerSheet > Worksheet.MAX_ROWS) {
            throw new IllegalArgumentException(
                    "rowsPerSheet must be from 2 to " + Worksheet.MAX_ROWS + ", not " + rowsPerSheet);
        }
        this.rowsPerSheet = rowsPerSheet;
        this.lang = request.lang();
    }

    /**
     * The column headings: the CSV measurement export's nine, in its order, then the period's first
     * and last day as dates (empty for an open period).
     */
    public static List<String> header(Lang lang) {
        List<String> header = new ArrayList<>(MeasurementColumns.headings(lang));
        header.addAll(lang.pick(List.of("Từ ngày", "Đến ngày"), List.of("Period start", "Period end")));
        return List.copyOf(header);
    }

    /** Writes the workbook; returns the number of values written. Does not close {@code out}. */
    public long write(OutputStream out) {
        requireNonNull(out, "out is null");
        try {
            workbook = new Workbook(new NonClosingOutputStream(out), "civicplan", "1.0");
            workbook.setGlobalDefaultFont(Styles.FONT, 12);
            newSheet();
            try {
                request.store().measurements().forEach(m -> {
                    try {
                        row(m);
                    } catch (IOException e) {
                        throw new WriteFailure(e);
                    }
                });
            } catch (WriteFailure e) {
                // only this writer's own failures: a store that fails to read reports itself
                throw e.getCause();
            }
            sheet.finish();
            workbook.finish();
            return written;
        } catch (IOException e) {
            throw UnableToExportException.writing(
                    "tệp Excel (xlsx) số liệu chỉ tiêu", "the indicator values spreadsheet (xlsx)", e);
        }
    }

    private void row(Measurement m) throws IOException {
        if (row == rowsPerSheet) {
            sheet.finish();
            newSheet();
        }
        Worksheet ws = sheet;
        int r = row;
        ws.value(r, 0, XmlText.clean(m.indicator().value()));
        ws.value(r, 1, XmlText.clean(m.period().code()));
        ws.value(r, 2, XmlText.clean(m.period().format(lang)));
        ws.value(r, 3, XmlText.clean(m.reportedBy().value()));
        ws.value(r, 4, m.value().kind().label(lang));
        number(ws, r, 5, m.value().numeric());
        if (m.value() instanceof MeasuredValue.Ratio ratio) {
            number(ws, r, 6, ratio.numerator());
            number(ws, r, 7, ratio.denominator());
        }
        Optional<String> source = m.source();
        if (source.isPresent()) {
            ws.inlineString(r, 8, XmlText.clean(source.get()));
        }
        date(ws, r, 9, m.period().start());
        date(ws, r, 10, m.period().end());
        written++;
        row++;
        if (row % Styles.FLUSH_EVERY == 0) {
            ws.flush();
        }
    }

    private void newSheet() throws IOException {
        String base = lang.pick("Số liệu", "Values");
        String name = names.isEmpty() ? base : WorkbookWriter.sheetName(base + " (" + (names.size() + 1) + ")", names);
        names.add(name);
        Worksheet ws = workbook.newWorksheet(name);
        for (int c = 0; c < COLUMNS; c++) {
            ws.width(c, WIDTHS[c]);
        }
        ws.freezePane(0, 1);
        ws.repeatRows(0);
        List<String> header = header(lang);
        for (int c = 0; c < header.size(); c++) {
            ws.value(0, c, header.get(c));
        }
        ws.range(0, 0, 0, header.size() - 1)
                .style()
                .bold()
                .wrapText(true)
                .horizontalAlignment("center")
                .verticalAlignment("center")
                .fillColor(Styles.HEADER_FILL)
                .borderStyle(BorderStyle.THIN)
                .set();
        sheet = ws;
        row = 1;
    }

    private static void number(Worksheet ws, int row, int col, BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() <= 0) {
            ws.value(row, col, plain.setScale(0));
            ws.style(row, col).format(INTEGER).set();
        } else {
            ws.value(row, col, plain);
            ws.style(row, col).format(DECIMAL).set();
        }
    }

    private static void date(Worksheet ws, int row, int col, Optional<LocalDate> date) {
        if (date.isPresent()) {
            ws.value(row, col, date.get());
            ws.style(row, col).format(Styles.DATE).set();
        }
    }

    /** Carries this writer's own I/O failure out of the store's callback. */
    private static final class WriteFailure extends RuntimeException {
        WriteFailure(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }
}
