package org.civicplan.export.html.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.Lang;
import org.civicplan.core.NumberText;
import org.civicplan.core.model.Target;
import org.civicplan.core.review.Review;

/**
 * A program's indicators: code, name, a progress bar of the value for the period against the
 * period's target (a short tick) and the final target (a long tick), the numbers, the achievement
 * and the standing.
 */
final class IndicatorBars {
    /** Width of a progress bar (SVG user units). */
    private static final double BAR_WIDTH = 300;

    private final Page page;
    private final Html h;

    IndicatorBars(Page page) {
        this.page = page;
        this.h = page.html();
    }

    void write(Review review) {
        h.raw("<h3>")
                .bi("Chỉ tiêu", "Indicators")
                .raw(" <span class=\"muted\">")
                .bi(
                        "(kết quả kỳ so với mục tiêu của kỳ và mục tiêu cuối kỳ)",
                        "(value for the period against the period's and the final target)")
                .raw("</span></h3>\n");
        if (review.indicators().isEmpty()) {
            page.empty("Chưa có chỉ tiêu.", "No indicators yet.");
            return;
        }
        h.raw("<table class=\"grid indicators\"><thead><tr><th>")
                .bi("Mã", "Code")
                .raw("</th><th>")
                .bi("Chỉ tiêu", "Indicator")
                .raw("</th><th class=\"bar-col\">")
                .bi("Tiến độ", "Progress")
                .raw("</th><th class=\"num\">")
                .bi("Kết quả", "Value")
                .raw("</th><th class=\"num\">")
                .bi("Mục tiêu kỳ", "Period target")
                .raw("</th><th class=\"num\">")
                .bi("Mục tiêu cuối kỳ", "Final target")
                .raw("</th><th class=\"num\">")
                .bi("Tỷ lệ đạt", "Achieved")
                .raw("</th><th>")
                .bi("Đánh giá", "Standing")
                .raw("</th></tr></thead><tbody>\n");
        for (Review.IndicatorLine line : review.indicators()) {
            row(line);
        }
        h.raw("</tbody></table>\n");
    }

    private void row(Review.IndicatorLine line) {
        Optional<BigDecimal> value = line.value().map(v -> v.value());
        h.raw("<tr")
                .attr("data-indicator", line.code().value())
                .attr("data-rag", line.rag().code())
                .raw("><td class=\"code\">")
                .text(line.code().value())
                .raw("</td><td>")
                .text(line.name())
                .raw(line.unitOfMeasure().isPresent() ? " <span class=\"muted\">(" : "")
                .text(line.unitOfMeasure().orElse(""))
                .raw(line.unitOfMeasure().isPresent() ? ")</span>" : "")
                .raw("</td><td class=\"bar-col\">");
        progressBar(line, value);
        h.raw("</td><td class=\"num value\">");
        number(value);
        h.raw("</td><td class=\"num target\">");
        target(line.target());
        h.raw("</td><td class=\"num final\">");
        target(line.finalTarget());
        h.raw("</td><td class=\"num achievement\">");
        if (line.achievementPercent().isPresent()) {
            BigDecimal percent = line.achievementPercent().get();
            h.bi(NumberText.percent(percent, Lang.VI), NumberText.percent(percent, Lang.EN));
        } else {
            h.raw("—");
        }
        h.raw("</td><td><span class=\"badge rag-" + line.rag().code() + "\">")
                .bi(line.rag().vi(), line.rag().en())
                .raw("</span></td></tr>\n");
    }

    private void progressBar(Review.IndicatorLine line, Optional<BigDecimal> value) {
        double max = 0;
        for (Optional<BigDecimal> v : List.of(
                value, line.target().map(Target::value), line.finalTarget().map(Target::value))) {
            if (v.isPresent()) {
                max = Math.max(max, v.get().doubleValue());
            }
        }
        max = max <= 0 ? 1 : max * 1.08;
        double w = BAR_WIDTH;
        h.raw("<svg class=\"progress\" viewBox=\"0 0 " + (int) w + " 30\" width=\"100%\" role=\"img\"")
                .attr(
                        "aria-label",
                        page.pick("Kết quả ", "Value ")
                                + value.map(v -> Numbers.format(v, page.lang())).orElse("—"))
                .raw(">");
        h.raw("<rect class=\"track\" x=\"0\" y=\"9\" width=\"" + (int) w + "\" height=\"12\" rx=\"6\"/>");
        if (value.isPresent()) {
            double vw = Math.max(0, Math.min(w, w * value.get().doubleValue() / max));
            h.raw("<rect class=\"rag-" + line.rag().code() + "\" x=\"0\" y=\"9\" width=\"" + Svg.num(vw)
                    + "\" height=\"12\" rx=\"6\"/>");
        }
        if (line.target().isPresent()
                && !(line.finalTarget().isPresent()
                        && line.finalTarget().get().equals(line.target().get()))) {
            double xt = w * line.target().get().value().doubleValue() / max;
            tick(
                    "interim",
                    xt,
                    4,
                    26,
                    page.pick("Mục tiêu kỳ ", "Period target "),
                    line.target().get());
        }
        if (line.finalTarget().isPresent()) {
            double xf = Math.min(w - 1.5, w * line.finalTarget().get().value().doubleValue() / max);
            tick(
                    "final",
                    xf,
                    2,
                    28,
                    page.pick("Mục tiêu cuối kỳ ", "Final target "),
                    line.finalTarget().get());
        }
        h.raw("</svg>");
    }

    private void tick(String cls, double x, int y1, int y2, String label, Target target) {
        h.raw("<line class=\"" + cls + "\" x1=\"" + Svg.num(x) + "\" x2=\"" + Svg.num(x) + "\" y1=\"" + y1 + "\" y2=\""
                        + y2 + "\"><title>")
                .text(label + targetText(target))
                .raw("</title></line>");
    }

    private void number(Optional<BigDecimal> value) {
        if (value.isEmpty()) {
            h.raw("—");
            return;
        }
        h.bi(Numbers.format(value.get(), Lang.VI), Numbers.format(value.get(), Lang.EN));
    }

    private void target(Optional<Target> target) {
        if (target.isEmpty()) {
            h.raw("—");
            return;
        }
        Target t = target.get();
        h.text(sign(t));
        h.bi(Numbers.format(t.value(), Lang.VI), Numbers.format(t.value(), Lang.EN));
        h.raw(" <span class=\"muted\">(")
                .bi(t.period().format(Lang.VI), t.period().format(Lang.EN))
                .raw(")</span>");
    }

    private String targetText(Target t) {
        return sign(t) + Numbers.format(t.value(), page.lang()) + " ("
                + t.period().format(page.lang()) + ")";
    }

    private static String sign(Target t) {
        return switch (t.comparison()) {
            case AT_LEAST -> "≥ ";
            case AT_MOST -> "≤ ";
            case EQUAL -> "= ";
        };
    }
}
