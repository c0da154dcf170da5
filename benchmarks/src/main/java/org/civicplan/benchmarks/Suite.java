package org.civicplan.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.civicplan.benchmarks.Ratios.Growth;
import org.civicplan.benchmarks.Ratios.Kind;
import org.civicplan.benchmarks.Ratios.Pair;
import org.civicplan.benchmarks.Ratios.Ratio;
import org.civicplan.benchmarks.Ratios.Score;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the whole benchmark suite of issue #9 and reports civicplan against its baselines as
 * ratios: JMH for items 1–5, child JVMs with {@code -Xmx256m} for item 6. Writes {@code
 * results.json} and {@code results.md} to the output directory and prints the Markdown.
 *
 * <pre>
 * Suite [--quick] [--only REGEX] [--sizes S,M,L] [--no-memory | --memory json,csv,xlsx,xlsx-workbook] [--out DIR] [--prof NAME]
 *   --quick      sizes S and M, one 1 s warm-up and two 1 s measurements per fork (under 3 minutes)
 *   (default)    sizes S, M and L (target: under 15 minutes on 2 cores)
 *   --only       run only benchmarks whose Class.method also matches REGEX (e.g. Json, H2Review)
 *   --no-memory  skip item 6
 *   --prof       add a JMH profiler (gc, stack, …) to every fork
 *   --sizes      only these sizes of the full suite, e.g. --sizes L; with --quick, these sizes instead of S and M
 *   --memory     the exports item 6 checks, default json,csv,xlsx,xlsx-workbook
 *   --heap SIZE  item 6's child heap, default 256m (e.g. --heap 160m)
 * </pre>
 *
 * <p>Item 6 exports 10^6 measurements (10^5 with --quick) as JSON, CSV and xlsx ("xlsx-measurements"),
 * and the whole portfolio's "xlsx" workbook (one appendix sheet per plan): in the full suite over
 * an H2 file store that a JVM with a large heap fills first (not timed), as a database store holds
 * no items in memory; with --quick over the in-memory generated store at M.
 */
public final class Suite {
    static final List<Pair> PAIRS = List.of(
            new Pair("1 JSON export", "JsonBenchmark", "civicplanWrite", "rawJacksonWrite", Kind.THROUGHPUT_SHARE, 0.7),
            new Pair("1 JSON import", "JsonBenchmark", "civicplanRead", "rawJacksonRead", Kind.THROUGHPUT_SHARE, 0.7),
            new Pair(
                    "2 bulk store H2",
                    "H2StoreBenchmark",
                    "civicplanRecordAll",
                    "rawJdbcBatch",
                    Kind.THROUGHPUT_SHARE,
                    0.7),
            new Pair(
                    "2 bulk store PostgreSQL",
                    "PgStoreBenchmark",
                    "civicplanRecordAll",
                    "rawJdbcBatch",
                    Kind.THROUGHPUT_SHARE,
                    0.7),
            new Pair(
                    "2 bulk store PostgreSQL vs COPY (limit)",
                    "PgStoreBenchmark",
                    "civicplanRecordAll",
                    "pgCopy",
                    Kind.THROUGHPUT_SHARE,
                    Double.NaN),
            new Pair(
                    "2 raw batch PostgreSQL vs COPY (limit)",
                    "PgStoreBenchmark",
                    "rawJdbcBatch",
                    "pgCopy",
                    Kind.THROUGHPUT_SHARE,
                    Double.NaN),
            new Pair(
                    "3 clarity check", "ClarityBenchmark", "clarityCheck", "plainHibernateValidator", Kind.SLOWDOWN, 3),
            new Pair(
                    "3 clarity check vs plain HV on both cores",
                    "ClarityBenchmark",
                    "clarityCheck",
                    "plainHibernateValidatorParallel",
                    Kind.SLOWDOWN,
                    3),
            new Pair("4 review H2", "H2ReviewBenchmark", "civicplanReview", "handWrittenReview", Kind.SLOWDOWN, 1.5),
            new Pair(
                    "4 review queries H2",
                    "H2ReviewBenchmark",
                    "civicplanReviewQueries",
                    "handWrittenSql",
                    Kind.SLOWDOWN,
                    1.5),
            new Pair(
                    "4 review PostgreSQL",
                    "PgReviewBenchmark",
                    "civicplanReview",
                    "handWrittenReview",
                    Kind.SLOWDOWN,
                    1.5),
            new Pair(
                    "4 review queries PostgreSQL",
                    "PgReviewBenchmark",
                    "civicplanReviewQueries",
                    "handWrittenSql",
                    Kind.SLOWDOWN,
                    1.5));

