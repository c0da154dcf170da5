package org.civicplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.civicplan.benchmarks.Ratios.Kind;
import org.civicplan.benchmarks.Ratios.Pair;
import org.civicplan.benchmarks.Ratios.Ratio;
import org.civicplan.benchmarks.Ratios.Score;
import org.junit.jupiter.api.Test;

class RatiosTest {
    private static Score score(String benchmark, String method, String size, double ms) {
        return new Score(benchmark, method, Map.of("size", size), ms, 0.1 * ms, 0.9 * ms, 1.1 * ms, "ms/op");
    }

    @Test
    void pairsMethodsOfOneClassWithEqualParameters() {
        List<Score> scores = List.of(
                score("JsonBenchmark", "civicplanWrite", "S", 10),
                score("JsonBenchmark", "rawJacksonWrite", "S", 8),
                score("JsonBenchmark", "civicplanWrite", "M", 100),
                score("JsonBenchmark", "rawJacksonWrite", "M", 50),
                score("OtherBenchmark", "rawJacksonWrite", "S", 1));
        Pair pair = new Pair("1", "JsonBenchmark", "civicplanWrite", "rawJacksonWrite", Kind.THROUGHPUT_SHARE, 0.7);

        List<Ratio> ratios = Ratios.compute(List.of(pair), scores);

        assertThat(ratios).hasSize(2);
        assertThat(ratios.get(0).params()).containsEntry("size", "S");
        assertThat(ratios.get(0).ratio()).isCloseTo(0.8, within(1e-9));
        assertThat(ratios.get(0).met()).isTrue();
        assertThat(ratios.get(1).ratio()).isCloseTo(0.5, within(1e-9));
        assertThat(ratios.get(1).met()).isFalse();
        assertThat(ratios.get(0).low()).isLessThan(0.8);
        assertThat(ratios.get(0).high()).isGreaterThan(0.8);
    }

    @Test
    void slowdownIsCivicplanTimeOverBaselineTime() {
        Pair pair = new Pair("3", "C", "check", "plain", Kind.SLOWDOWN, 3);
        List<Ratio> ratios =
                Ratios.compute(List.of(pair), List.of(score("C", "check", "S", 20), score("C", "plain", "S", 5)));

        assertThat(ratios).singleElement().satisfies(r -> {
            assertThat(r.ratio()).isCloseTo(4, within(1e-9));
            assertThat(r.met()).isFalse();
        });
    }

    @Test
    void aMissingBaselineGivesNoRatio() {
        Pair pair = new Pair("3", "C", "check", "plain", Kind.SLOWDOWN, 3);

        assertThat(Ratios.compute(List.of(pair), List.of(score("C", "check", "S", 20))))
                .isEmpty();
    }

    @Test
    void growthComparesEachSizeWithTheNext() {
        List<Score> scores = List.of(
                new Score("R", "m", Map.of("size", "S", "db", "h2"), 1, 0, 1, 1, "ms/op"),
                new Score("R", "m", Map.of("size", "M", "db", "h2"), 11, 0, 11, 11, "ms/op"),
                new Score("R", "m", Map.of("size", "L", "db", "h2"), 143, 0, 143, 143, "ms/op"),
                new Score("R", "m", Map.of("size", "M", "db", "pg"), 5, 0, 5, 5, "ms/op"));

        List<Ratios.Growth> growth = Ratios.growth(scores, List.of("S", "M", "L"));

        assertThat(growth).hasSize(2);
        assertThat(growth.get(0).factor()).isCloseTo(11, within(1e-9));
        assertThat(growth.get(0).params()).isEqualTo(Map.of("db", "h2"));
        assertThat(growth.get(1).factor()).isCloseTo(13, within(1e-9));
    }
}
