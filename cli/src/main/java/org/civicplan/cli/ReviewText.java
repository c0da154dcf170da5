package org.civicplan.cli;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.Lang;
import org.civicplan.core.NumberText;
import org.civicplan.core.export.ItemText;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.review.Review;
import org.civicplan.core.review.ReviewKind;
import org.civicplan.core.review.ReviewStatus;

/** Renders a review for officials, in Vietnamese or English; the JSON form is storage-json's {@code ReviewJson}. */
final class ReviewText {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ReviewText() {}

    /** The review; each listed item's lead as the exports print it ({@link ItemText#leadUnits}), from its line. */
    static String text(Review review, Program program, UnitDirectory units, Lang lang) {
        boolean vi = lang == Lang.VI;
        StringBuilder s = new StringBuilder();
        s.append(ReviewKind.of(review.reporting().period()).label(lang).toUpperCase(lang.locale()))
                .append(' ')
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
        review.itemCounts().forEach((status, n) -> {
            if (status != ReviewStatus.NOT_REPORTED) { // an item's status is its state (ItemStates)
                s.append(String.format("  %-24s %5d%n", status.label(lang), n));
            }
        });
        for (ReviewStatus attention : List.of(ReviewStatus.OVERDUE, ReviewStatus.DONE_LATE)) {
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
                        Optional.of(ItemText.leadUnits(line, units, ", "))
                                .filter(lead -> !lead.isEmpty())
                                .map(lead -> " [" + lead + "]")
                                .orElse(vi ? " [chưa rõ chủ trì]" : " [no lead]")));
            }
        }
        s.append('\n')
                .append(vi ? "Chỉ tiêu (" : "Indicators (")
                .append(review.indicators().size())
                .append("):\n");
        review.indicatorCounts().forEach((rag, n) -> s.append(String.format("  %-24s %5d%n", rag.label(lang), n)));
        for (Review.IndicatorLine line : review.indicators()) {
            String value =
                    line.value().map(v -> NumberText.number(v.value(), lang)).orElse("—");
            String target = line.target()
                    .map(t -> t.comparison().code() + " " + NumberText.number(t.value(), lang))
                    .orElse("—");
            String achieved = line.achievementPercent()
                    .map(a -> NumberText.percent(a, lang))
                    .orElse("");
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
}
