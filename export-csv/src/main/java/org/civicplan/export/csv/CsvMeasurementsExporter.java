package org.civicplan.export.csv;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.civicplan.core.Lang;
import org.civicplan.core.export.MeasurementColumns;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.spi.Exporter;
import org.civicplan.export.csv.internal.CsvOutput;

/**
 * Every indicator value as CSV ("csv-measurements"): indicator, period code and label, reporting
 * unit, kind, value, numerator and denominator for percentages, source. Values are handed over one
 * at a time by the store ({@code measurements().forEach}) and written straight out, so millions of
 * rows need no more memory than one. Numbers use a dot as decimal separator in both languages, so
 * that tools read them back unchanged.
 *
 * <p>Text cells beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return are written with a leading single quote (OWASP CSV injection), unless the exporter is made
 * with {@code rawCells} true.
 */
public final class CsvMeasurementsExporter implements Exporter {
    public static final String FORMAT = "csv-measurements";

    private final boolean rawCells;

    /** Cells a spreadsheet would run as formulas are written as text (a leading single quote). */
    @Inject
    public CsvMeasurementsExporter() {
        this(false);
    }

    /**
     * {@code rawCells}: write every cell exactly as stored, formula-like text included (for a
     * program that reads the file back, never for a file people open in a spreadsheet).
     */
    public CsvMeasurementsExporter(boolean rawCells) {
        this.rawCells = rawCells;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public String mediaType() {
        return "text/csv; charset=UTF-8";
    }

    /** The column headings ({@link MeasurementColumns}). */
    public static List<String> header(Lang lang) {
        return MeasurementColumns.headings(lang);
    }

    @Override
    public void export(ExportRequest request, OutputStream out) {
        requireNonNull(request, "request is null");
        requireNonNull(out, "out is null");
        Lang lang = request.lang();
        try (CsvOutput csv = new CsvOutput(out, header(lang), rawCells)) {
            request.store().measurements().forEach(m -> {
                String numerator = "";
                String denominator = "";
                if (m.value() instanceof MeasuredValue.Ratio ratio) {
                    numerator = plain(ratio.numerator());
                    denominator = plain(ratio.denominator());
                }
                csv.row(
                        m.indicator().value(),
                        m.period().code(),
                        m.period().format(lang),
                        m.reportedBy().value(),
                        m.value().kind().label(lang),
                        plain(m.value().numeric()),
                        numerator,
                        denominator,
                        m.source().orElse(""));
            });
        }
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