    /**
     * Benchmarks ({@code Class.method} regex) run with the same sizes, mode and iterations. In
     * {@link Mode#SingleShotTime} an iteration is one operation and the seconds are ignored.
     */
    record Group(
            String benchmarks,
            List<String> sizes,
            int warmups,
            int warmupSeconds,
            int measurements,
            int seconds,
            Mode mode) {
        Group(String benchmarks, List<String> sizes, int warmups, int warmupSeconds, int measurements, int seconds) {
            this(benchmarks, sizes, warmups, warmupSeconds, measurements, seconds, Mode.AverageTime);
        }

        /** With the sizes replaced ({@code quick}) or narrowed to those also in {@code wanted}; null when none is left. */
        Group withSizes(List<String> wanted, boolean replace) {
            List<String> kept =
                    replace ? wanted : sizes.stream().filter(wanted::contains).toList();
            return kept.isEmpty()
                    ? null
                    : new Group(benchmarks, kept, warmups, warmupSeconds, measurements, seconds, mode);
        }
    }

    private Suite() {}

    static List<Group> groups(boolean quick) {
        if (quick) {
            // bulk stores of 10^5 rows and size L are left to the full run
            return List.of(
                    new Group(
                            "JsonBenchmark\\..*|ClarityBenchmark\\.(clarityCheck|plainHibernateValidator)"
                                    + "|(H2ReviewBenchmark|PgReviewBenchmark)\\.(civicplanReview|handWrittenReview)",
                            List.of("S", "M"),
                            1,
                            1,
                            2,
                            1),
                    new Group("(H2StoreBenchmark|PgStoreBenchmark)\\..*", List.of("S"), 2, 1, 2, 1));
        }
        // a bulk store of 10^6 rows takes 20–60 s: one operation, timed once, in a fresh fork
        return List.of(
                new Group("JsonBenchmark\\..*", List.of("S", "M", "L"), 2, 1, 3, 1),
                // one check of 10^5 items takes 0.3–0.6 s: at L, 1 s warm-ups left it half compiled;
                // the check uses both cores from 20,000 items, so the two-core baseline runs at L only
                new Group("ClarityBenchmark\\.(clarityCheck|plainHibernateValidator)", List.of("S", "M"), 3, 1, 3, 1),
                new Group("ClarityBenchmark\\..*", List.of("L"), 4, 2, 3, 2),
                new Group("(H2ReviewBenchmark|PgReviewBenchmark)\\..*", List.of("S", "M", "L"), 1, 1, 3, 1),
                // at S one operation takes 0.15–0.35 s: one 1 s warm-up left the MERGE path half compiled
                new Group("(H2StoreBenchmark|PgStoreBenchmark)\\..*", List.of("S"), 3, 1, 3, 1),
                new Group("(H2StoreBenchmark|PgStoreBenchmark)\\..*", List.of("M"), 1, 1, 2, 1),
                new Group("(H2StoreBenchmark|PgStoreBenchmark)\\..*", List.of("L"), 0, 1, 1, 1, Mode.SingleShotTime));
    }

