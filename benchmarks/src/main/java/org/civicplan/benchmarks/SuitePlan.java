package org.civicplan.benchmarks;

import java.util.List;
import org.civicplan.benchmarks.Ratios.Kind;
import org.civicplan.benchmarks.Ratios.Pair;
import org.openjdk.jmh.annotations.Mode;

/** What the suite of issue #9 runs (groups of JMH benchmarks) and what it compares (pairs with targets). */
final class SuitePlan {
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
                    "2 bulk import PostgreSQL into a new portfolio vs COPY",
                    "PgStoreBenchmark",
                    "civicplanImport",
                    "pgCopyImport",
                    Kind.THROUGHPUT_SHARE,
                    0.7),
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
                    1.5),
            // issue 20 item 5: the readers of issues 15 and 16 over real text, against LocalDate.parse
            // over as many date strings, and the appendix reader against a plain fastexcel-reader pass
            new Pair(
                    "5 deadline phrases vs LocalDate.parse",
                    "PeriodReaderBenchmark",
                    "periodReader",
                    "localDateParse",
                    Kind.SLOWDOWN,
                    5),
            new Pair(
                    "5 unit names vs LocalDate.parse",
                    "NameReadersBenchmark",
                    "resolveUnitCorpus",
                    "parseDatesAsManyAsUnits",
                    Kind.SLOWDOWN,
                    5),
            new Pair(
                    "5 document numbers vs LocalDate.parse",
                    "NameReadersBenchmark",
                    "readNumberCorpus",
                    "parseDatesAsManyAsNumbers",
                    Kind.SLOWDOWN,
                    5),
            new Pair(
                    "5 appendix reader vs plain fastexcel pass",
                    "AppendixBenchmark",
                    "readAppendix",
                    "plainFastexcelPass",
                    Kind.THROUGHPUT_SHARE,
                    0.5),
            new Pair(
                    "5 form collection of 100 forms vs plain fastexcel pass (no target)",
                    "FormCollectionBenchmark",
                    "collectHundredForms",
                    "plainFastexcelPass",
                    Kind.THROUGHPUT_SHARE,
                    Double.NaN));

    /** Benchmarks over a fixed corpus or file, without a {@code size} parameter: run once, whatever the sizes. */
    static final List<String> NO_SIZES = List.of();

    /** The readers of item 5 over a corpus (micro- to milliseconds an operation): no size parameter. */
    private static final String CORPUS_READERS = "(PeriodReaderBenchmark|NameReadersBenchmark)\\..*";

    /** ... and over workbooks: the appendix of 10^4 items and the 100 forms, 0.1–1 s an operation. */
    private static final String WORKBOOK_READERS = "(AppendixBenchmark|FormCollectionBenchmark)\\..*";

    private static final String READERS = CORPUS_READERS + "|" + WORKBOOK_READERS;

    /** The sizes in the order a shared JVM runs them: the smallest first, so that its runs compile both sides. */
    static final List<String> SIZE_ORDER = List.of("S", "M", "L");

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

        /**
         * With the sizes replaced ({@code quick}) or narrowed to those also in {@code wanted}; null when none is left.
         * A group without sizes ({@link #NO_SIZES}) is kept as it is.
         */
        Group withSizes(List<String> wanted, boolean replace) {
            if (sizes.isEmpty()) {
                return this;
            }
            List<String> kept =
                    replace ? wanted : sizes.stream().filter(wanted::contains).toList();
            return kept.isEmpty()
                    ? null
                    : new Group(benchmarks, kept, warmups, warmupSeconds, measurements, seconds, mode);
        }
    }

    /**
     * Groups run in one JVM forked for them (a pre-touched 3 GB heap), JMH inside it without forks of
     * its own: size by size ({@link #SIZE_ORDER}, then the groups without sizes), every group of
     * that size in turn. A group whose benchmark classes have not run in the JVM yet warms up every
     * benchmark it runs before measuring any (JMH's bulk warm-up, then each benchmark's own): both
     * sides of a pair meet compiled code, and the later sizes run in the same compiled code, each
     * side still with its own warm-up.
     */
    record Jvm(String name, List<Group> groups) {
        /** {@link Group#withSizes} for every group, those left with no size dropped; null when none is left. */
        Jvm withSizes(List<String> wanted, boolean replace) {
            List<Group> kept = groups.stream()
                    .map(g -> g.withSizes(wanted, replace))
                    .filter(java.util.Objects::nonNull)
                    .toList();
            return kept.isEmpty() ? null : new Jvm(name, kept);
        }

        /** The sizes this JVM runs, in order; the empty string stands for the groups without sizes, run last. */
        List<String> steps() {
            List<String> steps = new java.util.ArrayList<>();
            for (String size : SIZE_ORDER) {
                if (groups.stream().anyMatch(g -> g.sizes().contains(size))) {
                    steps.add(size);
                }
            }
            for (Group g : groups) {
                for (String size : g.sizes()) {
                    if (!steps.contains(size)) {
                        steps.add(size); // a size outside S, M, L (--sizes)
                    }
                }
            }
            if (groups.stream().anyMatch(g -> g.sizes().isEmpty())) {
                steps.add("");
            }
            return steps;
        }

        /** The groups run at {@code step} (a size, or "" for those without sizes). */
        List<Group> at(String step) {
            return groups.stream()
                    .filter(g ->
                            step.isEmpty() ? g.sizes().isEmpty() : g.sizes().contains(step))
                    .toList();
        }
    }

    private SuitePlan() {}

    /** Every group of the plan, in the order run. */
    static List<Group> groups(boolean quick) {
        return jvms(quick).stream().flatMap(j -> j.groups().stream()).toList();
    }

    /** The bulk stores but {@code pgCopy}, the limit without a target (run at S and M only). */
    private static final String STORES_WITH_TARGETS =
            "H2StoreBenchmark\\..*|PgStoreBenchmark\\.(civicplanRecordAll|rawJdbcBatch|civicplanImport|pgCopyImport)";

    static List<Jvm> jvms(boolean quick) {
        if (quick) {
            // a smoke run (its ratios are not weighed): size S, one JVM for all of it, one 1 s warm-up
            // in bulk and one of each benchmark's own, two 1 s measurements; the limit pairs
            // (pgCopy, no target), the review queries, sizes M and L and the near-duplicate search's
            // growth are left to the full run
            return List.of(new Jvm(
                    "quick",
                    List.of(
                            new Group(
                                    "JsonBenchmark\\..*|ClarityBenchmark\\.(clarityCheck|plainHibernateValidator)"
                                            + "|(H2ReviewBenchmark|PgReviewBenchmark)\\.(civicplanReview|handWrittenReview)",
                                    List.of("S"),
                                    1,
                                    1,
                                    2,
                                    1),
                            new Group(STORES_WITH_TARGETS, List.of("S"), 1, 1, 2, 1),
                            new Group(READERS, NO_SIZES, 1, 1, 2, 1))));
        }
        // warm-up counts are per benchmark and size; at a JVM's first size each benchmark runs them
        // twice (in bulk, then its own): one warm-up is two there, as session 7 gave every fresh fork,
        // and at the later sizes one more over code that the first size compiled in this JVM
        return List.of(
                new Jvm(
                        "json",
                        List.of(
                                // S is the JVM's first size, its code still being compiled: session 8's
                                // one warm-up (two with the bulk one) and three measured seconds gave
                                // civicplan's reader 6.56–8.74 ms an operation against Jackson's
                                // 4.89–5.02, where M's iterations agree within 4 %; at S both sides
                                // now get two warm-ups (four with the bulk one) and four measurements
                                new Group("JsonBenchmark\\..*", List.of("S"), 2, 1, 4, 1),
                                new Group("JsonBenchmark\\..*", List.of("M", "L"), 1, 1, 3, 1))),
                new Jvm(
                        "clarity",
                        List.of(
                                // one check of 10^5 items takes 0.3–0.6 s; the check uses both cores
                                // from 20,000 items, so the two-core baseline runs at L only; at L the
                                // code is compiled by S and M in this JVM (session 7: 4 fresh 2 s warm-ups)
                                new Group(
                                        "ClarityBenchmark\\.(clarityCheck|plainHibernateValidator)",
                                        List.of("S", "M"),
                                        2,
                                        1,
                                        3,
                                        1),
                                new Group("ClarityBenchmark\\..*", List.of("L"), 2, 2, 3, 2),
                                // issue 17: the near-duplicate search alone, 10^3 to 10^5 items (growth per 10× items)
                                new Group("NearDuplicatesBenchmark\\..*", List.of("S", "M", "L"), 1, 1, 3, 1))),
                new Jvm(
                        "review",
                        List.of(new Group(
                                "(H2ReviewBenchmark|PgReviewBenchmark)\\..*", List.of("S", "M", "L"), 1, 1, 3, 1))),
                new Jvm(
                        "store",
                        List.of(
                                new Group("(H2StoreBenchmark|PgStoreBenchmark)\\..*", List.of("S", "M"), 1, 1, 2, 1),
                                // a bulk store of 10^6 rows takes 12–35 s: one operation, timed once,
                                // after S and M compiled both sides in this JVM; the limit (pgCopy) not at L
                                new Group(STORES_WITH_TARGETS, List.of("L"), 0, 1, 1, 1, Mode.SingleShotTime))),
                // issue 20 item 5: a pass over a corpus takes micro- to milliseconds (1 s iterations
                // hold thousands), the appendix of 10^4 items and the 100 forms 0.1–1 s (2 s ones)
                new Jvm(
                        "readers",
                        List.of(
                                new Group(CORPUS_READERS, NO_SIZES, 1, 1, 3, 1),
                                new Group(WORKBOOK_READERS, NO_SIZES, 1, 2, 3, 2))));
    }
}
