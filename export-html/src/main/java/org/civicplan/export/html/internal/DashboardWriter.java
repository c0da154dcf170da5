package org.civicplan.export.html.internal;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicplan.core.Lang;
import org.civicplan.core.export.ExportScope;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.Program;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.Review;
import org.civicplan.core.review.ReviewKind;
import org.civicplan.core.spi.ExportRequest;

/**
 * Writes the dashboard: one HTML file with inline CSS, inline SVG and two tiny inline scripts (the
 * language toggle and an error trap), no reference to anything outside the file. Per program:
 * counts at a glance ({@link Glance}), a timeline of items by deadline ({@link Timeline}),
 * indicator progress bars ({@link IndicatorBars}), the unit scorecard ({@link Scorecard}) and the
 * item list ({@link ItemTable}). Both languages are in the page; the toggle shows one.
 */
public final class DashboardWriter {
    private final ExportRequest request;
    private final Lang lang;
    private Html html;
    private Page page;

    public DashboardWriter(ExportRequest request) {
        this.request = requireNonNull(request, "request is null");
        this.lang = request.lang();
    }

    /** Writes the page to {@code out}, which stays open. */
    public void write(OutputStream out) {
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            html = new Html(writer);
            page = new Page(html, request);
            page();
            writer.flush();
        } catch (IOException e) {
            throw Html.unableToWrite(e);
        }
    }

    private void page() {
        Period period = ExportScope.reviewPeriod(request);
        List<Program> programs = ExportScope.programs(request);
        Set<PlanId> onlyPlans = ExportScope.planAndCascade(request);

        html.raw("<!DOCTYPE html>\n<html lang=\"")
                .raw(lang.code())
                .raw("\" data-lang=\"")
                .raw(lang.code())
                .raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<meta name=\"generator\" content=\"civicplan\">\n<title>")
                .text(lang.pick("Bảng theo dõi thực hiện", "Implementation dashboard"))
                .text(programs.size() == 1 ? " — " + programs.get(0).id().value() : "")
                .raw("</title>\n<script>")
                .raw(Assets.ERROR_TRAP)
                .raw("</script>\n<style>")
                .raw(Assets.CSS)
                .raw("</style>\n</head>\n<body>\n");
        html.raw("<div id=\"js-errors\" hidden></div>\n");
        html.raw("<header class=\"top\"><div class=\"top-inner\"><div>")
                .raw("<div class=\"kicker\">")
                .bi("Bảng theo dõi thực hiện", "Implementation dashboard")
                .raw("</div>");
        if (programs.size() == 1) {
            Program program = programs.get(0);
            html.raw("<h1>").text(program.title()).raw("</h1>");
        } else {
            html.raw("<h1>").bi("Các chương trình", "Programs").raw("</h1>");
        }
        html.raw("<div class=\"meta\">")
                .bi(ReviewKind.of(period).vi() + ": ", ReviewKind.of(period).en() + ": ")
                .raw("<strong data-period=\"")
                .text(period.code())
                .raw("\">")
                .bi(period.format(Lang.VI), period.format(Lang.EN))
                .raw("</strong> · ")
                .bi("Ngày lập: ", "Prepared on: ")
                .raw("<strong>")
                .text(Numbers.date(request.asOf()))
                .raw("</strong> · ")
                .bi("Đánh giá đến ngày: ", "Judged as of: ")
                .raw("<strong data-judged-on=\"")
                .text(page.asOf().toString())
                .raw("\">")
                .text(Numbers.date(page.asOf()))
                .raw("</strong></div></div>")
                .raw("<button type=\"button\" id=\"lang-toggle\" class=\"no-print\"")
                .attr("aria-label", "Language / Ngôn ngữ")
                .raw("><span lang=\"vi\">English</span><span lang=\"en\">Tiếng Việt</span></button>")
                .raw("</div></header>\n<main>\n");
        if (programs.isEmpty()) {
            html.raw("<p class=\"empty\">")
                    .bi("Không có chương trình nào để hiển thị.", "There is no program to show.")
                    .raw("</p>");
        }
        for (Program program : programs) {
            program(program, period, onlyPlans);
        }
        html.raw("</main>\n<footer>")
                .bi(
                        "Lập bằng civicplan từ dữ liệu kế hoạch và báo cáo định kỳ. ",
                        "Made with civicplan from plan data and periodic reports. ")
                .bi(
                        "Mọi tình trạng (thẻ, dòng thời gian, bảng) tính theo hạn hoàn thành đến ngày ",
                        "Every status (cards, timeline, table) is judged against deadlines on ")
                .text(Numbers.date(page.asOf()))
                .raw(".</footer>\n<script>")
                .raw(Assets.TOGGLE)
                .raw("</script>\n</body>\n</html>\n");
    }

    private void program(Program program, Period period, Set<PlanId> onlyPlans) {
        Review review = ExportScope.review(request, program.id(), period);
        List<Item> items = new ArrayList<>();
        for (Item item : ExportScope.programItems(request, program.id())) {
            if (onlyPlans.isEmpty() || onlyPlans.contains(item.plan())) {
                items.add(item);
            }
        }
        Map<ItemId, Review.ItemLine> lines = new HashMap<>();
        List<Review.ItemLine> shownLines = new ArrayList<>();
        for (Review.ItemLine line : review.items()) {
            if (onlyPlans.isEmpty() || onlyPlans.contains(line.plan())) {
                lines.put(line.id(), line);
                shownLines.add(line);
            }
        }

        html.raw("<section class=\"program\"")
                .attr("data-program", program.id().value())
                .raw(">\n<h2 class=\"program-title\">");
        if (program.document().isPresent()) {
            html.bi(
                    program.document().get().describe(Lang.VI),
                    program.document().get().describe(Lang.EN));
        } else {
            html.bi("Chương trình ", "Program ").text(program.id().value());
        }
        html.raw(" <span class=\"muted\">").text(program.period().format(lang)).raw("</span></h2>\n");
        if (programsShown() > 1) {
            html.raw("<p class=\"program-name\">").text(program.title()).raw("</p>");
        }
        new Glance(page).write(review, shownLines);
        new Timeline(page).write(program, items);
        new IndicatorBars(page).write(review);
        new Scorecard(page).write(review);
        new ItemTable(page).write(items, lines, review);
        html.raw("</section>\n");
    }

    private int programsShown() {
        return request.plan().isPresent() ? 1 : request.store().programs().all().size();
    }
}
