package org.civicplan.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The command line of {@link Suite}, as parsed.
 *
 * @param quick size S, short iterations (a smoke run)
 * @param memory whether item 6 runs at all
 * @param only a regex that a benchmark's {@code Class.method} must also match, or null
 * @param profiler a JMH profiler added to every fork, or null
 * @param sizes the sizes asked for, or null for the mode's default
 * @param formats the exports item 6 checks
 * @param formatsGiven whether {@code --memory} named them (then item 6 runs despite {@code --only})
 * @param out the directory the results are written to
 * @param heap item 6's child heap option for every check when {@code --heap} gave one (e.g. {@code
 *     -Xmx160m}), else null: each check's own ({@link #heapFor})
 */
record SuiteOptions(
        boolean quick,
        boolean memory,
        String only,
        String profiler,
        List<String> sizes,
        List<String> formats,
        boolean formatsGiven,
        Path out,
        String heap) {
    /** The measurement exports' heap (json, csv, xlsx): issue #20's target, 10^6 values in 64 MB. */
    static final String MEASUREMENTS_HEAP = "-Xmx64m";

    /** The whole L workbook's heap: issue #20's target. */
    static final String WORKBOOK_HEAP = "-Xmx256m";

    /** Parses {@code args}; an unknown argument throws {@link IllegalArgumentException}. */
    static SuiteOptions parse(String[] args) {
        boolean quick = false;
        boolean memory = true;
        String only = null;
        String profiler = null;
        List<String> sizes = null;
        List<String> formats = List.of("json", "csv", "xlsx", "xlsx-workbook");
        boolean formatsGiven = false;
        Path out = Files.isDirectory(Path.of("benchmarks")) ? Path.of("benchmarks/target/results") : Path.of("results");
        String heap = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--no-memory" -> memory = false;
                case "--only" -> only = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                case "--prof" -> profiler = args[++i];
                case "--sizes" -> sizes = List.of(args[++i].split(","));
                case "--heap" -> heap = "-Xmx" + args[++i];
                case "--memory" -> {
                    formats = List.of(args[++i].split(","));
                    formatsGiven = true;
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        return new SuiteOptions(quick, memory, only, profiler, sizes, formats, formatsGiven, out, heap);
    }

    /** The child heap option of item 6's check of {@code format}: {@code --heap}, else that check's own. */
    String heapFor(String format) {
        if (heap != null) {
            return heap;
        }
        return format.equals("xlsx-workbook") ? WORKBOOK_HEAP : MEASUREMENTS_HEAP;
    }

    /** The sizes whose growth the report compares. */
    List<String> allSizes() {
        return sizes != null ? sizes : quick ? List.of("S") : List.of("S", "M", "L");
    }

    /** Whether item 6 runs: not turned off, and {@code --only} (if given) names it or formats were given. */
    boolean runsMemory() {
        return memory && (only == null || formatsGiven || "MemoryCheck".matches(".*(" + only + ").*"));
    }
}
