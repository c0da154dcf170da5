package org.civicplan.benchmarks;

/** {@link StoreBenchmark} on an embedded H2 file database. */
public class H2StoreBenchmark extends StoreBenchmark {
    @Override
    BenchDb open() {
        return BenchDb.h2("store", false);
    }
}
