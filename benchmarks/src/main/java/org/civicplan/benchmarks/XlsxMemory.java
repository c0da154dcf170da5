package org.civicplan.benchmarks;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.civicplan.core.Lang;
import org.civicplan.core.period.Period;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.export.csv.CsvMeasurementsExporter;
import org.civicplan.export.xlsx.XlsxExporter;

/** The exporters of item 6 over a {@link GeneratedStore}. */
final class XlsxMemory {
    private XlsxMemory() {}

    /**
     * The spreadsheet has no measurement sheet: it is the whole portfolio's workbook (every plan's
     * appendix, and the review, indicator and resource sheets for the first half of 2023, whose
     * indicator values are aggregated from the generated measurements).
     */
    static long xlsx(PortfolioGenerator.Size size, OutputStream out) {
        GeneratedStore store = new GeneratedStore(new PortfolioGenerator(Bench.SEED), size, true);
        new XlsxExporter().export(request(store), out);
        return size.measurements();
    }

    /** Every measurement, streamed by the store into CSV. */
    static long csv(PortfolioGenerator.Size size, OutputStream out) {
        GeneratedStore store = new GeneratedStore(new PortfolioGenerator(Bench.SEED), size, false);
        new CsvMeasurementsExporter().export(request(store), out);
        return size.measurements();
    }

    private static ExportRequest request(GeneratedStore store) {
        return new ExportRequest(
                store, Optional.empty(), Lang.VI, LocalDate.of(2023, 7, 15), Optional.of(Period.firstHalf(2023)));
    }
}
