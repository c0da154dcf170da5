package org.civicplan.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        // records: written with their components' names, in order
        doc.put("scaling", results.growth());
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
