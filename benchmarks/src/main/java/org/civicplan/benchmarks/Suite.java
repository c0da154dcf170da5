package org.civicplan.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.civicplan.benchmarks.Ratios.Growth;
import org.civicplan.benchmarks.Ratios.Ratio;
import org.civicplan.benchmarks.Ratios.Score;

/**
 * Runs the whole benchmark suite of issue #9 and reports civicplan against its baselines as
 * ratios: JMH for items 1–5 ({@link JmhGroupRunner}: a forked JVM for each {@link SuitePlan.Jvm}), child JVMs with a small heap for item 6 ({@code -Xmx64m}, the workbook {@code -Xmx256m})
 * ({@link MemoryRunner}; those of generated measurements run while the review data is loaded, before
 * the review JVM starts, the workbook at the end). Writes {@code results.json} and {@code results.md} to the output
 * directory and prints the Markdown.
 *
 * <pre>
 * Suite [--quick] [--only REGEX] [--sizes S,M,L] [--no-memory | --memory json,csv,xlsx,xlsx-workbook] [--out DIR] [--prof NAME]
 *   --quick      size S, one JVM, one 1 s warm-up in bulk, one of each benchmark's own and two 1 s
 *                measurements (under 3 minutes); a smoke run:
 *                its report weighs no ratio against the targets
 *   (default)    sizes S, M and L (target: under 15 minutes on 2 cores)
 *   --only       run only benchmarks whose Class.method also matches REGEX (e.g. Json, H2Review)
 *   --no-memory  skip item 6
 *   --prof       add a JMH profiler (gc, stack, …) to every fork
 *   --sizes      only these sizes of the full suite, e.g. --sizes L; with --quick, these sizes instead of S
 *   --memory     the exports item 6 checks, default json,csv,xlsx,xlsx-workbook
 *   --heap SIZE  item 6's child heap for every check (e.g. --heap 160m); default 64m for json, csv
 *                and xlsx, 256m for xlsx-workbook
 * </pre>
 *
 * <p>Item 6 exports 10^6 measurements (10^5 with --quick) as JSON, CSV and xlsx ("xlsx-measurements"),
 * and the whole portfolio's "xlsx" workbook (one appendix sheet per plan): in the full suite over
 * an H2 file store that a JVM with a large heap fills first (not timed), as a database store holds
 * no items in memory; with --quick over the in-memory generated store at M.
 */
public final class Suite {
    private Suite() {}

    /** One check of item 6 (quick: 10^5 measurements; full: 10^6); a failure to run it is its result. */
    private static MemoryResult memoryCheck(SuiteOptions options, String format, Path h2) {
        String size = options.quick() ? "M" : "L";
        try {
            return MemoryRunner.memoryCheck(options.heapFor(format), format, size, h2);
        } catch (IOException e) {
            return MemoryResult.failed(format, size, options.heapFor(format), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return MemoryResult.failed(format, size, options.heapFor(format), e.toString());
        }
    }

    public static void main(String[] args) throws Exception {
        SuiteOptions options = SuiteOptions.parse(args);
        boolean quick = options.quick();
        long started = System.nanoTime();
        Files.createDirectories(options.out());
        List<Score> scores = new ArrayList<>();
        Path h2 = Files.createTempDirectory("civicplan-bench-h2-");
        String schema = "civicplan_bench_suite_" + ProcessHandle.current().pid();
        Runnable cleanup = () -> {
            BenchDb.deleteTree(h2);
            try {
                BenchDb.dropSchema(BenchDb.pgUrl(), schema);
            } catch (RuntimeException e) {
                System.err.println("could not drop " + schema + ": " + e.getMessage());
            }
        };
        Thread hook = new Thread(cleanup);
        Runtime.getRuntime().addShutdownHook(hook);
        List<MemoryResult> memoryResults = new ArrayList<>();
        // item 6's exports of generated measurements (all but the workbook, which reads the review
        // data's H2 store) run while the review data is loaded: they measure memory, and the load
        // leaves a core to them once PostgreSQL's part is done (H2's takes the longest)
        Map<String, MemoryResult> alongside = new ConcurrentHashMap<>();
        AtomicBoolean ranAlongside = new AtomicBoolean();
        Runnable memoryAlongside = () -> {
            ranAlongside.set(true);
            for (String format : options.formats()) {
                if (!format.equals("xlsx-workbook")) {
                    alongside.put(format, memoryCheck(options, format, null));
                }
            }
        };
        try {
            for (int i = 0; i < SuitePlan.jvms(quick).size(); i++) {
                scores.addAll(JmhGroupRunner.run(
                        i, options, h2, schema, options.runsMemory() && !ranAlongside.get() ? memoryAlongside : null));
            }
            if (options.runsMemory()) {
                for (String format : options.formats()) {
                    MemoryResult done = alongside.get(format);
                    memoryResults.add(done != null ? done : memoryCheck(options, format, quick ? null : h2));
                }
            }
        } finally {
            cleanup.run();
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        List<Ratio> ratios = Ratios.compute(SuitePlan.PAIRS, scores);
        List<Growth> growth = Ratios.growth(scores, options.allSizes());
        SuiteResults results = new SuiteResults(quick, seconds, ratios, growth, memoryResults, scores);
        String markdown = MarkdownReport.markdown(results);
        Path out = options.out();
        Files.writeString(out.resolve("results.md"), markdown);
        Files.writeString(out.resolve("results.json"), JsonReport.json(results));
        System.out.println(markdown);
        System.out.println("Written to " + out.toAbsolutePath());
    }
}
