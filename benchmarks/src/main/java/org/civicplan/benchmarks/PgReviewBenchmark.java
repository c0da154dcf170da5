package org.civicplan.benchmarks;

/** {@link ReviewBenchmark} on PostgreSQL. */
public class PgReviewBenchmark extends ReviewBenchmark {
    @Override
    BenchDb open() {
        return BenchDb.postgres(true);
    }
}
