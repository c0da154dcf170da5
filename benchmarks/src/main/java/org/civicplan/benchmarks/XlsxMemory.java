package org.civicplan.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civicplan.core.Lang;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.Portfolio;
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
     * (it must have been filled by {@link #populate}); otherwise over a {@link GeneratedStore},
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
                JdbcPortfolioStore store = JdbcPortfolioStore.open(pool, portfolioId(size));
                long values = store.measurements().count();
                if (values != size.measurements()) {
                    throw new IllegalStateException(h2.get() + " holds " + values + " measurements, expected "
                            + size.measurements() + ": fill it with MemoryCheck populate " + size + " " + h2.get());
                }
                new XlsxExporter().export(request(store), out);
                return size.items();
            }
        };
    }

    /**
     * Fills an H2 file store in {@code dir} with the generated portfolio, measurements included
     * (written 10,000 per transaction). Run in a JVM with a large heap, before the check.
     */
    static void populate(PortfolioGenerator.Size size, Path dir) {
        PortfolioGenerator generator = new PortfolioGenerator(Bench.SEED);
        Portfolio portfolio = generator.generate(size, false);
        try (HikariDataSource pool = JdbcStores.h2File(dir)) {
            JdbcPortfolioStore store = JdbcPortfolioStore.create(pool, portfolio.id());
            if (store.items().find(portfolio.items().get(0).id()).isPresent()) {
                throw new IllegalStateException(
                        dir + " already holds " + portfolio.id().value());
            }
            store.importPortfolio(portfolio);
            Iterator<Measurement> values = generator.measurements(size);
            List<Measurement> batch = new ArrayList<>(10_000);
            while (values.hasNext()) {
                batch.add(values.next());
                if (batch.size() == 10_000 || !values.hasNext()) {
                    store.measurements().recordAll(batch);
                    batch.clear();
                }
            }
            long count = store.measurements().count();
            if (count != size.measurements()) {
                throw new IllegalStateException("stored " + count + " measurements, expected " + size.measurements());
            }
        }
    }

    /** The id {@link PortfolioGenerator#generate} gives the portfolio, without generating it. */
    private static PortfolioId portfolioId(PortfolioGenerator.Size size) {
        return PortfolioId.of("synthetic-" + size.name().toLowerCase(Locale.ROOT));
    }

    private static ExportRequest request(PortfolioStore store) {
        return new ExportRequest(
                store, Optional.empty(), Lang.VI, LocalDate.of(2023, 7, 15), Optional.of(Period.firstHalf(2023)));
    }
}
