package org.civicplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.civicplan.benchmarks.Ratios.Kind;
import org.civicplan.benchmarks.Ratios.Pair;
import org.civicplan.benchmarks.Ratios.Ratio;
import org.civicplan.benchmarks.Ratios.Score;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 20 item 6: a quick run's ratios are a smoke test, never weighed against the targets. */
class ReportsTest {
    private static Score score(String method, double ms) {
        return new Score("ClarityBenchmark", method, Map.of("size", "S"), ms, 0.1, 0.9 * ms, 1.1 * ms, "ms/op");
    }

    private static SuiteResults results(boolean quick) {
        Pair pair = new Pair(
                "3 clarity check", "ClarityBenchmark", "clarityCheck", "plainHibernateValidator", Kind.SLOWDOWN, 3);
        List<Score> scores = List.of(score("clarityCheck", 10), score("plainHibernateValidator", 1));
        List<Ratio> ratios = Ratios.compute(List.of(pair), scores);
        return new SuiteResults(quick, 60, ratios, List.of(), List.of(), scores);
    }

    @Test
    void aFullRunWeighsEachRatioAgainstItsTarget() {
        String md = MarkdownReport.markdown(results(false));
        assertThat(md).contains("| ≤ 3.0× | **no** |").doesNotContain("smoke").doesNotContain("Smoke run");
        JsonNode json = JsonMapper.builder().build().readTree(JsonReport.json(results(false)));
        assertThat(json.get("weighedAgainstTargets").asBoolean()).isTrue();
        assertThat(json.get("ratios").get(0).get("met").asBoolean()).isFalse();
    }

    @Test
    void aQuickRunSaysItIsASmokeTestAndWeighsNothing() {
        String md = MarkdownReport.markdown(results(true));
        assertThat(md)
                .contains("Smoke run (--quick)")
                .contains("| ≤ 3.0× | smoke |")
                .doesNotContain("**no**")
                .doesNotContain("| yes |");
        JsonNode json = JsonMapper.builder().build().readTree(JsonReport.json(results(true)));
        assertThat(json.get("mode").asString()).isEqualTo("quick");
        assertThat(json.get("weighedAgainstTargets").asBoolean()).isFalse();
        assertThat(json.get("ratios").get(0).get("met").isNull()).isTrue();
        assertThat(json.get("ratios").get(0).get("ratio").asDouble()).isEqualTo(10.0);
    }

    /** The growth of a full run is weighed against 12× in results.json as in results.md; a reader's µs are said. */
    @Test
    void growthIsWeighedInBothReportsAndMicrosecondsAreNamed() {
        Score micros = new Score("PeriodReaderBenchmark", "periodReader", Map.of(), 40, 1, 39, 41, "us/op");
        List<Ratios.Growth> growth = List.of(
                new Ratios.Growth("NearDuplicatesBenchmark", "nearDuplicates", Map.of(), "M", "L", 15.0),
                new Ratios.Growth("NearDuplicatesBenchmark", "nearDuplicates", Map.of(), "S", "M", 9.0));
        SuiteResults full = new SuiteResults(false, 60, List.of(), growth, List.of(), List.of(micros));

        String md = MarkdownReport.markdown(full);
        assertThat(md)
                .contains("| M→L | 15.0× | **no** |")
                .contains("| S→M | 9.0× | yes |")
                .contains("us/op");
        JsonNode scaling =
                JsonMapper.builder().build().readTree(JsonReport.json(full)).get("scaling");
        assertThat(scaling.get(0).get("met").asBoolean()).isFalse();
        assertThat(scaling.get(1).get("met").asBoolean()).isTrue();
        assertThat(scaling.get(0).get("target").asDouble()).isEqualTo(12.0);
    }

    /** A benchmark without a size parameter (item 5's readers) has no growth, and does not stop the report. */
    @Test
    void aScoreWithoutASizeHasNoGrowth() {
        Score reader = new Score("PeriodReaderBenchmark", "periodReader", Map.of(), 40, 1, 39, 41, "us/op");

        assertThat(Ratios.growth(List.of(reader, score("clarityCheck", 1)), List.of("S", "M")))
                .isEmpty();
    }
}
