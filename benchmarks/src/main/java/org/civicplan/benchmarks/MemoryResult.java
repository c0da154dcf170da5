package org.civicplan.benchmarks;

/**
 * One check of item 6, as reported in {@code results.json} (components in this order) and {@code
 * results.md}; a failed check has zeros and the reason in {@code detail}.
 */
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
        String detail) {

    static MemoryResult failed(String format, String size, String detail) {
        return new MemoryResult(format, size, false, 0, 0, 0, 0, 0, 0, detail);
    }
}
