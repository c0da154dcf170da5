package org.civicplan.benchmarks;

import java.util.List;
import org.civicplan.benchmarks.Ratios.Growth;
import org.civicplan.benchmarks.Ratios.Ratio;
import org.civicplan.benchmarks.Ratios.Score;

/**
 * What one run of the suite found, for its reports.
 *
 * @param quick whether it ran with {@code --quick}
 * @param seconds how long it took
 */
record SuiteResults(
        boolean quick,
        long seconds,
        List<Ratio> ratios,
        List<Growth> growth,
        List<MemoryResult> memory,
        List<Score> scores) {}
