package org.civicplan.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.civicplan.core.model.Portfolio;
import org.civicplan.validation.internal.CheckContext;
import org.civicplan.validation.internal.Located;
import org.civicplan.validation.internal.NearDuplicates;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 17: the near-duplicate search of the clarity check (the same or nearly the same task twice,
 * within a plan, across a program's plans, across programs) over the whole generated portfolio, at
 * S, M and L: 10^3, 10^4 and 10^5 items. The target is growth, not a ratio: at most 12× the time for
 * 10× the items (MinHash/LSH with a bounded number of comparisons per bucket is linear). The
 * portfolio's {@link CheckContext} is built once, as the check builds it once for all its rules.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgs = {Bench.XMS, Bench.XMX, Bench.PRETOUCH})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class NearDuplicatesBenchmark {
    @Param({"S", "M", "L"})
    public String size;

    private CheckContext context;

    @Setup(Level.Trial)
    public void setUp() {
        Portfolio portfolio = PortfolioGenerator.withoutMeasurements(Bench.portfolio(size));
        context = new CheckContext(portfolio);
        if (portfolio.items().isEmpty() || NearDuplicates.find(context).isEmpty()) {
            // a search over nothing, or one that finds nothing in the generated plans, measures nothing
            throw new IllegalStateException("the generated portfolio of size " + size + " has no near-duplicate tasks");
        }
    }

    @Benchmark
    public List<Located> nearDuplicates() {
        return NearDuplicates.find(context);
    }
}
