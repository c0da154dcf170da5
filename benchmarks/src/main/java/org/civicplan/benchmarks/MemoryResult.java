package org.civicplan.benchmarks;

/**
 * One check of item 6, as reported in {@code results.json} (components in this order) and {@code
 * results.md}; a failed check has zeros and the reason in {@code detail}. {@code heap} is the
 * child's heap option ({@code -Xmx64m}); {@code baselineBytes} the heap in use when the export
 * started (the check's store, collected), which the peaks include.
 */
record MemoryResult(
        String format,
        String size,
        String heap,
        boolean passed,
        long count,
        long bytes,
        long millis,
        long peakHeapBytes,
        long peakRssKb,
        long peakAfterGcBytes,
        long baselineBytes,
        String detail) {

    static MemoryResult failed(String format, String size, String heap, String detail) {
        return new MemoryResult(format, size, heap, false, 0, 0, 0, 0, 0, 0, 0, detail);
    }
}
