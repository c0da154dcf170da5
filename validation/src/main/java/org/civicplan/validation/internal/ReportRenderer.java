package org.civicplan.validation.internal;

import java.util.List;
import java.util.Map;
import org.civicplan.core.Lang;
import org.civicplan.core.constraints.Stage;
import org.civicplan.core.model.PlanId;
import org.civicplan.validation.Dimension;
import org.civicplan.validation.Finding;
import org.civicplan.validation.Profile;
import org.civicplan.validation.Subject;

/**
 * Renders a clarity report's content ({@link ReportContent}) as text for officials (grouped by item,
 * in one language) and as JSON. The JSON is written by hand, with full string escaping, so that the
 * validation module does not need a JSON library; its shape is documented on {@link
 * #json(ReportContent)}. It reads the content, never the report itself, so the report can call it
 * without a cycle.
 */
public final class ReportRenderer {
    private static final Messages MESSAGES = new Messages();
    private static final String KEY = "org.civicplan.validation.report.";

    private ReportRenderer() {}

    public static String text(ReportContent report, Lang lang) {
        StringBuilder out = new StringBuilder();
        out.append(MESSAGES.format(KEY + "title", lang, Map.of())).append('\n');
        // every count with its label, so no plural has to agree with a number
        out.append(MESSAGES.format(
                        KEY + "summary",
                        lang,
                        Map.of(
                                "items", Integer.toString(report.items()),
                                "ready", Integer.toString(report.itemsWithoutErrors()),
                                "errors", Integer.toString(report.errors()),
                                "warnings", Integer.toString(report.warnings()))))
                .append('\n');
        for (Map.Entry<PlanId, Profile> e : report.profiles().entrySet()) {
            out.append(MESSAGES.format(
                            KEY + "profile",
                            lang,
                            Map.of(
                                    "plan",
                                    plan(report, e.getKey()),
                                    "profile",
                                    e.getValue().label(lang))))
                    .append('\n');
        }
        for (Stage stage : Stage.values()) {
            long blocking = report.findings().stream()
                    .filter(f -> f.isError() && f.stage().requiredAt(stage))
                    .count();
            String answer = blocking == 0
                    ? MESSAGES.format(KEY + "yes", lang, Map.of())
                    : MESSAGES.format(KEY + "no", lang, Map.of("blocking", Long.toString(blocking)));
            out.append(MESSAGES.format(KEY + "ready", lang, Map.of("stage", stage.label(lang), "answer", answer)))
                    .append('\n');
        }
        for (ReportContent.Checked item : report.checked()) {
            List<Finding> findings = item.findings();
            if (findings.isEmpty()) {
                continue;
            }
            out.append('\n');
            String document =
                    report.documents().getOrDefault(item.plan(), item.plan().value());
            if (!document.equals(item.plan().value())) {
                out.append(document).append(" · ");
            }
            out.append(MESSAGES.format(
                            KEY + "item",
                            lang,
                            Map.of("number", Integer.toString(item.number()), "title", item.title())))
                    .append(" [")
                    .append(item.plan().value())
                    .append("]\n");
            for (Finding finding : findings) {
                line(out, finding, lang);
            }
        }
        boolean header = false;
        for (Finding finding : report.findings()) {
            if (finding.subject().kind() == Subject.Kind.ITEM) {
                continue;
            }
            if (!header) {
                out.append('\n')
                        .append(MESSAGES.format(KEY + "other", lang, Map.of()))
                        .append('\n');
                header = true;
            }
            line(out, finding, lang);
        }
        return out.toString();
    }

    private static String plan(ReportContent report, PlanId plan) {
        String document = report.documents().getOrDefault(plan, plan.value());
        return document.equals(plan.value()) ? document : document + " [" + plan.value() + "]";
    }

