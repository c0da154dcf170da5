package org.civicplan.export.html.internal;

import org.civicplan.core.model.UnitCode;
import org.civicplan.core.review.Review;
import org.civicplan.core.review.ReviewStatus;

/**
 * A program's units: each unit's report for the period, the items it leads, a bar of their status
 * mix and the count per status; then the units that did not report.
 */
final class Scorecard {
    private static final ReviewStatus[] COLUMNS = {
        ReviewStatus.DONE_ON_TIME,
        ReviewStatus.DONE_LATE,
        ReviewStatus.OVERDUE,
        ReviewStatus.IN_PROGRESS,
        ReviewStatus.NOT_STARTED
    };

    private final Page page;
    private final Html h;

    Scorecard(Page page) {
        this.page = page;
        this.h = page.html();
    }

    void write(Review review) {
        h.raw("<h3>").bi("Kết quả theo đơn vị", "Unit scorecard").raw("</h3>\n");
        if (review.units().isEmpty()) {
            page.empty("Chưa có đơn vị được giao nhiệm vụ.", "No unit has items yet.");
            return;
        }
        h.raw("<table class=\"grid scorecard\"><thead><tr><th>")
                .bi("Đơn vị", "Unit")
                .raw("</th><th>")
                .bi("Báo cáo kỳ", "Report")
                .raw("</th><th class=\"num\">")
                .bi("Số nhiệm vụ", "Items")
                .raw("</th><th class=\"bar-col\">")
                .bi("Cơ cấu tình trạng", "Status mix")
                .raw("</th>");
        for (ReviewStatus s : COLUMNS) {
            h.raw("<th class=\"num\">").bi(s.vi(), s.en()).raw("</th>");
        }
        h.raw("</tr></thead><tbody>\n");
        for (Review.UnitScore score : review.units()) {
            row(score);
        }
        h.raw("</tbody></table>\n");
        if (!review.unitsNotReported().isEmpty()) {
            notReported(review);
        }
    }

    private void row(Review.UnitScore score) {
        h.raw("<tr")
                .attr("data-unit", score.unit().value())
                .raw("><td>")
                .text(page.units().nameOf(score.unit()))
                .raw("</td><td>");
        if (score.report().isPresent()) {
            h.raw("<span class=\"badge report\">")
                    .bi(score.report().get().vi(), score.report().get().en())
                    .raw("</span>");
        } else {
            h.raw("<span class=\"badge st-chua-bao-cao\">")
                    .bi("Chưa báo cáo", "Not reported")
                    .raw("</span>");
        }
        h.raw("</td><td class=\"num\">")
                .text(Integer.toString(score.itemsLed()))
                .raw("</td><td class=\"bar-col\">");
        h.raw("<svg class=\"mini\" viewBox=\"0 0 200 14\" preserveAspectRatio=\"none\" width=\"100%\" height=\"14\">");
        double x = 0;
        for (ReviewStatus s : ReviewStatus.values()) {
            int n = score.count(s);
            if (n > 0 && score.itemsLed() > 0) {
                double w = 200.0 * n / score.itemsLed();
                h.raw("<rect class=\"st-" + s.code() + "\" x=\"" + Svg.num(x) + "\" y=\"0\" width=\"" + Svg.num(w)
                        + "\" height=\"14\"/>");
                x += w;
            }
        }
        h.raw("</svg></td>");
        for (ReviewStatus s : COLUMNS) {
            int n = score.count(s);
            h.raw("<td class=\"num" + (n > 0 ? " nz" : "") + "\" data-status=\"" + s.code() + "\">")
                    .text(Integer.toString(n))
                    .raw("</td>");
        }
        h.raw("</tr>\n");
    }

    private void notReported(Review review) {
        h.raw("<p class=\"missing\"><strong>")
                .bi("Đơn vị chưa báo cáo: ", "Units that did not report: ")
                .raw("</strong>");
        boolean first = true;
        for (UnitCode unit : review.unitsNotReported()) {
            h.raw(first ? "" : ", ")
                    .raw("<span class=\"unit\"")
                    .attr("data-unit", unit.value())
                    .raw(">")
                    .text(page.units().nameOf(unit))
                    .raw("</span>");
            first = false;
        }
        h.raw("</p>\n");
    }
}
