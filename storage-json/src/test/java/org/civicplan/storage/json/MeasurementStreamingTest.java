package org.civicplan.storage.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Measurement files move between a stream and the store without being held in memory. */
class MeasurementStreamingTest {
    private static final int TOTAL = 200_000;

    @TempDir
    Path dir;

    private final PortfolioJson json = PortfolioJson.create();

    /** Generated on the fly, never as a list. */
    private static Iterator<Measurement> generated(int total) {
        return Generated.measurements(total, n -> {
            MeasuredValue value = n % 3 == 0
                    ? MeasuredValue.count(n)
                    : n % 3 == 1 ? new MeasuredValue.Money(Vnd.of(n * 1000L)) : new MeasuredValue.Milestone(n % 2 == 0);
            return new Measurement(
                    IndicatorCode.of("CT-" + (n % 7)),
                    Period.month(2000 + (n / 7) % 200, 1 + (n / 1400) % 12),
                    UnitCode.of("U" + (n / 16_800)),
                    value,
                    n % 5 == 0 ? Optional.of("Báo cáo " + n) : Optional.empty());
        });
    }

    @Test
    void aLargeStreamGoesIntoTheStoreAndBackOut() throws Exception {
        // the build runs tests with -Xmx64m: 200 000 values would not fit if they were all held
        System.out.println(
                "max heap for streaming test: " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB");
        Path file = dir.resolve("measurements.json");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            assertThat(json.writeMeasurements(generated(TOTAL), out)).isEqualTo(TOTAL);
        }
        JsonFileStore store = JsonFileStore.open(dir.resolve("store"), TestPortfolios.HANOI);
        Registered.indicatorsAndUnits(
                store,
                java.util.stream.IntStream.range(0, 7)
                        .mapToObj(i -> IndicatorCode.of("CT-" + i))
                        .toList(),
                Registered.units(TOTAL / 16_800 + 1));
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            store.measurements().recordAll(json.measurements(in, "measurements.json"));
        }
        assertThat(store.measurements().count()).isEqualTo(TOTAL);

        // the exporter streams them out of the store (pretty-printed: one "reportedBy" per value)
        Path exported = dir.resolve("exported.json");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(exported))) {
            new JsonExporter()
                    .export(
                            new org.civicplan.core.spi.ExportRequest(
                                    store,
                                    Optional.empty(),
                                    org.civicplan.core.Lang.VI,
                                    java.time.LocalDate.of(2025, 1, 1),
                                    Optional.empty()),
                            out);
        }
        try (java.util.stream.Stream<String> lines = Files.lines(exported)) {
            assertThat(lines.filter(l -> l.contains("\"reportedBy\"")).count()).isEqualTo(TOTAL);
        }
        AtomicLong read = new AtomicLong();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            json.readMeasurements(in, "measurements.json", m -> read.incrementAndGet());
        }
        assertThat(read).hasValue(TOTAL);
        AtomicLong streamed = new AtomicLong();
        store.measurements().forEach(m -> streamed.incrementAndGet());
        assertThat(streamed).hasValue(TOTAL);
    }

    @Test
    void aBadValueInAStreamRecordsNothing() {
        JsonFileStore store = JsonFileStore.open(dir.resolve("store"), TestPortfolios.HANOI);
        store.importPortfolio(TestPortfolios.portfolio());
        String text = "{\"formatVersion\": 1, \"measurements\": [\n"
                + "{\"indicator\": \"CT07-01\", \"period\": \"2025\", \"reportedBy\": \"SKHCN\", \"value\": {\"type\": \"count\", \"value\": 1}},\n"
                + "{\"indicator\": \"CT07-01\", \"period\": \"2026\", \"reportedBy\": \"SKHCN\", \"value\": {\"type\": \"count\"}}\n"
                + "]}";
        Iterable<Measurement> values =
                json.measurements(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "bad.json");
        assertThatThrownBy(() -> store.measurements().recordAll(values))
                .isInstanceOfSatisfying(JsonImportException.class, e -> assertThat(
                                e.problems().get(0).describe(org.civicplan.core.Lang.EN))
                        .isEqualTo("bad.json:3:76 /measurements/1/value: missing required property \"value\""));
        assertThat(store.measurements().count()).isEqualTo(5);
        assertThat(store.measurements().find(TestPortfolios.IND_TFP, Period.year(2025), TestPortfolios.SKHCN))
                .isEmpty();
    }

    /** A syntax error is placed at the value read last, or at the property being read, by its index. */
    @Test
    void aSyntaxErrorNamesTheValueItFollowsOrIsIn() {
        String good = "{\"indicator\": \"CT07-01\", \"period\": \"2025\", \"reportedBy\": \"SKHCN\","
                + " \"value\": {\"type\": \"count\", \"value\": 1}}";
        String between = "{\"formatVersion\": 1, \"measurements\": [\n" + good + ",\n" + good + ",\n" + good + " x\n]}";
        String inside = "{\"formatVersion\": 1, \"measurements\": [\n" + good + ",\n" + good + ",\n"
                + good.replace("\"value\": 1}", "\"value\": 1x}") + "\n]}";

        assertThat(firstProblem(between)).startsWith("m.json:4:").contains(" /measurements/2: not valid JSON");
        assertThat(firstProblem(inside))
                .startsWith("m.json:4:")
                .contains(" /measurements/2/value/value: not valid JSON");
    }

    private String firstProblem(String text) {
        try {
            json.readMeasurements(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "m.json", m -> {});
        } catch (JsonImportException e) {
            return e.problems().get(0).describe(org.civicplan.core.Lang.EN);
        }
        throw new AssertionError("no problem found in " + text);
    }

    @Test
    void laterValuesWinAcrossSpilledBatchesAndOverStoredOnes() {
        JsonFileStore store = JsonFileStore.open(dir.resolve("store"), TestPortfolios.HANOI);
        IndicatorCode code = IndicatorCode.of("X");
        int batch = JsonFileStore.BATCH;
        // one key per value: (2021, U0) first, then months of 1900.. over a few units (every
        // unit must be registered, and saving fifty thousand units one by one is slow)
        Registered.indicatorsAndUnits(store, java.util.List.of(code), Registered.units(batch / 3600 + 1));
        store.measurements()
                .record(new Measurement(
                        code, Period.year(2021), UnitCode.of("U0"), MeasuredValue.count(-1), Optional.empty()));
        // batch + 10 values: the last 10 repeat the keys of the first 10 (in another spilled run)
        Iterable<Measurement> values = () -> Generated.measurements(batch + 10, n -> {
            int key = n < batch ? n : n - batch;
            return new Measurement(code, period(key), unit(key), MeasuredValue.count(n), Optional.empty());
        });
        store.measurements().recordAll(values);
        assertThat(store.measurements().count()).isEqualTo(batch);
        assertThat(store.measurements().find(code, Period.year(2021), UnitCode.of("U0")))
                .map(m -> m.value().numeric().intValue())
                .contains(batch);
        assertThat(store.measurements().find(code, period(10), unit(10)))
                .map(m -> m.value().numeric().intValue())
                .contains(10);
        assertThat(store.measurements().find(code, period(batch - 1), unit(batch - 1)))
                .map(m -> m.value().numeric().intValue())
                .contains(batch - 1);
    }

    private static Period period(int key) {
        return key == 0 ? Period.year(2021) : Period.month(1900 + (key % 3600) / 12, 1 + key % 12);
    }

    private static UnitCode unit(int key) {
        return UnitCode.of("U" + key / 3600);
    }
}
