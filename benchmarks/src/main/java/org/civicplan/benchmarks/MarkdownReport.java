package org.civicplan.benchmarks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;
import org.civicplan.benchmarks.Ratios.Growth;
import org.civicplan.benchmarks.Ratios.Kind;
import org.civicplan.benchmarks.Ratios.Pair;
import org.civicplan.benchmarks.Ratios.Ratio;
import org.civicplan.benchmarks.Ratios.Score;

/** The suite's {@code results.md} (also printed): ratios against targets, scaling, memory and every score. */
final class MarkdownReport {
    private MarkdownReport() {}

    /** The mean, ± the 99.9% half-width when JMH gives one (3+ iterations), and the iterations' range. */
    static String ms(Score s) {
        String error = Double.isFinite(s.error()) ? " ± " + num(s.error()) : "";
        // the readers over a corpus report microseconds: said where a score is not in ms/op
        String unit = s.unit() == null || s.unit().equals("ms/op") ? "" : " " + s.unit();
        return num(s.score()) + error + " (" + num(s.min()) + "–" + num(s.max()) + ")" + unit;
    }

    /** Three significant digits, never in exponent form. */
    static String num(double value) {
        return new BigDecimal(value)
                .round(new MathContext(3))
                .stripTrailingZeros()
                .toPlainString();
    }

    /** What a quick run's report says instead of weighing its ratios against the targets. */
    static final String SMOKE_NOTE = "**Smoke run (--quick): the ratios show that every pair runs and roughly where"
            + " it stands; with two 1 s warm-ups (one in bulk) they are not steady-state figures and are not weighed against"
            + " the targets (\"smoke\" in the last column). The full run gives the numbers.**";

    /** "yes" / "**no**" in a full run; "smoke" in a quick one, whose figures are not weighed. */
    static String met(SuiteResults results, boolean met) {
        return results.quick() ? "smoke" : met ? "yes" : "**no**";
    }

    static String params(Map<String, String> params) {
        return params.toString().replaceAll("[{}]", "");
    }

    static String markdown(SuiteResults results) {
        StringBuilder md = new StringBuilder();
        md.append("### Ratios (")
                .append(results.quick() ? "--quick" : "full")
                .append(", ")
                .append(results.seconds())
                .append(" s)\n\n");
        md.append("Times are ms/op: mean (± 99.9% half-width when there are 3+ iterations) and (fastest–slowest"
                + " iteration). Throughput share = baseline time ÷ civicplan time (higher is better); slowdown ="
                + " civicplan time ÷ baseline time (lower is better). The ratio's range pairs the sides' fastest and"
                + " slowest iterations.\n\n");
        if (results.quick()) {
            // issue 20 item 6: one short warm-up leaves some pairs (the clarity check above all) far
            // from their steady state, so a quick run's ratios are not weighed against the targets
            md.append(SMOKE_NOTE).append("\n\n");
        }
        md.append("| item | params | civicplan | ms/op | baseline | ms/op | ratio [range] | target | met |\n");
        md.append("|---|---|---|---:|---|---:|---|---|---|\n");
        for (Ratio r : results.ratios()) {
            Pair p = r.pair();
            boolean info = Double.isNaN(p.target());
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s | %s | %.2f× [%.2f–%.2f] | %s | %s |%n",
                    p.item(),
                    params(r.params()),
                    p.civicplan(),
                    ms(r.civicplan()),
                    p.baseline(),
                    ms(r.baseline()),
                    r.ratio(),
                    r.low(),
                    r.high(),
                    info ? "none" : (p.kind() == Kind.THROUGHPUT_SHARE ? "≥ " : "≤ ") + p.target() + "×",
                    info ? "—" : met(results, r.met())));
        }
        for (Score s : results.scores()) {
            if (s.benchmark().equals("ClarityBenchmark")
                    && s.method().equals("clarityCheck")
                    && "L".equals(s.params().get("size"))) {
                md.append(String.format(
                        Locale.ROOT,
                        "%nClarity check of 10^5 items: %.0f ms (target under 1000 ms on 2 cores): %s%n",
                        s.score(),
                        s.score() < 1000 ? "met" : "**missed**"));
            }
        }
        md.append("\n### Scaling (time growth for 10× the data; target ≤ 12×)\n\n");
        md.append("| benchmark | method | params | sizes | growth | met |\n|---|---|---|---|---:|---|\n");
        for (Growth g : results.growth()) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s→%s | %.1f× | %s |%n",
                    g.benchmark(),
                    g.method(),
                    params(g.params()),
                    g.from(),
                    g.to(),
                    g.factor(),
                    met(results, g.factor() <= Ratios.GROWTH_TARGET)));
        }
        if (!results.memory().isEmpty()) {
            memory(md, results);
        }
        md.append("\n### All scores\n\n| benchmark | method | params | ms/op |\n|---|---|---|---:|\n");
        for (Score s : results.scores()) {
            md.append("| ")
                    .append(s.benchmark())
                    .append(" | ")
                    .append(s.method())
                    .append(" | ")
                    .append(params(s.params()))
                    .append(" | ")
                    .append(ms(s))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static void memory(StringBuilder md, SuiteResults results) {
        md.append("\n### Memory (exports in a child JVM with the heap given)\n\n");
        md.append("xlsx-workbook: the whole portfolio's workbook; its count is of the worksheets in the"
                + " file, the others' of the measurements the file holds (read back after the export)."
                + " Peak heap includes garbage; peak after GC is the most heap in use right"
                + " after a collection; both include the store, in use before the export starts.\n\n");
        md.append("| format | heap | values | result | time | file | peak heap | peak after GC | store | peak RSS |\n");
        md.append("|---|---|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (MemoryResult m : results.memory()) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %,d | %s | %.1f s | %.1f MB | %.0f MB | %.0f MB | %.0f MB | %.0f MB |%n",
                    m.format(),
                    m.heap(),
                    m.passed()
                            ? m.count()
                            : m.format().startsWith("xlsx-workbook")
                                    ? PortfolioGenerator.Size.valueOf(m.size()).items()
                                    : PortfolioGenerator.Size.valueOf(m.size()).measurements(),
                    m.passed() ? "completed" : "**failed**: " + m.detail(),
                    m.millis() / 1000.0,
                    m.bytes() / 1e6,
                    m.peakHeapBytes() / 1e6,
                    m.peakAfterGcBytes() / 1e6,
                    m.baselineBytes() / 1e6,
                    m.peakRssKb() / 1e3));
        }
    }
}