    /** The child JVM's heap for item 6: {@code -Xmx256m}, or {@code --heap SIZE} (e.g. 160m). */
    static String memoryHeap = "-Xmx256m";

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        boolean memory = true;
        String only = null;
        String profiler = null;
        List<String> sizes = null;
        List<String> formats = List.of("json", "csv", "xlsx", "xlsx-workbook");
        boolean formatsGiven = false;
        Path out = Files.isDirectory(Path.of("benchmarks")) ? Path.of("benchmarks/target/results") : Path.of("results");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--no-memory" -> memory = false;
                case "--only" -> only = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                case "--prof" -> profiler = args[++i];
                case "--sizes" -> sizes = List.of(args[++i].split(","));
                case "--heap" -> memoryHeap = "-Xmx" + args[++i];
                case "--memory" -> {
                    formats = List.of(args[++i].split(","));
                    formatsGiven = true;
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        long started = System.nanoTime();
        Files.createDirectories(out);
        List<Score> scores = new ArrayList<>();
        List<String> allSizes = sizes != null ? sizes : quick ? List.of("S", "M") : List.of("S", "M", "L");
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
        try {
            for (Group group : groups(quick)) {
                if (sizes != null) {
                    group = group.withSizes(sizes, quick);
                    if (group == null) {
                        continue;
                    }
                }
                scores.addAll(run(group, only, profiler, h2, schema));
            }
            if (memory && (only == null || formatsGiven || "MemoryCheck".matches(".*(" + only + ").*"))) {
                for (String format : formats) {
                    // quick: 10^5 measurements; full: 10^6
                    memoryResults.add(memoryCheck(format, quick ? "M" : "L", quick ? null : h2));
                }
            }
        } finally {
            cleanup.run();
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        List<Ratio> ratios = Ratios.compute(PAIRS, scores);
        List<Growth> growth = Ratios.growth(scores, allSizes);
        String markdown = markdown(quick, seconds, ratios, growth, memoryResults, scores);
        Files.writeString(out.resolve("results.md"), markdown);
        Files.writeString(out.resolve("results.json"), json(quick, seconds, ratios, growth, memoryResults, scores));
        System.out.println(markdown);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    /** The JMH include pattern of the group's benchmarks that {@code only} (a regex or null) also matches. */
    static String include(Group group, String only) {
        return (only == null ? "^" : "^(?=.*(" + only + "))") + "org\\.civicplan\\.benchmarks\\.(" + group.benchmarks()
                + ")$";
    }

    /** Whether the group runs any of {@code benchmark}'s methods. */
    static boolean runs(Group group, String only, String benchmark) {
        java.util.regex.Pattern include = java.util.regex.Pattern.compile(include(group, only));
        for (java.lang.reflect.Method m : ReviewBenchmark.class.getMethods()) {
            if (m.isAnnotationPresent(org.openjdk.jmh.annotations.Benchmark.class)
                    && include.matcher("org.civicplan.benchmarks." + benchmark + "." + m.getName())
                            .find()) {
                return true;
            }
        }
        return false;
    }

    static List<Score> run(Group group, String only, String profiler, Path h2, String schema)
            throws RunnerException, InterruptedException {
        boolean h2Review = runs(group, only, "H2ReviewBenchmark");
        boolean pgReview = runs(group, only, "PgReviewBenchmark");
        if (h2Review || pgReview) {
            System.setProperty(Bench.H2_DIR, h2.toString());
            System.setProperty(Bench.PG_SCHEMA, schema);
            long started = System.nanoTime();
            ReviewData.preload(group.sizes(), h2Review, pgReview);
            System.out.printf(
                    Locale.ROOT,
                    "# review data %s loaded in %d s%n",
                    group.sizes(),
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        }
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(include(group, only))
                .param("size", group.sizes().toArray(String[]::new))
                .forks(1)
                .mode(group.mode())
                .warmupIterations(group.warmups())
                .warmupTime(TimeValue.seconds(group.warmupSeconds()))
                .measurementIterations(group.measurements())
                .measurementTime(TimeValue.seconds(group.seconds()))
                .jvmArgsAppend(
                        "-D" + Bench.H2_DIR + "=" + h2,
                        "-D" + Bench.PG_SCHEMA + "=" + schema,
                        "-D" + Bench.PG_URL + "=" + BenchDb.pgUrl());
        if (profiler != null) {
            options.addProfiler(profiler);
        }
        Collection<RunResult> results;
        try {
            results = new Runner(options.build()).run();
        } catch (org.openjdk.jmh.runner.NoBenchmarksException e) {
            return List.of(); // --only left nothing of this group
        }
        List<Score> scores = new ArrayList<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            int dot = name.lastIndexOf('.');
            String benchmark = name.substring(name.lastIndexOf('.', dot - 1) + 1, dot);
            Map<String, String> params = new LinkedHashMap<>();
            for (String key : r.getParams().getParamsKeys()) {
                params.put(key, r.getParams().getParam(key));
            }
            scores.add(new Score(
                    benchmark,
                    name.substring(dot + 1),
                    params,
                    r.getPrimaryResult().getScore(),
                    r.getPrimaryResult().getScoreError(),
                    r.getPrimaryResult().getStatistics().getMin(),
                    r.getPrimaryResult().getStatistics().getMax(),
                    r.getPrimaryResult().getScoreUnit()));
        }
        return scores;
    }

    record MemoryResult(
            String format,
            String size,
            boolean passed,
            long count,
            long bytes,
            long millis,
            long peakHeapBytes,
            long peakRssKb,
            long peakAfterGcBytes,
            String detail) {}

    /**
     * One check of item 6 in a child JVM with {@code -Xmx256m}. For "xlsx-workbook" with an {@code
     * h2} directory, the check exports the review benchmarks' H2 store of that size in {@code
     * h2}, loading it first (in this JVM, not timed) when the review group has not.
     */
    static MemoryResult memoryCheck(String format, String size, Path h2) throws IOException, InterruptedException {
        if (!format.equals("xlsx-workbook") || h2 == null) {
            return memoryCheck(format, size, List.of());
        }
        System.setProperty(Bench.H2_DIR, h2.toString());
        try (BenchDb db = BenchDb.h2("review", true)) {
            ReviewData.ensureLoaded(
                    db, size, () -> new PortfolioGenerator(Bench.SEED).generate(PortfolioGenerator.Size.valueOf(size)));
        } catch (RuntimeException e) {
            return failed(format, size, "loading H2: " + e);
        }
        MemoryResult result =
                memoryCheck(format, size, List.of(h2.resolve("review").toString()));
        return new MemoryResult(
                format + " (H2)",
                result.size(),
                result.passed(),
                result.count(),
                result.bytes(),
                result.millis(),
                result.peakHeapBytes(),
                result.peakRssKb(),
                result.peakAfterGcBytes(),
                result.detail());
    }

    private static MemoryResult memoryCheck(String format, String size, List<String> extra)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(format, size));
        args.addAll(extra);
        List<String> lines = child(memoryHeap, args);
        for (String line : lines) {
            if (line.startsWith("RESULT ")) {
                String[] f = line.split(" ");
                return new MemoryResult(
                        format,
                        size,
                        true,
                        Long.parseLong(f[2]),
                        Long.parseLong(f[3]),
                        Long.parseLong(f[4]),
                        Long.parseLong(f[5]),
                        Long.parseLong(f[6]),
                        Long.parseLong(f[7]),
                        "");
            }
        }
        return failed(format, size, detail(lines));
    }

