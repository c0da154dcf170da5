package org.civicplan.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.civicplan.appendix.AppendixReader;
import org.civicplan.appendix.AppendixSummary;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.UnitDirectory;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * {@link AppendixBenchmark}'s two passes (the appendix reader, and a plain fastexcel-reader pass
 * taking every cell's text) over the same generated 10,000-item workbook, measured for a machine
 * shared with other work: the passes run interleaved, each timed many times, and each side's
 * fastest and median pass kept. The fastest pass is the one the other load disturbed least, so the
 * ratio of the two fastest passes holds where JMH's averages on a loaded machine swing by whole
 * multiples; the medians show the spread. An indication, not a JMH result.
 *
 * <p>{@code java -Xms1g -Xmx1g -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
 * org.civicplan.benchmarks.AppendixRatios [rounds] [items]}; with {@code forms [rounds]} the same
 * for {@link FormCollectionBenchmark}: collecting 100 forms against a plain pass over the files.
 */
public final class AppendixRatios {
    private AppendixRatios() {}

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("forms")) {
            forms(args.length > 1 ? Integer.parseInt(args[1]) : 30);
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int itemCount = args.length > 1 ? Integer.parseInt(args[1]) : AppendixBenchmark.ITEMS;
        List<OrgUnit> units = PortfolioGenerator.units();
        AppendixReader reader = new AppendixReader(UnitDirectory.of(units));
        Path file = Files.createTempFile("civicplan-appendix-ratios-", ".xlsx");
        try {
            AppendixBenchmark.write(file, units, itemCount);
            long[] plain = new long[rounds];
            long[] read = new long[rounds];
            long sink = 0;
            AppendixSummary summary = null;
            for (int round = 0; round < rounds; round++) {
                long t = System.nanoTime();
                sink += plainPass(file);
                plain[round] = System.nanoTime() - t;
                t = System.nanoTime();
                summary = reader.read(file, row -> {});
                read[round] = System.nanoTime() - t;
                sink += summary.items();
            }
            if (summary == null || summary.items() != itemCount) {
                throw new IllegalStateException(
                        "the reader read " + (summary == null ? 0 : summary.items()) + " items of " + itemCount);
            }
            // the first third warms up the JIT: left out
            int from = rounds / 3;
            long[] p = Arrays.copyOfRange(plain, from, rounds);
            long[] r = Arrays.copyOfRange(read, from, rounds);
            Arrays.sort(p);
            Arrays.sort(r);
            System.out.println(String.format(
                    Locale.ROOT,
                    "%d items, %d rounds (first %d left out): fastest reader %.1f ms, plain %.1f ms, ratio %.2fx;"
                            + " median reader %.1f ms, plain %.1f ms, ratio %.2fx (checksum %d, problems %d)",
                    itemCount,
                    rounds,
                    from,
                    r[0] / 1e6,
                    p[0] / 1e6,
                    (double) p[0] / r[0],
                    r[r.length / 2] / 1e6,
                    p[p.length / 2] / 1e6,
                    (double) p[p.length / 2] / r[r.length / 2],
                    sink,
                    summary.problems().size()));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * {@link FormCollectionBenchmark}'s two passes over its 100 forms, interleaved: collecting them
     * into the store, and the plain fastexcel-reader pass over the same files.
     */
    private static void forms(int rounds) throws IOException {
        FormCollectionBenchmark forms = new FormCollectionBenchmark();
        forms.setUp();
        try {
            long[] plain = new long[rounds];
            long[] collect = new long[rounds];
            long sink = 0;
            for (int round = 0; round < rounds; round++) {
                long t = System.nanoTime();
                sink += forms.plainPass();
                plain[round] = System.nanoTime() - t;
                t = System.nanoTime();
                sink += forms.collect().receipts().size();
                collect[round] = System.nanoTime() - t;
            }
            int from = rounds / 3;
            long[] p = Arrays.copyOfRange(plain, from, rounds);
            long[] c = Arrays.copyOfRange(collect, from, rounds);
            Arrays.sort(p);
            Arrays.sort(c);
            System.out.println(String.format(
                    Locale.ROOT,
                    "%d forms, %d rounds (first %d left out): fastest collection %.1f ms, plain %.1f ms, ratio %.2fx;"
                            + " median collection %.1f ms, plain %.1f ms, ratio %.2fx (checksum %d)",
                    FormCollectionBenchmark.UNITS,
                    rounds,
                    from,
                    c[0] / 1e6,
                    p[0] / 1e6,
                    (double) p[0] / c[0],
                    c[c.length / 2] / 1e6,
                    p[p.length / 2] / 1e6,
                    (double) p[p.length / 2] / c[c.length / 2],
                    sink));
        } finally {
            forms.tearDown();
        }
    }

    /** The yardstick, as {@link AppendixBenchmark#plainFastexcelPass}: every cell's text, nothing else. */
    static long plainPass(Path file) throws IOException {
        long[] sink = {0};
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile());
                Stream<Row> rows = wb.getFirstSheet().openStream()) {
            rows.forEach(row -> {
                for (Cell cell : row) {
                    if (cell != null) {
                        sink[0] += cell.getText().length();
                    }
                }
            });
        }
        return sink[0];
    }
}
