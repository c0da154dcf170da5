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
            Mode mode,
            int forks) {
        Group(String benchmarks, List<String> sizes, int warmups, int warmupSeconds, int measurements, int seconds) {
            this(benchmarks, sizes, warmups, warmupSeconds, measurements, seconds, Mode.AverageTime);
        }

        Group(
                String benchmarks,
                List<String> sizes,
                int warmups,
                int warmupSeconds,
                int measurements,
                int seconds,
                Mode mode) {
            this(benchmarks, sizes, warmups, warmupSeconds, measurements, seconds, mode, 1);
        }

        /**
         * The same run in the suite's own JVM ({@code forks} 0): for a quick run's smoke test of
         * small benchmarks, where starting a JVM with a pre-touched 3 GB heap for each would take
         * longer than the benchmark.
         */
        Group inSuiteJvm() {
            return new Group(benchmarks, sizes, warmups, warmupSeconds, measurements, seconds, mode, 0);
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
                    : new Group(benchmarks, kept, warmups, warmupSeconds, measurements, seconds, mode, forks);
        }
    }

    private SuitePlan() {}

    static List<Group> groups(boolean quick) {
        if (quick) {
            // a smoke run (its ratios are not weighed): size S, and the readers in the suite's JVM,
            // so that about 25 forks of 5–7 s each fit in 3 minutes; bulk stores of 10^5 rows, sizes
            // M and L and the near-duplicate search's growth are left to the full run
            return List.of(
                    new Group(
                            "JsonBenchmark\\..*|ClarityBenchmark\\.(clarityCheck|plainHibernateValidator)"
                                    + "|(H2ReviewBenchmark|PgReviewBenchmark)\\.(civicplanReview|handWrittenReview)",
                            List.of("S"),
                            1,
                            1,
                            2,
                            1),
                    new Group("(H2StoreBenchmark|PgStoreBenchmark)\\..*", List.of("S"), 1, 1, 2, 1),
                    new Group(READERS, NO_SIZES, 1, 1, 2, 1).inSuiteJvm());
        }
        // a bulk store of 10^6 rows takes 20–60 s: one operation, timed once, in a fresh fork
        return List.of(
                new Group("JsonBenchmark\\..*", List.of("S", "M", "L"), 2, 1, 3, 1),
                // one check of 10^5 items takes 0.3–0.6 s: at L, 1 s warm-ups left it half compiled;
                // the check uses both cores from 20,000 items, so the two-core baseline runs at L only
                new Group("ClarityBenchmark\\.(clarityCheck|plainHibernateValidator)", List.of("S", "M"), 3, 1, 3, 1),
                new Group("ClarityBenchmark\\..*", List.of("L"), 4, 2, 3, 2),
                // issue 17: the near-duplicate search alone, 10^3 to 10^5 items (growth per 10× items)
                new Group("NearDuplicatesBenchmark\\..*", List.of("S", "M", "L"), 2, 1, 3, 1),
                new Group("(H2ReviewBenchmark|PgReviewBenchmark)\\..*", List.of("S", "M", "L"), 1, 1, 3, 1),
                // at S one operation takes 0.15–0.35 s: one 1 s warm-up left the MERGE path half compiled
                new Group("(H2StoreBenchmark|PgStoreBenchmark)\\..*", List.of("S"), 3, 1, 3, 1),
                new Group("(H2StoreBenchmark|PgStoreBenchmark)\\..*", List.of("M"), 1, 1, 2, 1),
                new Group("(H2StoreBenchmark|PgStoreBenchmark)\\..*", List.of("L"), 0, 1, 1, 1, Mode.SingleShotTime),
                // issue 20 item 5: a pass over a corpus takes micro- to milliseconds (1 s iterations
                // hold thousands), the appendix of 10^4 items and the 100 forms 0.1–1 s (2 s ones)
                new Group(CORPUS_READERS, NO_SIZES, 2, 1, 3, 1),
                new Group(WORKBOOK_READERS, NO_SIZES, 2, 2, 3, 2));
    }
}
