package org.civicplan.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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

    /**
     * One export, its store already built: writes to {@code out} and returns the count the file
     * should hold (JSON: the records the writer counted; CSV and xlsx: the measurements the generated
     * store holds; the workbook: the store's items). {@link #written} counts what the file does hold,
     * and {@link MemoryCheck} prints that count and fails when it falls short.
     */
    interface Export {
        long run(OutputStream out);
    }

    /**
     * What the exporter wrote, read back from {@code file} with little memory: JSON, the measurement
     * records; CSV, the records after the header; xlsx, the rows of every sheet after each sheet's
     * header row; the workbook, its worksheets.
     */
    static long written(String format, Path file) throws IOException {
        return switch (format) {
            case "json" -> {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                    yield RawMeasurements.readJson(in, m -> {});
                }
            }
            case "csv" -> {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                        CSVParser csv = CSVFormat.DEFAULT.parse(in)) {
                    long records = 0;
                    for (CSVRecord ignored : csv) {
                        records++;
                    }
                    yield records - 1;
                }
            }
            case "xlsx" -> {
                long[] sheetsAndRows = sheetsAndRows(file);
                yield sheetsAndRows[1] - sheetsAndRows[0];
            }
            case "xlsx-workbook" -> sheetsAndRows(file)[0];
            default -> throw new IllegalArgumentException("unknown format " + format);
        };
    }

    /** The worksheets of an xlsx file and their {@code <row} elements, streamed from the zip. */
    private static long[] sheetsAndRows(Path file) throws IOException {
        byte[] tag = "<row ".getBytes(StandardCharsets.US_ASCII);
        long sheets = 0;
        long rows = 0;
        // ZipFile, not ZipInputStream: fastexcel's entries carry their sizes in data descriptors only
        try (ZipFile zip = new ZipFile(file.toFile())) {
            byte[] buffer = new byte[1 << 16];
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (!e.getName().matches("xl/worksheets/sheet\\d+\\.xml")) {
                    continue;
                }
                sheets++;
                int matched = 0;
                InputStream sheet = zip.getInputStream(e);
                for (int n = sheet.read(buffer); n > 0; n = sheet.read(buffer)) {
                    for (int i = 0; i < n; i++) {
                        matched = buffer[i] == tag[matched] ? matched + 1 : buffer[i] == tag[0] ? 1 : 0;
                        if (matched == tag.length) {
                            rows++;
                            matched = 0;
                        }
                    }
                }
            }
        }
        return new long[] {sheets, rows};
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
