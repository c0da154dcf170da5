package org.civicplan.benchmarks;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.civicplan.benchmarks.Ratios.Score;
import org.civicplan.benchmarks.SuitePlan.Group;
import org.civicplan.benchmarks.SuitePlan.Jvm;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.CompilerHints;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.runner.options.WarmupMode;

/**
 * Runs one {@link Jvm} of the suite (items 1–5) in a JVM forked for it, and turns its results into
 * {@link Score}s. Review data is loaded into H2 and PostgreSQL first, in this JVM, when a group
 * reviews. In the forked JVM ({@link #main}) JMH runs without forks of its own, size by size
 * ({@link Jvm#steps}): one JVM start, one pre-touch of the 3 GB heap, and one generation of each
 * size's data (cached by {@link Bench#portfolio}) instead of one for each benchmark and size.
 */
final class JmhGroupRunner {
    private JmhGroupRunner() {}

    /** The JMH include pattern of the group's benchmarks that {@code only} (a regex or null) also matches. */
    static String include(Group group, String only) {
        return (only == null ? "^" : "^(?=.*(" + only + "))") + "org\\.civicplan\\.benchmarks\\.(" + group.benchmarks()
                + ")$";
    }

    /** Whether the group runs any of {@code benchmark}'s methods. */
    static boolean runs(Group group, String only, String benchmark) {
        Pattern include = Pattern.compile(include(group, only));
        for (Method m : ReviewBenchmark.class.getMethods()) {
            if (m.isAnnotationPresent(Benchmark.class)
                    && include.matcher("org.civicplan.benchmarks." + benchmark + "." + m.getName())
                            .find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs the {@code index}th JVM of the plan ({@link SuitePlan#jvms}) with the suite's options,
     * in a forked JVM; its scores.
     */
    static List<Score> run(int index, SuiteOptions options, Path h2, String schema)
            throws IOException, InterruptedException {
        return run(index, options, h2, schema, null);
    }

    /**
     * {@link #run(int, SuiteOptions, Path, String)}; when this JVM's groups review, {@code
     * alongsideLoad} (or nothing when null) runs on its own thread while the review data is loaded
     * and is waited for before the JVM is forked, so that nothing else runs beside the benchmarks.
     * Returns the scores; {@code alongsideLoad} did not run when no review data was loaded.
     */
    static List<Score> run(int index, SuiteOptions options, Path h2, String schema, Runnable alongsideLoad)
            throws IOException, InterruptedException {
        Jvm jvm = planned(options.quick(), index, options.sizes());
        if (jvm == null
                || jvm.groups().stream()
                        .allMatch(g -> classes(g, options.only()).isEmpty())) {
            return List.of(); // nothing of this JVM is left (--sizes, --only): no JVM started for it
        }
        List<String> reviewed = new ArrayList<>();
        boolean h2Review = false;
        boolean pgReview = false;
        for (Group group : jvm.groups()) {
            boolean h2Here = runs(group, options.only(), "H2ReviewBenchmark");
            boolean pgHere = runs(group, options.only(), "PgReviewBenchmark");
            if (h2Here || pgHere) {
                group.sizes().stream().filter(s -> !reviewed.contains(s)).forEach(reviewed::add);
            }
            h2Review |= h2Here;
            pgReview |= pgHere;
        }
        if (!reviewed.isEmpty()) {
            System.setProperty(Bench.H2_DIR, h2.toString());
            System.setProperty(Bench.PG_SCHEMA, schema);
            long started = System.nanoTime();
            Thread alongside = null;
            if (alongsideLoad != null) {
                alongside = new Thread(alongsideLoad, "alongside-review-load");
                alongside.start();
            }
            long loaded;
            try {
                ReviewData.preload(reviewed, h2Review, pgReview);
                loaded = System.nanoTime();
            } finally {
                if (alongside != null) {
                    alongside.join();
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "# review data %s loaded in %d s%s%n",
                    reviewed,
                    TimeUnit.NANOSECONDS.toSeconds(loaded - started),
                    alongside == null
                            ? ""
                            : String.format(
                                    Locale.ROOT,
                                    "; item 6's exports of generated measurements alongside it, %d s in all",
                                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)));
        }
        Path out = Files.createTempFile("civicplan-bench-scores-", ".bin");
        try {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    Bench.XMS,
                    Bench.XMX,
                    Bench.PRETOUCH));
            // what JMH gives its own forks: its compiler hints and blackhole mode
            CompilerHints.addCompilerHints(command);
            command.addAll(List.of(
                    "-Djmh.ignoreLock=true",
                    "-D" + Bench.H2_DIR + "=" + h2,
                    "-D" + Bench.PG_SCHEMA + "=" + schema,
                    "-D" + Bench.PG_URL + "=" + BenchDb.pgUrl(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    JmhGroupRunner.class.getName(),
                    Boolean.toString(options.quick()),
                    Integer.toString(index),
                    options.only() == null ? "" : options.only(),
                    options.profiler() == null ? "" : options.profiler(),
                    options.sizes() == null ? "" : String.join(",", options.sizes()),
                    out.toString()));
            long started = System.nanoTime();
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            System.out.printf(
                    Locale.ROOT,
                    "# JVM %s took %d s%n",
                    jvm.name(),
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
            if (exit != 0) {
                throw new IllegalStateException("the benchmarks of JVM " + jvm.name() + " failed (exit " + exit + ")");
            }
            try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(out))) {
                @SuppressWarnings("unchecked")
                List<Score> scores = (List<Score>) in.readObject();
                return scores;
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** The {@code index}th JVM of the plan with the sizes of {@code --sizes} (null: the plan's), or null when none is left. */
    static Jvm planned(boolean quick, int index, List<String> sizes) {
        Jvm jvm = SuitePlan.jvms(quick).get(index);
        return sizes == null ? jvm : jvm.withSizes(sizes, quick);
    }

    /**
     * The forked JVM: {@code quick index only profiler sizes out} (empty strings for none); runs the
     * JVM's groups step by step with JMH in this JVM and writes the scores to {@code out}.
     */
    public static void main(String[] args) throws Exception {
        boolean quick = Boolean.parseBoolean(args[0]);
        int index = Integer.parseInt(args[1]);
        String only = args[2].isEmpty() ? null : args[2];
        String profiler = args[3].isEmpty() ? null : args[3];
        List<String> sizes = args[4].isEmpty() ? null : List.of(args[4].split(","));
        Path out = Path.of(args[5]);
        Jvm jvm = planned(quick, index, sizes);
        List<Score> scores = new ArrayList<>();
        Set<String> warmed = new HashSet<>();
        for (String step : jvm.steps()) {
            for (Group group : jvm.at(step)) {
                long started = System.nanoTime();
                // bulk warm-up where a benchmark class of the group has not run in this JVM yet
                Set<String> classes = classes(group, only);
                boolean bulk = !warmed.containsAll(classes);
                warmed.addAll(classes);
                List<Score> ran = runHere(group, step, only, profiler, bulk);
                System.out.printf(
                        Locale.ROOT,
                        "# JVM %s, %s%s: %d benchmarks in %d s%s%n",
                        jvm.name(),
                        group.benchmarks(),
                        step.isEmpty() ? "" : " at " + step,
                        ran.size(),
                        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started),
                        bulk && group.warmups() > 0 && !ran.isEmpty() ? " (warmed up in bulk first)" : "");
                scores.addAll(ran);
            }
            Bench.forget();
        }
        try (ObjectOutputStream o = new ObjectOutputStream(Files.newOutputStream(out))) {
            o.writeObject(new ArrayList<>(scores));
        }
    }

    /** The benchmark classes (simple names) the group runs, as JMH's list of benchmarks gives them. */
    static Set<String> classes(Group group, String only) {
        Set<String> classes = new TreeSet<>();
        OutputFormat silent = OutputFormatFactory.createFormatInstance(
                new PrintStream(OutputStream.nullOutputStream()), VerboseMode.SILENT);
        for (BenchmarkListEntry e :
                BenchmarkList.defaultList().find(silent, List.of(include(group, only)), List.of())) {
            String name = e.getUsername();
            int dot = name.lastIndexOf('.');
            classes.add(name.substring(name.lastIndexOf('.', dot - 1) + 1, dot));
        }
        return classes;
    }

    /**
     * One group at one size (or without sizes when {@code size} is empty), JMH in this JVM. With
     * {@code bulk}, every benchmark of the group runs its warm-up iterations before any is measured,
     * then each its own warm-up again before its measurement ({@link WarmupMode#BULK_INDI}).
     */
    static List<Score> runHere(Group group, String size, String only, String profiler, boolean bulk)
            throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(include(group, only))
                .forks(0)
                .mode(group.mode())
                .warmupMode(bulk && group.warmups() > 0 ? WarmupMode.BULK_INDI : WarmupMode.INDI)
                .warmupIterations(group.warmups())
                .warmupTime(TimeValue.seconds(group.warmupSeconds()))
                .measurementIterations(group.measurements())
                .measurementTime(TimeValue.seconds(group.seconds()));
        if (!size.isEmpty()) {
            options.param("size", size);
        }
        if (profiler != null) {
            options.addProfiler(profiler);
        }
        Collection<RunResult> results;
        try {
            results = new Runner(options.build()).run();
        } catch (NoBenchmarksException e) {
            return List.of(); // --only left nothing of this group
        }
        List<Score> scores = new ArrayList<>();
        for (RunResult r : results) {
            scores.add(score(r));
        }
        return scores;
    }

    private static Score score(RunResult r) {
        String name = r.getParams().getBenchmark();
        int dot = name.lastIndexOf('.');
        String benchmark = name.substring(name.lastIndexOf('.', dot - 1) + 1, dot);
        Map<String, String> params = new LinkedHashMap<>();
        for (String key : r.getParams().getParamsKeys()) {
            params.put(key, r.getParams().getParam(key));
        }
        return new Score(
                benchmark,
                name.substring(dot + 1),
                params,
                r.getPrimaryResult().getScore(),
                r.getPrimaryResult().getScoreError(),
                r.getPrimaryResult().getStatistics().getMin(),
                r.getPrimaryResult().getStatistics().getMax(),
                r.getPrimaryResult().getScoreUnit());
    }
}
