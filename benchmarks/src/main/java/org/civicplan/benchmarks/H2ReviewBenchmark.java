package org.civicplan.benchmarks;

/** {@link ReviewBenchmark} on an embedded H2 file database. */
public class H2ReviewBenchmark extends ReviewBenchmark {
    @Override
    BenchDb open() {
        return BenchDb.h2("review", true);
    }
}
