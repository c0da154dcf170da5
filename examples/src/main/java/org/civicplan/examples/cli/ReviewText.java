package org.civicplan.examples.cli;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicplan.core.Lang;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.review.Review;
import org.civicplan.core.review.ReviewStatus;
import tools.jackson.databind.json.JsonMapper;

/** Renders a review for officials (text, vi or en) and for programs (JSON). */
final class ReviewText {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReviewText() {}

    static String text(Review review, Program program, UnitDirectory units, Lang lang) {
        boolean vi = lang == Lang.VI;
        StringBuilder s = new StringBuilder();
        s.append(vi ? "SƠ KẾT " : "REVIEW ")
                .append(review.reporting().period().format(lang))
                .append(" — ")
                .append(program.id())
                .append('\n');
        s.append("  ").append(program.title()).append('\n');
        s.append(vi ? "  Số liệu chốt từ " : "  Data from ")
                .append(DATE.format(review.reporting().dataFrom()))
                .append(vi ? " đến " : " to ")
                .append(DATE.format(review.reporting().dataTo()))
                .append(vi ? "; đánh giá tại ngày " : "; judged on ")
                .append(DATE.format(review.asOf()))
                .append('\n');
        s.append('\n')
                .append(vi ? "Nhiệm vụ (" : "Items (")
                .append(review.items().size())
                .append("):\n");
        review.itemCounts().forEach((status, n) -> s.append(String.format("  %-24s %5d%n", status.label(lang), n)));
        for (ReviewStatus attention :
                List.of(ReviewStatus.OVERDUE, ReviewStatus.DONE_LATE, ReviewStatus.NOT_REPORTED)) {
            List<Review.ItemLine> lines = review.itemsWith(attention);
            if (lines.isEmpty()) {
                continue;
            }
            s.append('\n').append(attention.label(lang)).append(":\n");
            for (Review.ItemLine line : lines) {
                s.append(String.format(
                        "  %-18s %s%s%n",
                        line.id(),
                        line.title(),
                        line.lead()
                                .map(u -> " [" + units.nameOf(u) + "]")
                                .orElse(vi ? " [chưa rõ chủ trì]" : " [no lead]")));
            }
        }
        s.append('\n')
                .append(vi ? "Chỉ tiêu (" : "Indicators (")
                .append(review.indicators().size())
                .append("):\n");
        review.indicatorCounts().forEach((rag, n) -> s.append(String.format("  %-24s %5d%n", rag.label(lang), n)));
        for (Review.IndicatorLine line : review.indicators()) {
            String value = line.value().map(v -> number(v.value())).orElse("—");
            String target = line.target()
                    .map(t -> t.comparison().code() + " " + number(t.value()))
                    .orElse("—");
            String achieved =
                    line.achievementPercent().map(a -> a.toPlainString() + "%").orElse("");
            s.append(String.format(
                    "  %-9s %-22s %14s %16s %8s  %s%n",
                    line.code(), line.rag().label(lang), value, target, achieved, line.name()));
        }
        s.append('\n').append(vi ? "Đơn vị chưa gửi báo cáo: " : "Units that did not report: ");
        if (review.unitsNotReported().isEmpty()) {
            s.append(vi ? "không có" : "none").append('\n');
        } else {
            List<String> names = new ArrayList<>();
            for (UnitCode u : review.unitsNotReported()) {
                names.add(units.nameOf(u) + " (" + u + ")");
            }
            s.append(String.join(", ", names)).append('\n');
        }
        if (!review.proposedAdjustments().isEmpty()) {
            s.append('\n')
                    .append(vi ? "Đề xuất điều chỉnh đang chờ: " : "Pending adjustments: ")
                    .append(review.proposedAdjustments().size())
                    .append('\n');
            review.proposedAdjustments().forEach(a -> s.append("  ")
                    .append(a.item())
                    .append(" — ")
                    .append(a.reason())
                    .append('\n'));
        }
        return s.toString();
    }

    static String number(java.math.BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    static String json(Review review) {
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
        List<Map<String, Object>> items = new ArrayList<>();
        for (Review.ItemLine line : review.items()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", line.id().value());
            m.put("plan", line.plan().value());
            m.put("number", line.number());
            m.put("title", line.title());
            m.put("lead", line.lead().map(UnitCode::value).orElse(null));
            m.put("status", line.status().code());
            m.put("due", line.due().map(Object::toString).orElse(null));
            m.put("completedOn", line.completedOn().map(Object::toString).orElse(null));
            m.put("percentDone", line.percentDone().orElse(null));
            items.add(m);
        }
        root.put("items", items);
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
            m.put("target", line.target().map(t -> number(t.value())).orElse(null));
            m.put(
                    "achievementPercent",
                    line.achievementPercent()
                            .map(java.math.BigDecimal::toPlainString)
                            .orElse(null));
            m.put("status", line.rag().code());
            indicators.add(m);
        }
        root.put("indicators", indicators);
        root.put(
                "unitsNotReported",
                review.unitsNotReported().stream().map(UnitCode::value).toList());
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
        root.put("resources", resources);
        root.put(
                "proposedAdjustments",
                review.proposedAdjustments().stream().map(a -> a.item().value()).toList());
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
