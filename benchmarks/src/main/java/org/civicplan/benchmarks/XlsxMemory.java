package org.civicplan.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Optional;
import org.civicplan.core.Lang;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.period.Period;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.spi.Exporter;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.export.csv.CsvMeasurementsExporter;
import org.civicplan.export.xlsx.XlsxExporter;
import org.civicplan.export.xlsx.XlsxMeasurementsExporter;
import org.civicplan.storage.jdbc.JdbcPortfolioStore;
import org.civicplan.storage.jdbc.JdbcStores;
import org.civicplan.storage.json.PortfolioJson;

/** The exporters of item 6, over a {@link GeneratedStore} or an H2 file store filled beforehand. */
final class XlsxMemory {
    private XlsxMemory() {}

    /** One export, its store already built: writes to {@code out} and returns the count of values or items. */
    interface Export {
        long run(OutputStream out);
    }

    /**
     * Builds the store for {@code format} (outside the measured time and heap: generating the
     * portfolio is the harness's cost, not the exporter's) and returns the export to measure.
     */
    static Export prepare(String format, PortfolioGenerator.Size size, Optional<Path> h2) {
        return switch (format) {
            case "json" ->
                out -> {
                    Iterator<Measurement> values = new PortfolioGenerator(Bench.SEED).measurements(size);
                    return PortfolioJson.create().writeMeasurements(values, out);
                };
            case "csv" -> streaming(size, new CsvMeasurementsExporter());
            case "xlsx" -> streaming(size, new XlsxMeasurementsExporter());
            case "xlsx-workbook" -> workbook(size, h2);
            default -> throw new IllegalArgumentException("unknown format " + format);
        };
    }

    /** Every measurement, streamed by the store ({@code measurements().forEach}) into the exporter. */
    private static Export streaming(PortfolioGenerator.Size size, Exporter exporter) {
        GeneratedStore store = new GeneratedStore(new PortfolioGenerator(Bench.SEED), size, false);
        return out -> {
            exporter.export(request(store), out);
            return size.measurements();
        };
    }

    /**
     * The whole portfolio's workbook ("xlsx": every plan's appendix sheet, and the review,
     * indicator and resource sheets for the first half of 2023, whose indicator values aggregate
     * the measurements). Over the H2 store in {@code h2} when given, which holds nothing in memory
     * (the review benchmarks' store, {@link ReviewData}); otherwise over a {@link GeneratedStore},
     * which keeps the portfolio's items in memory. Counts the items.
     */
    private static Export workbook(PortfolioGenerator.Size size, Optional<Path> h2) {
        if (h2.isEmpty()) {
            GeneratedStore store = new GeneratedStore(new PortfolioGenerator(Bench.SEED), size, true);
            return out -> {
                new XlsxExporter().export(request(store), out);
                return size.items();
            };
        }
        return out -> {
            try (HikariDataSource pool = JdbcStores.h2File(h2.get())) {
                JdbcPortfolioStore store =
                        JdbcPortfolioStore.open(pool, PortfolioId.of(ReviewData.portfolio(size.name())));
                long values = store.measurements().count();
                if (values != size.measurements()) {
                    throw new IllegalStateException(h2.get() + " holds " + values + " measurements, expected "
                            + size.measurements() + ": load it with ReviewData (Suite does)");
                }
                new XlsxExporter().export(request(store), out);
                return size.items();
            }
        };
    }

    private static ExportRequest request(PortfolioStore store) {
        return new ExportRequest(
                store, Optional.empty(), Lang.VI, LocalDate.of(2023, 7, 15), Optional.of(Period.firstHalf(2023)));
    }
}
