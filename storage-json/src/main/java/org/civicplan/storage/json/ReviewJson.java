package org.civicplan.storage.json;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.review.Review;
import tools.jackson.databind.json.JsonMapper;

/**
 * A computed {@link Review} as one JSON document, for programs that read reviews (the {@code
 * civicplan review --format json} output and the demo's {@code review-2021-H1.json}).
 *
 * <p>The document is an object with, in this order: {@code program}, {@code period} (the period's
 * code, e.g. {@code "2021-H1"}), {@code dataFrom}, {@code dataTo}, {@code due}, {@code asOf} (ISO
 * dates), {@code itemCounts} and {@code indicatorCounts} (every status code with its count, zeros
 * included), {@code items} (id, plan, number, title, lead, leadUnits, leadAsWritten (the plan's words,
 * empty when given by codes), status, due, completedOn, percentDone),
 * {@code indicators} (code, name, value, target, achievementPercent, status), {@code
 * unitsNotReported} (unit codes), {@code resources} (source, unit, year, planned, reported: whole
 * đồng as strings) and {@code proposedAdjustments} (the items with a pending adjustment). Absent
 * values are {@code null}; numbers that must stay exact are strings. It is an output format only:
 * nothing reads it back, and it is not part of the portfolio format ({@link PortfolioJson}).
 *
 * <p>Thread-safe; holds no state besides its mapper.
 */
public final class ReviewJson {
    private final JsonMapper json;

    private ReviewJson(JsonMapper json) {
        this.json = json;
    }

    public static ReviewJson create() {
        return new ReviewJson(JsonMapper.builder().build());
    }

    /** The review as a pretty-printed JSON document, without a trailing newline. */
    public String toJson(Review review) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(tree(requireNonNull(review, "review is null")));
    }

    private static Map<String, Object> tree(Review review) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("program", review.program().value());
        root.put("period", review.reporting().period().code());
        root.put("dataFrom", review.reporting().dataFrom().toString());
        root.put("dataTo", review.reporting().dataTo().toString());
        root.put("due", review.reporting().due().toString());
        root.put("asOf", review.asOf().toString());
        Map<String, Integer> counts = new LinkedHashMap<>();
        review.itemCounts().forEach((k, v) -> counts.put(k.code(), v));
        root.put("itemCounts", counts);
        Map<String, Integer> rag = new LinkedHashMap<>();
        review.indicatorCounts().forEach((k, v) -> rag.put(k.code(), v));
        root.put("indicatorCounts", rag);
        root.put("items", items(review));
        root.put("indicators", indicators(review));
        root.put(
                "unitsNotReported",
                review.unitsNotReported().stream().map(UnitCode::value).toList());
        root.put("resources", resources(review));
        root.put(
                "proposedAdjustments",
                review.proposedAdjustments().stream().map(a -> a.item().value()).toList());
        return root;
    }

    private static List<Map<String, Object>> items(Review review) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Review.ItemLine line : review.items()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", line.id().value());
            m.put("plan", line.plan().value());
            m.put("number", line.number());
            m.put("title", line.title());
            m.put("lead", line.lead().map(UnitCode::value).orElse(null));
            m.put("leadUnits", line.leadUnits().stream().map(UnitCode::value).toList());
            m.put("leadAsWritten", line.leadAsWritten());
            m.put("status", line.status().code());
            m.put("due", line.due().map(Object::toString).orElse(null));
            m.put("completedOn", line.completedOn().map(Object::toString).orElse(null));
            m.put("percentDone", line.percentDone().orElse(null));
            items.add(m);
        }
        return items;
    }

    private static List<Map<String, Object>> indicators(Review review) {
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (Review.IndicatorLine line : review.indicators()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", line.code().value());
            m.put("name", line.name());
            m.put(
                    "value",
                    line.value()
                            .map(v -> v.value().stripTrailingZeros().toPlainString())
                            .orElse(null));
            m.put("target", line.target().map(t -> twoDecimals(t.value())).orElse(null));
            m.put(
                    "achievementPercent",
                    line.achievementPercent().map(BigDecimal::toPlainString).orElse(null));
            m.put("status", line.rag().code());
            indicators.add(m);
        }
        return indicators;
    }

    private static List<Map<String, Object>> resources(Review review) {
        List<Map<String, Object>> resources = new ArrayList<>();
        for (Review.ResourceLine r : review.resources()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", r.source().code());
            m.put("unit", r.unit().value());
            m.put("year", r.year());
            m.put("planned", r.planned().toPlainString());
            m.put("reported", r.reported().toPlainString());
            resources.add(m);
        }
        return resources;
    }

    /** A target as officials write it: at most two decimals, no trailing zeros ("12.5", "3"). */
    static String twoDecimals(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