    /** "[Lỗi · chặn bước Ban hành] Rõ người: …": an error says which stage it keeps the plan from. */
    private static void line(StringBuilder out, Finding finding, Lang lang) {
        out.append("  [").append(finding.severity().label(lang));
        if (finding.isError()) {
            out.append(" · ")
                    .append(MESSAGES.format(
                            KEY + "blocks",
                            lang,
                            Map.of("stage", finding.stage().label(lang))));
        }
        out.append("] ")
                .append(finding.dimension().label(lang))
                .append(": ")
                .append(finding.message(lang))
                .append(" (")
                .append(finding.path())
                .append("; ")
                .append(finding.code())
                .append(")\n");
    }

    /**
     * <pre>{@code
     * {"ready": {"draft": true, "submission": false, "issue": false},
     *  "summary": {"items": 8, "itemsWithoutErrors": 0, "errors": 8, "warnings": 0,
     *              "failingItems": {"person": 1, ...}},
     *  "items": [{"id": "...", "plan": "...", "number": 5, "title": "...",
     *             "status": {"person": "pass", ...}}],
     *  "findings": [{"rule": "person.lead.missing", "dimension": "person", "severity": "error",
     *                "stage": "submission", "subject": {"kind": "item", "id": "...", "plan": "...", "number": 5},
     *                "path": "items[5].assignment.leadUnits", "message": {"vi": "...", "en": "..."}}]}
     * }</pre>
     */
    public static String json(ReportContent report) {
        StringBuilder out = new StringBuilder(256 + report.findings().size() * 256);
        out.append("{\"ready\":{");
        Stage[] stages = Stage.values();
        for (int i = 0; i < stages.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            string(out, stages[i].name().toLowerCase(java.util.Locale.ROOT));
            out.append(':').append(report.ready().get(stages[i]));
        }
        out.append("},\"summary\":{\"items\":")
                .append(report.items())
                .append(",\"itemsWithoutErrors\":")
                .append(report.itemsWithoutErrors())
                .append(",\"errors\":")
                .append(report.errors())
                .append(",\"warnings\":")
                .append(report.warnings())
                .append(",\"failingItems\":{");
        boolean first = true;
        for (Map.Entry<Dimension, Integer> e : report.failingItems().entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, e.getKey().code());
            out.append(':').append(e.getValue());
        }
        out.append("}},\"items\":[");
        first = true;
        for (ReportContent.Checked item : report.checked()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            out.append("{\"id\":");
            string(out, item.id().value());
            out.append(",\"plan\":");
            string(out, item.plan().value());
            out.append(",\"number\":").append(item.number()).append(",\"title\":");
            string(out, item.title());
            out.append(",\"status\":{");
            boolean firstStatus = true;
            for (Map.Entry<Dimension, org.civicplan.validation.Status> e :
                    item.status().entrySet()) {
                if (!firstStatus) {
                    out.append(',');
                }
                firstStatus = false;
                string(out, e.getKey().code());
                out.append(':');
                string(out, e.getValue().code());
            }
            out.append("}}");
        }
        out.append("],\"findings\":[");
        first = true;
        for (Finding f : report.findings()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            out.append("{\"rule\":");
            string(out, f.code());
            out.append(",\"dimension\":");
            string(out, f.dimension().code());
            out.append(",\"severity\":");
            string(out, f.severity().code());
            out.append(",\"stage\":");
            string(out, f.stage().name().toLowerCase(java.util.Locale.ROOT));
            out.append(",\"subject\":{\"kind\":");
            string(out, f.subject().kind().code());
            out.append(",\"id\":");
            string(out, f.subject().id());
            if (f.subject().plan().isPresent()) {
                out.append(",\"plan\":");
                string(out, f.subject().plan().get().value());
            }
            if (f.subject().number().isPresent()) {
                out.append(",\"number\":").append(f.subject().number().get());
            }
            out.append("},\"path\":");
            string(out, f.path());
            out.append(",\"message\":{\"vi\":");
            string(out, f.message().vi());
            out.append(",\"en\":");
            string(out, f.message().en());
            out.append("}}");
        }
        out.append("]}");
        return out.toString();
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped (RFC 8259). */
    static void string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
