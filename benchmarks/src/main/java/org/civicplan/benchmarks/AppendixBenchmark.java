package org.civicplan.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.civicplan.appendix.AppendixReader;
import org.civicplan.appendix.AppendixSummary;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.UnitDirectory;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 16: reading a 10,000-item appendix workbook with {@link AppendixReader} (headers found,
 * sections, STT, units through the resolver, deadlines through the period readers, document
 * numbers), against the yardstick of a plain fastexcel-reader pass over the same file that only
 * takes every cell's text. The target is a ratio of at least 0.5× (the reader at most twice the
 * plain pass). The appendix is generated (illustrative): twenty lettered sections of 500 items,
 * lead and coordinating cells naming the generated portfolio's departments, a quarter as deadline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgs = {Bench.XMS, Bench.XMX, Bench.PRETOUCH})
@org.openjdk.jmh.annotations.Warmup(iterations = 3, time = 2)
@org.openjdk.jmh.annotations.Measurement(iterations = 5, time = 2)
public class AppendixBenchmark {
    static final int ITEMS = 10_000;

    private Path file;
    private AppendixReader reader;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        List<OrgUnit> units = PortfolioGenerator.units();
        reader = new AppendixReader(UnitDirectory.of(units));
        file = Files.createTempFile("civicplan-appendix-", ".xlsx");
        write(file, units, ITEMS);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /** An appendix of {@code items} rows, as officials lay it out. */
    static void write(Path file, List<OrgUnit> units, int items) {
        write(file, units, items, false);
    }

    /**
     * An appendix of {@code items} rows; with {@code inlineTasks} each (distinct) STT and task text is
     * written in its cell rather than in the shared-string table, which fastexcel-reader keeps in memory as
     * it reads (for the memory check, {@link AppendixMemory}). Rows are flushed as they go.
     */
    static void write(Path file, List<OrgUnit> units, int items, boolean inlineTasks) {
        List<OrgUnit> departments =
                units.stream().filter(u -> u.name().startsWith("Sở ")).toList();
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "civicplan-benchmarks", "1.0");
            Worksheet ws = wb.newWorksheet("Phụ lục");
            String[] header = {
                "STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"
            };
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            int r = 1;
            for (int i = 0; i < items; i++) {
                if (i % 500 == 0) {
                    ws.value(r, 0, (char) ('A' + i / 500) + ". Nhóm nhiệm vụ " + (i / 500 + 1));
                    ws.range(r, 0, r, header.length - 1).merge();
                    r++;
                }
                OrgUnit lead = departments.get(i % departments.size());
                OrgUnit other = departments.get((i * 7 + 3) % departments.size());
                if (inlineTasks) {
                    ws.inlineString(r, 0, Integer.toString(i + 1));
                } else {
                    ws.value(r, 0, Integer.toString(i + 1));
                }
                String task = "Xây dựng và triển khai nhiệm vụ số " + (i + 1) + " về chuyển đổi số";
                if (inlineTasks) {
                    ws.inlineString(r, 1, task);
                } else {
                    ws.value(r, 1, task);
                }
                ws.value(r, 2, lead.name());
                ws.value(r, 3, other.name() + "; các sở, ban, ngành liên quan");
                ws.value(
                        r,
                        4,
                        "Quý " + (i % 4 + 1 == 1 ? "I" : i % 4 + 1 == 2 ? "II" : i % 4 + 1 == 3 ? "III" : "IV") + "/"
                                + (2022 + i % 3));
                ws.value(r, 5, "Báo cáo kết quả, Quyết định số " + (100 + i % 900) + "/QĐ-UBND");
                r++;
                if (r % 1000 == 0) {
                    ws.flush();
                }
            }
            ws.finish();
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public AppendixSummary readAppendix(Blackhole bh) {
        return reader.read(file, bh::consume);
    }

    /** The yardstick: every cell's text, nothing else. */
    @Benchmark
    public void plainFastexcelPass(Blackhole bh) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile());
                Stream<Row> rows = wb.getFirstSheet().openStream()) {
            rows.forEach(row -> {
                for (Cell cell : row) {
                    if (cell != null) {
                        bh.consume(cell.getText());
                    }
                }
            });
        }
    }
}
