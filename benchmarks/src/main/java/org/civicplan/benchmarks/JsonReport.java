package org.civicplan.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicplan.benchmarks.Ratios.Growth;
import org.civicplan.benchmarks.Ratios.Ratio;
import org.civicplan.benchmarks.Ratios.Score;
import tools.jackson.databind.json.JsonMapper;

/** The suite's {@code results.json}: mode, machine, ratios, scaling, memory checks and every score. */
final class JsonReport {
    private JsonReport() {}

    static String json(SuiteResults results) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("mode", results.quick() ? "quick" : "full");
        doc.put("weighedAgainstTargets", !results.quick());
        doc.put("seconds", results.seconds());
        doc.put("cores", Runtime.getRuntime().availableProcessors());
        doc.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        List<Map<String, Object>> rs = new ArrayList<>();
        for (Ratio r : results.ratios()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("item", r.pair().item());
            m.put("benchmark", r.pair().benchmark());
            m.put("civicplan", r.pair().civicplan());
            m.put("baseline", r.pair().baseline());
            m.put("params", r.params());
            m.put("kind", r.pair().kind().name());
            m.put("ratio", r.ratio());
            m.put("low", r.low());
            m.put("high", r.high());
            m.put("target", Double.isNaN(r.pair().target()) ? null : r.pair().target());
            // a quick run is a smoke test: its ratios are not weighed against the targets (issue 20 item 6)
            m.put("met", Double.isNaN(r.pair().target()) || results.quick() ? null : r.met());
            m.put("civicplanMsPerOp", r.civicplan().score());
            m.put("civicplanError", r.civicplan().error());
            m.put("baselineMsPerOp", r.baseline().score());
            m.put("baselineError", r.baseline().error());
            rs.add(m);
        }
        doc.put("ratios", rs);
        List<Map<String, Object>> gs = new ArrayList<>();
        for (Growth g : results.growth()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("benchmark", g.benchmark());
            m.put("method", g.method());
            m.put("params", g.params());
            m.put("from", g.from());
            m.put("to", g.to());
            m.put("factor", g.factor());
            m.put("target", Ratios.GROWTH_TARGET);
            m.put("met", results.quick() ? null : g.factor() <= Ratios.GROWTH_TARGET);
            gs.add(m);
        }
        doc.put("scaling", gs);
        // records: written with their components' names, in order
        doc.put("memory", results.memory());
        List<Map<String, Object>> ss = new ArrayList<>();
        for (Score s : results.scores()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("benchmark", s.benchmark());
            e.put("method", s.method());
            e.put("params", s.params());
            e.put("score", s.score());
            e.put("error", Double.isFinite(s.error()) ? s.error() : null);
            e.put("min", s.min());
            e.put("max", s.max());
            e.put("unit", s.unit());
            ss.add(e);
        }
        doc.put("scores", ss);
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    }
}