    private static MemoryResult failed(String format, String size, String detail) {
        return new MemoryResult(format, size, false, 0, 0, 0, 0, 0, 0, detail);
    }

    private static String detail(List<String> lines) {
        return lines.stream()
                .filter(l -> l.contains("Exception") || l.contains("Error"))
                .findFirst()
                .orElse(lines.isEmpty() ? "no output" : lines.get(lines.size() - 1));
    }

    /** Runs {@link MemoryCheck} in a child JVM; its output lines, with a last line "EXIT n" if it failed. */
    private static List<String> child(String heap, List<String> args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(
                List.of(java, heap, "-cp", System.getProperty("java.class.path"), MemoryCheck.class.getName()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
            }
        }
        int exit = p.waitFor();
        if (exit != 0) {
            lines.removeIf(l -> l.startsWith("RESULT ") || l.startsWith("POPULATED "));
            lines.add("exit " + exit);
        }
        return lines;
    }

    /** The mean, ± the 99.9% half-width when JMH gives one (3+ iterations), and the iterations' range. */
    static String ms(Score s) {
        String error = Double.isFinite(s.error()) ? " ± " + num(s.error()) : "";
        return num(s.score()) + error + " (" + num(s.min()) + "–" + num(s.max()) + ")";
    }

    /** Three significant digits, never in exponent form. */
    static String num(double value) {
        return new java.math.BigDecimal(value)
                .round(new java.math.MathContext(3))
                .stripTrailingZeros()
                .toPlainString();
    }

    static String params(Map<String, String> params) {
        return params.toString().replaceAll("[{}]", "");
    }

