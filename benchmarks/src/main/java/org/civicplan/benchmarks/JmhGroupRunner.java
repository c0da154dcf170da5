package org.civicplan.benchmarks;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.civicplan.benchmarks.Ratios.Score;
import org.civicplan.benchmarks.SuitePlan.Group;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs one {@link Group} of the suite in JMH (items 1–5) and turns its results into {@link Score}s.
 * Review data is loaded into H2 and PostgreSQL first, in this JVM, when the group reviews.
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
                .forks(group.forks())
                .mode(group.mode())
                .warmupIterations(group.warmups())
                .warmupTime(TimeValue.seconds(group.warmupSeconds()))
                .measurementIterations(group.measurements())
                .measurementTime(TimeValue.seconds(group.seconds()))
                .jvmArgsAppend(
                        "-D" + Bench.H2_DIR + "=" + h2,
                        "-D" + Bench.PG_SCHEMA + "=" + schema,
                        "-D" + Bench.PG_URL + "=" + BenchDb.pgUrl());
        if (!group.sizes().isEmpty()) {
            options.param("size", group.sizes().toArray(String[]::new));
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
