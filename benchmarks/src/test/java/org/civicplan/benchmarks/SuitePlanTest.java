package org.civicplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.civicplan.benchmarks.Ratios.Pair;
import org.civicplan.benchmarks.SuitePlan.Group;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Issue 20: the suite's plan, estimated from its iteration counts, forks and sizes (JMH's own list
 * of the benchmarks each group selects), printed against its targets of 15 minutes in full and 3
 * with {@code --quick} on 2 cores (both missed in session 7's runs: 1,730 s and 249 s), and runs
 * both sides of every pair it reports.
 */
class SuitePlanTest {
    /**
     * A fork's cost besides its iterations: a JVM with a pre-touched 3 GB heap, JMH, the benchmark's
     * set-up (generator, database). Session 7's quick run took 249 s for 24 forks with about 70 s of
     * iterations: about 7.5 s a fork; its full run had forks of 8–12 s besides their iterations.
     */
    private static final double FORK_SECONDS = 9;

    /** An operation in single-shot mode: a bulk store of 10^6 rows took 13–27 s in the full run of 2026-11-26, plus its set-up. */
    private static final double SINGLE_SHOT_SECONDS = 30;

    /**
     * Item 6's child JVMs: the full run of 2026-11-26 spent 158 s in them (the whole L workbook
     * 146 s), the quick run of 2026-12-05 6 s; and the review data loaded before the review forks.
     */
    private static final double FULL_EXTRA_SECONDS = 200;

    private static final double QUICK_EXTRA_SECONDS = 20;

    private static final OutputFormat SILENT = OutputFormatFactory.createFormatInstance(
            new PrintStream(OutputStream.nullOutputStream()), VerboseMode.SILENT);

    private static List<BenchmarkListEntry> selected(Group group) {
        return List.copyOf(
                BenchmarkList.defaultList().find(SILENT, List.of(JmhGroupRunner.include(group, null)), List.of()));
    }

    /** The group's seconds: for each benchmark, a fork per size (one without a size parameter). */
    static double seconds(Group group) {
        double perRun = group.mode() == Mode.SingleShotTime
                ? (group.warmups() + group.measurements()) * SINGLE_SHOT_SECONDS
                : group.warmups() * group.warmupSeconds() + group.measurements() * group.seconds();
        double total = 0;
        for (BenchmarkListEntry e : selected(group)) {
            boolean sized = e.getParams().hasValue() && e.getParams().get().containsKey("size");
            int runs = sized && !group.sizes().isEmpty() ? group.sizes().size() : 1;
            total += runs * (perRun + (group.forks() > 0 ? FORK_SECONDS : 0));
        }
        return total;
    }

    static double seconds(List<Group> groups) {
        double total = 0;
        for (Group g : groups) {
            double s = seconds(g);
            System.out.printf(
                    Locale.ROOT,
                    "  %4.0f s  %d benchmarks  %s %s%n",
                    s,
                    selected(g).size(),
                    g.benchmarks(),
                    g.sizes());
            total += s;
        }
        return total;
    }

    /** What the full run is estimated at, printed for the lead whatever it is; a plan of no benchmarks is wrong. */
    @Test
    void theFullPlanIsEstimated() {
        double seconds = seconds(SuitePlan.groups(false)) + FULL_EXTRA_SECONDS;
        System.out.printf(Locale.ROOT, "full suite, estimated: %.0f s (target 900 s)%n", seconds);

        assertThat(seconds).isGreaterThan(FULL_EXTRA_SECONDS + 300);
    }

    /**
     * The quick run's estimate, printed. Session 7 measured 249 s against the target of 180 s (a
     * miss named in BENCHMARKS.md, issue 20), so the estimate is not held under 3 minutes here; a
     * plan of almost nothing is still wrong.
     */
    @Test
    void theQuickPlanIsEstimated() {
        double seconds = seconds(SuitePlan.groups(true)) + QUICK_EXTRA_SECONDS;
        System.out.printf(Locale.ROOT, "--quick, estimated: %.0f s (target 180 s)%n", seconds);

        assertThat(seconds).isGreaterThan(QUICK_EXTRA_SECONDS + 60);
    }

    @Test
    void bothSidesOfEveryPairAreRunInBothPlans() {
        for (boolean quick : new boolean[] {false, true}) {
            List<String> run = SuitePlan.groups(quick).stream()
                    .flatMap(g -> selected(g).stream())
                    .map(BenchmarkListEntry::getUsername)
                    .toList();
            for (Pair p : SuitePlan.PAIRS) {
                if (quick && !p.item().startsWith("5 ")) {
                    continue; // a smoke run runs a subset of the other pairs; item 5's readers are in it
                }
                assertThat(run)
                        .as("%s (%s)", p.item(), quick ? "quick" : "full")
                        .contains(name(p, p.civicplan()), name(p, p.baseline()));
            }
        }
    }

    private static String name(Pair p, String method) {
        return "org.civicplan.benchmarks." + p.benchmark() + "." + method;
    }

    @Test
    void theReadersOfItemFiveAreWeighedAgainstTheirTargets() {
        assertThat(SuitePlan.PAIRS)
                .extracting(Pair::benchmark, Pair::civicplan, Pair::baseline, Pair::target)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "PeriodReaderBenchmark", "periodReader", "localDateParse", 5.0),
                        org.assertj.core.groups.Tuple.tuple(
                                "NameReadersBenchmark", "resolveUnitCorpus", "parseDatesAsManyAsUnits", 5.0),
                        org.assertj.core.groups.Tuple.tuple(
                                "AppendixBenchmark", "readAppendix", "plainFastexcelPass", 0.5));
    }
}
