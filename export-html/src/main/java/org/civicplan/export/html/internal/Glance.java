package org.civicplan.export.html.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.civicplan.core.review.Rag;
import org.civicplan.core.review.Review;
import org.civicplan.core.review.ReviewStatus;

/**
 * A program's counts at a glance: cards for items, done, in progress, overdue (each item's state by
 * the one rule of {@code ItemStates}, on the page's date), indicators on track and units not reported, then one stacked bar of every item's review status
 * with its legend.
 */
final class Glance {
    private final Page page;
    private final Html h;

    Glance(Page page) {
        this.page = page;
        this.h = page.html();
    }

    void write(Review review, List<Review.ItemLine> lines) {
        Map<ReviewStatus, Integer> counts = new EnumMap<>(ReviewStatus.class);
        for (ReviewStatus s : ReviewStatus.values()) {
            counts.put(s, 0);
        }
        lines.forEach(l -> counts.merge(l.status(), 1, Integer::sum));
        cards(review, counts, lines.size());
        stackedBar(counts, lines.size());
    }

    private void cards(Review review, Map<ReviewStatus, Integer> counts, int total) {
        int onTime = counts.get(ReviewStatus.DONE_ON_TIME);
        int late = counts.get(ReviewStatus.DONE_LATE);
        Map<Rag, Integer> rags = review.indicatorCounts();
        h.raw("<div class=\"glance\">\n");
        card("total", Integer.toString(total), "Nhiệm vụ", "Items", "", "");
        card(
                "done",
                Integer.toString(onTime + late),
                "Đã hoàn thành",
                "Done",
                "đúng hạn " + onTime + " · chậm " + late,
                "on time " + onTime + " · late " + late);
        card("in-progress", counts.get(ReviewStatus.IN_PROGRESS).toString(), "Đang thực hiện", "In progress", "", "");
        card("overdue", counts.get(ReviewStatus.OVERDUE).toString(), "Quá hạn", "Overdue", "", "");
        card(
                "indicators",
                rags.get(Rag.ON_TRACK) + "/" + review.indicators().size(),
                "Chỉ tiêu đạt",
                "Indicators on track",
                "nguy cơ " + rags.get(Rag.AT_RISK) + " · không đạt " + rags.get(Rag.OFF_TRACK) + " · chưa có số liệu "
                        + rags.get(Rag.NO_DATA),
                "at risk " + rags.get(Rag.AT_RISK) + " · off track " + rags.get(Rag.OFF_TRACK) + " · no data "
                        + rags.get(Rag.NO_DATA));
        card(
                "units-missing",
                Integer.toString(review.unitsNotReported().size()),
                "Đơn vị chưa báo cáo",
                "Units not reported",
                "",
                "");
        h.raw("</div>\n");
    }

    private void card(String kind, String value, String vi, String en, String noteVi, String noteEn) {
        h.raw("<div class=\"card card-" + kind + "\" data-count=\"" + kind + "\"><div class=\"num\">")
                .text(value)
                .raw("</div><div class=\"lbl\">")
                .bi(vi, en)
                .raw("</div>");
        if (!noteVi.isEmpty()) {
            h.raw("<div class=\"note\">").bi(noteVi, noteEn).raw("</div>");
        }
        h.raw("</div>\n");
    }

    private void stackedBar(Map<ReviewStatus, Integer> counts, int total) {
        h.raw("<figure class=\"stack\">");
        h.raw("<svg class=\"stackbar\" viewBox=\"0 0 1000 26\" preserveAspectRatio=\"none\" role=\"img\"")
                .attr("aria-label", page.pick("Tình trạng nhiệm vụ", "Item status"))
                .raw(">");
        double x = 0;
        for (ReviewStatus s : ReviewStatus.values()) {
            int n = counts.get(s);
            if (n == 0 || total == 0) {
                continue;
            }
            double w = 1000.0 * n / total;
            h.raw("<rect class=\"st-" + s.code() + "\" x=\"" + Svg.num(x) + "\" y=\"0\" width=\"" + Svg.num(w)
                            + "\" height=\"26\"><title>")
                    .text(s.label(page.lang()) + ": " + n)
                    .raw("</title></rect>");
            x += w;
        }
        if (total == 0) {
            h.raw("<rect x=\"0\" y=\"0\" width=\"1000\" height=\"26\" fill=\"#eceff1\"/>");
        }
        h.raw("</svg><figcaption class=\"legend\">");
        for (ReviewStatus s : ReviewStatus.values()) {
            if (counts.get(s) > 0) {
                h.raw("<span class=\"key\"><i class=\"sw st-" + s.code() + "\"></i>")
                        .bi(s.vi(), s.en())
                        .raw(" <b>")
                        .text(counts.get(s).toString())
                        .raw("</b></span>");
            }
        }
        h.raw("</figcaption></figure>\n");
    }
}
