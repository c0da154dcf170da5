package org.civicplan.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Pairs each civicplan benchmark with its baseline from the same run and computes the ratio. A
 * pair is two methods of one benchmark class, matched on equal parameters.
 */
final class Ratios {
    /** How a pair is judged. */
    enum Kind {
        /** civicplan's throughput as a share of the baseline's (baseline time ÷ civicplan time); higher is better. */
        THROUGHPUT_SHARE,
        /** civicplan's time as a multiple of the baseline's (civicplan time ÷ baseline time); lower is better. */
        SLOWDOWN
    }

    /** One JMH result: class simple name, method, parameters, average time per operation. */
    record Score(
            String benchmark,
            String method,
            Map<String, String> params,
            double score,
            double error,
            double min,
            double max,
            String unit)
            implements java.io.Serializable {
        Score {
            params = new TreeMap<>(params);
        }

        String key() {
            return benchmark + "." + method;
        }
    }

    /** A pair to report: the item of issue #9, civicplan's method, the baseline's, the target. */
    record Pair(String item, String benchmark, String civicplan, String baseline, Kind kind, double target) {}

    /** A computed ratio. */
    record Ratio(
            Pair pair,
            Map<String, String> params,
            Score civicplan,
            Score baseline,
            double ratio,
            double low,
            double high) {
        boolean met() {
            return pair.kind() == Kind.THROUGHPUT_SHARE ? ratio >= pair.target() : ratio <= pair.target();
        }
    }

    private Ratios() {}

    static List<Ratio> compute(List<Pair> pairs, List<Score> scores) {
        List<Ratio> out = new ArrayList<>();
        for (Pair pair : pairs) {
            for (Score c : scores) {
                if (!c.benchmark().equals(pair.benchmark()) || !c.method().equals(pair.civicplan())) {
                    continue;
                }
                find(scores, pair.benchmark(), pair.baseline(), c.params()).ifPresent(b -> out.add(ratio(pair, c, b)));
            }
        }
        return out;
    }

    static Optional<Score> find(List<Score> scores, String benchmark, String method, Map<String, String> params) {
        return scores.stream()
                .filter(s -> s.benchmark().equals(benchmark)
                        && s.method().equals(method)
                        && s.params().equals(params))
                .findFirst();
    }

    /** The ratio of the means, and its range from the sides' slowest and fastest iterations. */
    static Ratio ratio(Pair pair, Score c, Score b) {
        double ratio;
        double low;
        double high;
        if (pair.kind() == Kind.THROUGHPUT_SHARE) {
            ratio = b.score() / c.score();
            low = b.min() / c.max();
            high = b.max() / c.min();
        } else {
            ratio = c.score() / b.score();
            low = c.min() / b.max();
            high = c.max() / b.min();
        }
        return new Ratio(pair, c.params(), c, b, ratio, low, high);
    }

    /** The most a method's time may grow for 10× the data. */
    static final double GROWTH_TARGET = 12;

    /** Growth of a method's time from one size to the next (10× the data): target at most {@link #GROWTH_TARGET}. */
    record Growth(String benchmark, String method, Map<String, String> params, String from, String to, double factor) {}

    static List<Growth> growth(List<Score> scores, List<String> sizes) {
        List<Growth> out = new ArrayList<>();
        for (Score s : scores) {
            String size = s.params().get("size");
            if (size == null) {
                continue; // a reader over a fixed corpus or file: no size to grow from
            }
            int i = sizes.indexOf(size);
            if (i < 0 || i + 1 >= sizes.size()) {
                continue;
            }
            Map<String, String> next = new TreeMap<>(s.params());
            next.put("size", sizes.get(i + 1));
            Map<String, String> rest = new TreeMap<>(s.params());
            rest.remove("size");
            find(scores, s.benchmark(), s.method(), next)
                    .ifPresent(n -> out.add(new Growth(
                            s.benchmark(), s.method(), rest, size, sizes.get(i + 1), n.score() / s.score())));
        }
        return out;
    }
}