    static String markdown(
            boolean quick,
            long seconds,
            List<Ratio> ratios,
            List<Growth> growth,
            List<MemoryResult> memory,
            List<Score> scores) {
        StringBuilder md = new StringBuilder();
        md.append("### Ratios (")
                .append(quick ? "--quick" : "full")
                .append(", ")
                .append(seconds)
                .append(" s)\n\n");
        md.append("Times are ms/op: mean (± 99.9% half-width when there are 3+ iterations) and (fastest–slowest"
                + " iteration). Throughput share = baseline time ÷ civicplan time (higher is better); slowdown ="
                + " civicplan time ÷ baseline time (lower is better). The ratio's range pairs the sides' fastest and"
                + " slowest iterations.\n\n");
        md.append("| item | params | civicplan | ms/op | baseline | ms/op | ratio [range] | target | met |\n");
        md.append("|---|---|---|---:|---|---:|---|---|---|\n");
        for (Ratio r : ratios) {
            Pair p = r.pair();
            boolean info = Double.isNaN(p.target());
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s | %s | %.2f× [%.2f–%.2f] | %s | %s |%n",
                    p.item(),
                    params(r.params()),
                    p.civicplan(),
                    ms(r.civicplan()),
                    p.baseline(),
                    ms(r.baseline()),
                    r.ratio(),
                    r.low(),
                    r.high(),
                    info ? "(limit)" : (p.kind() == Kind.THROUGHPUT_SHARE ? "≥ " : "≤ ") + p.target() + "×",
                    info ? "—" : r.met() ? "yes" : "**no**"));
        }
        for (Score s : scores) {
            if (s.benchmark().equals("ClarityBenchmark")
                    && s.method().equals("clarityCheck")
                    && "L".equals(s.params().get("size"))) {
                md.append(String.format(
                        Locale.ROOT,
                        "%nClarity check of 10^5 items: %.0f ms (target under 1000 ms on 2 cores): %s%n",
                        s.score(),
                        s.score() < 1000 ? "met" : "**missed**"));
            }
        }
        md.append("\n### Scaling (time growth for 10× the data; target ≤ 12×)\n\n");
        md.append("| benchmark | method | params | sizes | growth | met |\n|---|---|---|---|---:|---|\n");
        for (Growth g : growth) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s→%s | %.1f× | %s |%n",
                    g.benchmark(),
                    g.method(),
                    params(g.params()),
                    g.from(),
                    g.to(),
                    g.factor(),
                    g.factor() <= 12 ? "yes" : "**no**"));
        }
        if (!memory.isEmpty()) {
            md.append("\n### Memory (exports in a child JVM with " + memoryHeap + ")\n\n");
            md.append("xlsx-workbook: the whole portfolio's workbook; its count is of the worksheets in the"
                    + " file, the others' of the measurements the file holds (read back after the export)."
                    + " Peak heap includes garbage; peak after GC is the most heap in use right"
                    + " after a collection.\n\n");
            md.append("| format | values | result | time | file | peak heap | peak after GC | peak RSS |\n");
            md.append("|---|---:|---|---:|---:|---:|---:|---:|\n");
            for (MemoryResult m : memory) {
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %,d | %s | %.1f s | %.1f MB | %.0f MB | %.0f MB | %.0f MB |%n",
                        m.format(),
                        m.passed()
                                ? m.count()
                                : m.format().startsWith("xlsx-workbook")
                                        ? PortfolioGenerator.Size.valueOf(m.size())
                                                .items()
                                        : PortfolioGenerator.Size.valueOf(m.size())
                                                .measurements(),
                        m.passed() ? "completed" : "**failed**: " + m.detail(),
                        m.millis() / 1000.0,
                        m.bytes() / 1e6,
                        m.peakHeapBytes() / 1e6,
                        m.peakAfterGcBytes() / 1e6,
                        m.peakRssKb() / 1e3));
            }
        }
        md.append("\n### All scores\n\n| benchmark | method | params | ms/op |\n|---|---|---|---:|\n");
        for (Score s : scores) {
            md.append("| ")
                    .append(s.benchmark())
                    .append(" | ")
                    .append(s.method())
                    .append(" | ")
                    .append(params(s.params()))
                    .append(" | ")
                    .append(ms(s))
                    .append(" |\n");
        }
        return md.toString();
    }

    static String json(
            boolean quick,
            long seconds,
            List<Ratio> ratios,
            List<Growth> growth,
            List<MemoryResult> memory,
            List<Score> scores) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("mode", quick ? "quick" : "full");
        doc.put("seconds", seconds);
        doc.put("cores", Runtime.getRuntime().availableProcessors());
        doc.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        List<Map<String, Object>> rs = new ArrayList<>();
        for (Ratio r : ratios) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("item", r.pair().item());
            m.put("benchmark", r.pair().benchmark());
            m.put("civicplan", r.pair().civicplan());
            m.put("baseline", r.pair().baseline());
            m.put("params", r.params());
            m.put("kind", r.pair().kind().name());
            m.put("ratio", r.ratio());
            m.put("low", r.low());
            m.put("high", r.high());
            m.put("target", Double.isNaN(r.pair().target()) ? null : r.pair().target());
            m.put("met", Double.isNaN(r.pair().target()) ? null : r.met());
            m.put("civicplanMsPerOp", r.civicplan().score());
            m.put("civicplanError", r.civicplan().error());
            m.put("baselineMsPerOp", r.baseline().score());
            m.put("baselineError", r.baseline().error());
            rs.add(m);
        }
        doc.put("ratios", rs);
        // records: written with their components' names, in order
        doc.put("scaling", growth);
        doc.put("memory", memory);
        List<Map<String, Object>> ss = new ArrayList<>();
        for (Score s : scores) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("benchmark", s.benchmark());
            e.put("method", s.method());
            e.put("params", s.params());
            e.put("score", s.score());
            e.put("error", Double.isFinite(s.error()) ? s.error() : null);
            e.put("min", s.min());
            e.put("max", s.max());
            e.put("unit", s.unit());
            ss.add(e);
        }
        doc.put("scores", ss);
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    }
}
