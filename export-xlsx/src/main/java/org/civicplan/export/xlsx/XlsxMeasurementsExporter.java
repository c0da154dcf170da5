package org.civicplan.export.xlsx;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.List;
import org.civicplan.core.Lang;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.spi.Exporter;
import org.civicplan.export.xlsx.internal.MeasurementWorkbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Every indicator value as a spreadsheet ("xlsx-measurements"): the columns of the CSV measurement
 * export (indicator, period code and label, reporting unit, kind, value, numerator and denominator
 * for percentages, source) and the period's first and last day. Numbers are number cells and days
 * are date cells, so the sheet can be filtered, summed and pivoted as it is; the header row is
 * frozen and repeated on printed pages.
 *
 * <p>Values are handed over one at a time by the store ({@code measurements().forEach}) and
 * flushed to the output as they come, so millions of rows need no more memory than a thousand.
 * When a sheet reaches Excel's limit of 1,048,576 rows, the next values go to a new sheet ("Số
 * liệu (2)", …) with the same header. Whatever the request's plan, every value is written:
 * indicators belong to programs, not plans.
 */
public final class XlsxMeasurementsExporter implements Exporter {
    public static final String FORMAT = "xlsx-measurements";

    private final int rowsPerSheet;

    @Inject
    public XlsxMeasurementsExporter() {
        this(Worksheet.MAX_ROWS);
    }

    /** A smaller sheet limit (header row included), so tests can see the split without a million rows. */
    XlsxMeasurementsExporter(int rowsPerSheet) {
        if (rowsPerSheet < 2 || rowsPerSheet > Worksheet.MAX_ROWS) {
            throw new IllegalArgumentException(
                    "rowsPerSheet must be from 2 to " + Worksheet.MAX_ROWS + ", not " + rowsPerSheet);
        }
        this.rowsPerSheet = rowsPerSheet;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String fileExtension() {
        return "xlsx";
    }

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    /** The column headings in {@code lang}. */
    public static List<String> header(Lang lang) {
        return MeasurementWorkbook.header(requireNonNull(lang, "lang is null"));
    }

    @Override
    public void export(ExportRequest request, OutputStream out) {
        requireNonNull(request, "request is null");
        requireNonNull(out, "out is null");
        new MeasurementWorkbook(request, rowsPerSheet).write(out);
    }
}
