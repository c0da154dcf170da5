package org.civicplan.export.html.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.civicplan.core.Lang;
import org.civicplan.core.NumberText;
import org.civicplan.core.export.ItemText;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ProgressState;
import org.civicplan.core.review.Review;
import org.civicplan.core.review.ReviewKind;

/**
 * A program's items, all of them: plan, number, title, lead units, deadline, the state on the
 * request's date, the status in the review and the share done.
 */
final class ItemTable {
    private final Page page;
    private final Html h;

    ItemTable(Page page) {
        this.page = page;
        this.h = page.html();
    }

    void write(List<Item> items, Map<ItemId, Review.ItemLine> lines, Review review) {
        h.raw("<h3>").bi("Danh mục nhiệm vụ", "Items").raw("</h3>\n");
        if (items.isEmpty()) {
            return;
        }
        h.raw("<table class=\"grid items\"><thead><tr><th>")
                .bi("Kế hoạch", "Plan")
                .raw("</th><th class=\"num\">")
                .bi("STT", "No.")
                .raw("</th><th>")
                .bi("Nhiệm vụ", "Task")
                .raw("</th><th>")
                .bi("Cơ quan chủ trì", "Lead agency")
                .raw("</th><th>")
                .bi("Thời gian hoàn thành", "Deadline")
                .raw("</th><th>")
                .bi("Tình trạng đến " + Numbers.date(page.asOf()), "Status as of " + Numbers.date(page.asOf()))
                .raw("</th><th>")
                .bi(
                        ReviewKind.title(review.reporting().period(), Lang.VI),
                        ReviewKind.title(review.reporting().period(), Lang.EN))
                .raw("</th><th class=\"num\">")
                .bi("% hoàn thành", "% done")
                .raw("</th></tr></thead><tbody>\n");
        for (Item item : items) {
            row(item, lines.get(item.id()));
        }
        h.raw("</tbody></table>\n");
    }

    private void row(Item item, Review.ItemLine line) {
        ProgressState state = item.stateOn(page.asOf());
        h.raw("<tr")
                .attr("data-item", item.id().value())
                .raw("><td class=\"code\">")
                .text(item.plan().value())
                .raw("</td><td class=\"num\">")
                .text(Integer.toString(item.number()))
                .raw("</td><td class=\"title\">")
                .text(item.title())
                .raw("</td><td>")
                .text(ItemText.leadUnits(item, page.units(), ", "))
                .raw("</td><td>");
        if (item.deadlineAsWritten().isPresent()) {
            h.text(ItemText.deadline(item, Lang.VI)); // the official's words, in the plan's language
        } else if (item.deadline().isPresent()) {
            h.bi(item.deadline().get().format(Lang.VI), item.deadline().get().format(Lang.EN));
        }
        h.raw("</td><td class=\"state\" data-state=\"" + state.code() + "\"><span class=\"badge st-" + state.code()
                        + "\">")
                .bi(state.vi(), state.en())
                .raw("</span></td><td class=\"review\"");
        if (line != null) {
            h.raw(" data-status=\"" + line.status().code() + "\"><span class=\"badge st-"
                            + line.status().code() + "\">")
                    .bi(line.status().vi(), line.status().en())
                    .raw("</span>");
        } else {
            h.raw(">");
        }
        h.raw("</td><td class=\"num percent\">");
        if (line != null && line.percentDone().isPresent()) {
            BigDecimal done = BigDecimal.valueOf(line.percentDone().get());
            h.bi(NumberText.percent(done, Lang.VI), NumberText.percent(done, Lang.EN));
        } else {
            h.raw("—");
        }
        h.raw("</td></tr>\n");
    }
}
