package org.civicplan.export.xlsx;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.Set;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.spi.Exporter;
import org.civicplan.export.xlsx.internal.WorkbookWriter;

/**
 * The spreadsheet export ("xlsx"): one workbook with the plan appendix in the layout Vietnamese
 * plans use ("Phụ lục": one sheet for the requested plan, or one per plan), the six-month review
 * ("Sơ kết": item status and unit scorecard), indicator achievement ("Chỉ tiêu"), resources by
 * funding source ("Nguồn lực") and the public-investment candidate list ("Đầu tư công").
 *
 * <p>Rows are streamed to the output (fastexcel flushes them every thousand rows), so the memory
 * used does not grow with the number of rows written. Times New Roman throughout, A4 landscape,
 * header row repeated on every printed page, fitted to the page width.
 */
public final class XlsxExporter implements Exporter {
    public static final String FORMAT = "xlsx";

    private final Set<AppendixColumn> optionalColumns;

    /** All optional appendix columns. */
    @Inject
    public XlsxExporter() {
        this(EnumSet.allOf(AppendixColumn.class));
    }

    /** Only the given optional appendix columns. */
    public XlsxExporter(Set<AppendixColumn> optionalColumns) {
        requireNonNull(optionalColumns, "optionalColumns is null");
        this.optionalColumns =
                optionalColumns.isEmpty() ? EnumSet.noneOf(AppendixColumn.class) : EnumSet.copyOf(optionalColumns);
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

    @Override
    public void export(ExportRequest request, OutputStream out) {
        requireNonNull(request, "request is null");
        requireNonNull(out, "out is null");
        new WorkbookWriter(request, optionalColumns).write(out);
    }
}
