package org.civicplan.export.html.internal;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicplan.core.CivicPlanException;
import org.civicplan.core.Lang;
import org.civicplan.core.Message;
import org.civicplan.core.export.ExportScope;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgressState;
import org.civicplan.core.model.Target;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.Rag;
import org.civicplan.core.review.Review;
import org.civicplan.core.review.ReviewStatus;
import org.civicplan.core.spi.ExportRequest;

/**
 * Writes the dashboard: one HTML file with inline CSS, inline SVG and two tiny inline scripts (the
 * language toggle and an error trap), no reference to anything outside the file. Per program:
 * counts at a glance, a timeline of items by deadline, indicator progress bars, the unit scorecard
 * and the item list. Both languages are in the page; the toggle shows one.
 */
public final class DashboardWriter {
    /** Timeline chart geometry (SVG user units). */
    static final int CHART_WIDTH = 1000;

    static final int LABEL_WIDTH = 330;
    static final int ROW_HEIGHT = 22;
    static final int AXIS_HEIGHT = 44;
    /** Most items drawn on the timeline. */
    static final int TIMELINE_LIMIT = 150;

    private final ExportRequest request;
    private final Lang lang;
    private final UnitDirectory units;
    private Html h;

    public DashboardWriter(ExportRequest request) {
        this.request = requireNonNull(request, "request is null");
        this.lang = request.lang();
        this.units = request.store().units().directory();
    }

    public void write(OutputStream out) {
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            h = new Html(writer);
            page();
            writer.flush();
        } catch (IOException | UncheckedIOException e) {
            throw new CivicPlanException(
                    Message.of(
                            "Không ghi được bảng theo dõi (html): " + e.getMessage(),
                            "Unable to write the dashboard (html): " + e.getMessage()),
                    e);
        }
    }

    private void page() {
        Period period = ExportScope.reviewPeriod(request);
        List<Program> programs = ExportScope.programs(request);
        Set<org.civicplan.core.model.PlanId> onlyPlans = ExportScope.planAndCascade(request);

        h.raw("<!DOCTYPE html>\n<html lang=\"")
                .raw(lang.code())
                .raw("\" data-lang=\"")
                .raw(lang.code())
                .raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<meta name=\"generator\" content=\"civicplan\">\n<title>")
                .text(lang == Lang.VI ? "Bảng theo dõi thực hiện" : "Implementation dashboard")
                .text(programs.size() == 1 ? " — " + programs.get(0).id().value() : "")
                .raw("</title>\n<script>")
                .raw(Assets.ERROR_TRAP)
                .raw("</script>\n<style>")
                .raw(Assets.CSS)
                .raw("</style>\n</head>\n<body>\n");
        h.raw("<div id=\"js-errors\" hidden></div>\n");
        h.raw("<header class=\"top\"><div class=\"top-inner\"><div>")
                .raw("<div class=\"kicker\">")
                .bi("Bảng theo dõi thực hiện", "Implementation dashboard")
                .raw("</div>");
        if (programs.size() == 1) {
            Program program = programs.get(0);
            h.raw("<h1>").text(program.title()).raw("</h1>");
        } else {
            h.raw("<h1>").bi("Các chương trình", "Programs").raw("</h1>");
        }
        h.raw("<div class=\"meta\">")
                .bi("Sơ kết: ", "Review: ")
                .raw("<strong data-period=\"")
                .text(period.code())
                .raw("\">")
                .bi(period.format(Lang.VI), period.format(Lang.EN))
                .raw("</strong> · ")
                .bi("Ngày lập: ", "Prepared on: ")
                .raw("<strong>")
                .text(Numbers.date(request.asOf()))
                .raw("</strong></div></div>")
                .raw("<button type=\"button\" id=\"lang-toggle\" class=\"no-print\"")
                .attr("aria-label", "Language / Ngôn ngữ")
                .raw("><span lang=\"vi\">English</span><span lang=\"en\">Tiếng Việt</span></button>")
                .raw("</div></header>\n<main>\n");
        if (programs.isEmpty()) {
            h.raw("<p class=\"empty\">")
                    .bi("Không có chương trình nào để hiển thị.", "There is no program to show.")
                    .raw("</p>");
        }
        for (Program program : programs) {
            program(program, period, onlyPlans);
        }
        h.raw("</main>\n<footer>")
                .bi(
                        "Lập bằng civicplan từ dữ liệu kế hoạch và báo cáo định kỳ. ",
                        "Made with civicplan from plan data and periodic reports. ")
                .bi(
                        "Tình trạng hiện tại tính theo hạn hoàn thành đến ngày ",
                        "Current status is judged against deadlines on ")
                .text(Numbers.date(request.asOf()))
                .raw(".</footer>\n<script>")
                .raw(Assets.TOGGLE)
                .raw("</script>\n</body>\n</html>\n");
    }

    private void program(Program program, Period period, Set<org.civicplan.core.model.PlanId> onlyPlans) {
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

        h.raw("<section class=\"program\"")
                .attr("data-program", program.id().value())
                .raw(">\n<h2 class=\"program-title\">");
        if (program.document().isPresent()) {
            h.bi(
                    program.document().get().describe(Lang.VI),
                    program.document().get().describe(Lang.EN));
        } else {
            h.bi("Chương trình ", "Program ").text(program.id().value());
        }
        h.raw(" <span class=\"muted\">").text(program.period().format(lang)).raw("</span></h2>\n");
        if (programsShown() > 1) {
            h.raw("<p class=\"program-name\">").text(program.title()).raw("</p>");
        }
        glance(review, shownLines);
        timeline(program, items);
        indicators(review);
        scorecard(review);
        itemTable(items, lines, review);
        h.raw("</section>\n");
    }

    private int programsShown() {
        return request.plan().isPresent() ? 1 : request.store().programs().all().size();
    }

    // ------------------------------------------------------------------ counts at a glance

    private void glance(Review review, List<Review.ItemLine> lines) {
        Map<ReviewStatus, Integer> counts = new java.util.EnumMap<>(ReviewStatus.class);
        for (ReviewStatus s : ReviewStatus.values()) {
            counts.put(s, 0);
        }
        lines.forEach(l -> counts.merge(l.status(), 1, Integer::sum));
        int total = lines.size();
        int done = counts.get(ReviewStatus.DONE_ON_TIME) + counts.get(ReviewStatus.DONE_LATE);
        Map<Rag, Integer> rags = review.indicatorCounts();

        h.raw("<div class=\"glance\">\n");
        card("total", Integer.toString(total), "Nhiệm vụ", "Items", "", "");
        card(
                "done",
                Integer.toString(done),
                "Đã hoàn thành",
                "Done",
                "đúng hạn " + counts.get(ReviewStatus.DONE_ON_TIME) + " · chậm " + counts.get(ReviewStatus.DONE_LATE),
                "on time " + counts.get(ReviewStatus.DONE_ON_TIME) + " · late " + counts.get(ReviewStatus.DONE_LATE));
        card("in-progress", counts.get(ReviewStatus.IN_PROGRESS).toString(), "Đang thực hiện", "In progress", "", "");
        card("overdue", counts.get(ReviewStatus.OVERDUE).toString(), "Quá hạn", "Overdue", "", "");
        card("not-reported", counts.get(ReviewStatus.NOT_REPORTED).toString(), "Chưa báo cáo", "Not reported", "", "");
        int measured = review.indicators().size();
        card(
                "indicators",
                rags.get(Rag.ON_TRACK) + "/" + measured,
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

        // one stacked bar of every item's review status, with its legend
        h.raw("<figure class=\"stack\">");
        h.raw("<svg class=\"stackbar\" viewBox=\"0 0 1000 26\" preserveAspectRatio=\"none\" role=\"img\"")
                .attr("aria-label", lang == Lang.VI ? "Tình trạng nhiệm vụ" : "Item status")
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
                    .text(s.label(lang) + ": " + n)
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

    // ------------------------------------------------------------------ timeline

    private void timeline(Program program, List<Item> items) {
        h.raw("<h3>")
                .bi("Tiến độ theo thời hạn hoàn thành", "Timeline by deadline")
                .raw(" <span class=\"muted\">")
                .bi("(tình trạng đến ngày ", "(status on ")
                .text(Numbers.date(request.asOf()))
                .raw(")</span></h3>\n");
        if (items.isEmpty()) {
            h.raw("<p class=\"empty\">")
                    .bi("Chưa có nhiệm vụ.", "No items yet.")
                    .raw("</p>\n");
            return;
        }
        LocalDate from = program.period().start().orElseThrow();
        LocalDate to = program.period().end().orElseThrow();
        for (Item item : items) {
            Optional<LocalDate> due = item.dueDate();
            if (due.isPresent() && due.get().isBefore(from)) {
                from = due.get().withDayOfMonth(1);
            }
            if (due.isPresent() && due.get().isAfter(to)) {
                to = due.get();
            }
        }
        List<Item> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing((Item i) -> i.dueDate().orElse(LocalDate.MAX))
                .thenComparing(Item::plan)
                .thenComparingInt(Item::number));
        // a chart of thousands of rows helps nobody: the earliest deadlines are drawn, the list below has all
        int hidden = Math.max(0, sorted.size() - TIMELINE_LIMIT);
        if (hidden > 0) {
            sorted = new ArrayList<>(sorted.subList(0, TIMELINE_LIMIT));
        }

        double x0 = LABEL_WIDTH;
        double x1 = CHART_WIDTH - 20;
        long span = Math.max(1, ChronoUnit.DAYS.between(from, to.plusDays(1)));
        int height = AXIS_HEIGHT + sorted.size() * ROW_HEIGHT + 10;
        LocalDate start = from;
        java.util.function.Function<LocalDate, Double> xOf = d -> {
            long days = ChronoUnit.DAYS.between(start, d);
            double clamped = Math.max(0, Math.min(span, days));
            return x0 + (x1 - x0) * clamped / span;
        };

        h.raw("<figure class=\"chart timeline\"><svg viewBox=\"0 0 " + CHART_WIDTH + " " + height
                        + "\" width=\"100%\" role=\"img\"")
                .attr("aria-label", lang == Lang.VI ? "Tiến độ theo thời hạn" : "Timeline by deadline")
                .raw(">");
        // year bands and labels
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            LocalDate a = LocalDate.of(year, 1, 1).isBefore(from) ? from : LocalDate.of(year, 1, 1);
            LocalDate b = LocalDate.of(year, 12, 31).isAfter(to) ? to : LocalDate.of(year, 12, 31);
            double xa = xOf.apply(a);
            double xb = xOf.apply(b.plusDays(1));
            h.raw("<rect class=\"" + (year % 2 == 0 ? "band-even" : "band-odd") + "\" x=\"" + Svg.num(xa)
                    + "\" y=\"" + (AXIS_HEIGHT - 6) + "\" width=\"" + Svg.num(xb - xa) + "\" height=\""
                    + (height - AXIS_HEIGHT + 6) + "\"/>");
            h.raw("<text class=\"axis\" x=\"" + Svg.num((xa + xb) / 2) + "\" y=\"16\" text-anchor=\"middle\">" + year
                    + "</text>");
        }
        // rows
        int row = 0;
        for (Item item : sorted) {
            double y = AXIS_HEIGHT + row * ROW_HEIGHT;
            double mid = y + ROW_HEIGHT / 2.0;
            ProgressState state = item.stateOn(request.asOf());
            h.raw("<g class=\"tl-row\"")
                    .attr("data-item", item.id().value())
                    .attr("data-state", state.code())
                    .raw(">");
            if (row % 2 == 1) {
                h.raw("<rect class=\"zebra\" x=\"0\" y=\"" + Svg.num(y) + "\" width=\"" + Svg.num(x0 - 6)
                        + "\" height=\"" + ROW_HEIGHT + "\"/>");
            }
            h.raw("<text class=\"tl-label\" x=\"4\" y=\"" + Svg.num(mid + 4) + "\">")
                    .text(clip(item.number() + ". " + item.title(), 52))
                    .raw("<title>")
                    .text(item.plan().value() + " / " + item.number() + ": " + item.title())
                    .raw("</title></text>");
            Optional<LocalDate> due = item.dueDate();
            String cls = "st-" + state.code();
            if (due.isPresent()) {
                LocalDate begin = item.start().orElse(null);
                double xd = xOf.apply(due.get());
                if (begin != null && begin.isBefore(due.get())) {
                    double xs = xOf.apply(begin);
                    h.raw("<rect class=\"" + cls + " bar\" x=\"" + Svg.num(xs) + "\" y=\"" + Svg.num(mid - 4)
                            + "\" width=\"" + Svg.num(Math.max(1, xd - xs)) + "\" height=\"8\" rx=\"4\"/>");
                }
                h.raw("<path class=\"" + cls + "\" d=\"M" + Svg.num(xd) + " " + Svg.num(mid - 7) + " L"
                                + Svg.num(xd + 7) + " " + Svg.num(mid) + " L" + Svg.num(xd) + " " + Svg.num(mid + 7)
                                + " L" + Svg.num(xd - 7) + " " + Svg.num(mid) + " Z\"><title>")
                        .text(item.deadline().get().format(lang) + " — " + state.label(lang))
                        .raw("</title></path>");
            } else {
                // recurring or ongoing: a dashed line across the whole period
                h.raw("<line class=\"" + cls + " recurring\" x1=\"" + Svg.num(x0) + "\" x2=\"" + Svg.num(x1)
                        + "\" y1=\"" + Svg.num(mid) + "\" y2=\"" + Svg.num(mid) + "\"/>");
                String when = item.deadline()
                        .map(p -> p.format(lang))
                        .orElse(lang == Lang.VI ? "Chưa có hạn" : "No deadline");
                h.raw("<text class=\"tl-note\" x=\"" + Svg.num(x1) + "\" y=\"" + Svg.num(mid - 4)
                                + "\" text-anchor=\"end\">")
                        .text(when)
                        .raw("</text>");
            }
            h.raw("</g>");
            row++;
        }
        // the export date
        if (!request.asOf().isBefore(from) && !request.asOf().isAfter(to)) {
            double xt = xOf.apply(request.asOf());
            h.raw("<line class=\"today\" x1=\"" + Svg.num(xt) + "\" x2=\"" + Svg.num(xt) + "\" y1=\""
                    + (AXIS_HEIGHT - 8) + "\" y2=\"" + height + "\"/>");
            h.svgText(
                    xt + 4,
                    AXIS_HEIGHT - 10,
                    " class=\"today-label\"",
                    "Ngày lập " + Numbers.date(request.asOf()),
                    "As of " + Numbers.date(request.asOf()));
        }
        h.raw("</svg><figcaption class=\"legend\">");
        for (ProgressState s : ProgressState.values()) {
            h.raw("<span class=\"key\"><i class=\"sw st-" + s.code() + "\"></i>")
                    .bi(s.vi(), s.en())
                    .raw("</span>");
        }
        if (hidden > 0) {
            h.raw("<span class=\"key more\">")
                    .bi(
                            "và " + hidden + " nhiệm vụ có hạn muộn hơn (xem danh mục bên dưới)",
                            "and " + hidden + " items due later (see the list below)")
                    .raw("</span>");
        }
        h.raw("<span class=\"key\"><i class=\"sw diamond\"></i>")
                .bi("hạn hoàn thành", "deadline")
                .raw("</span><span class=\"key\"><i class=\"sw dash\"></i>")
                .bi("hằng năm, thường xuyên", "yearly or ongoing")
                .raw("</span></figcaption></figure>\n");
    }

    // ------------------------------------------------------------------ indicators

    private void indicators(Review review) {
        h.raw("<h3>")
                .bi("Chỉ tiêu", "Indicators")
                .raw(" <span class=\"muted\">")
                .bi(
                        "(kết quả kỳ so với mục tiêu của kỳ và mục tiêu cuối kỳ)",
                        "(value for the period against the period's and the final target)")
                .raw("</span></h3>\n");
        if (review.indicators().isEmpty()) {
            h.raw("<p class=\"empty\">")
                    .bi("Chưa có chỉ tiêu.", "No indicators yet.")
                    .raw("</p>\n");
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
                number(line.achievementPercent());
                h.raw("%");
            } else {
                h.raw("—");
            }
            h.raw("</td><td><span class=\"badge rag-" + line.rag().code() + "\">")
                    .bi(line.rag().vi(), line.rag().en())
                    .raw("</span></td></tr>\n");
        }
        h.raw("</tbody></table>\n");
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
        double w = 300;
        h.raw("<svg class=\"progress\" viewBox=\"0 0 " + (int) w + " 30\" width=\"100%\" role=\"img\"")
                .attr(
                        "aria-label",
                        (lang == Lang.VI ? "Kết quả " : "Value ")
                                + value.map(v -> Numbers.format(v, lang)).orElse("—"))
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
            h.raw("<line class=\"interim\" x1=\"" + Svg.num(xt) + "\" x2=\"" + Svg.num(xt)
                            + "\" y1=\"4\" y2=\"26\"><title>")
                    .text((lang == Lang.VI ? "Mục tiêu kỳ " : "Period target ")
                            + targetText(line.target().get()))
                    .raw("</title></line>");
        }
        if (line.finalTarget().isPresent()) {
            double xf = Math.min(w - 1.5, w * line.finalTarget().get().value().doubleValue() / max);
            h.raw("<line class=\"final\" x1=\"" + Svg.num(xf) + "\" x2=\"" + Svg.num(xf)
                            + "\" y1=\"2\" y2=\"28\"><title>")
                    .text((lang == Lang.VI ? "Mục tiêu cuối kỳ " : "Final target ")
                            + targetText(line.finalTarget().get()))
                    .raw("</title></line>");
        }
        h.raw("</svg>");
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
        String sign =
                switch (t.comparison()) {
                    case AT_LEAST -> "≥ ";
                    case AT_MOST -> "≤ ";
                    case EQUAL -> "= ";
                };
        h.text(sign);
        h.bi(Numbers.format(t.value(), Lang.VI), Numbers.format(t.value(), Lang.EN));
        h.raw(" <span class=\"muted\">(")
                .bi(t.period().format(Lang.VI), t.period().format(Lang.EN))
                .raw(")</span>");
    }

    private String targetText(Target t) {
        String sign =
                switch (t.comparison()) {
                    case AT_LEAST -> "≥ ";
                    case AT_MOST -> "≤ ";
                    case EQUAL -> "= ";
                };
        return sign + Numbers.format(t.value(), lang) + " (" + t.period().format(lang) + ")";
    }

    // ------------------------------------------------------------------ unit scorecard

    private static final ReviewStatus[] SCORE_COLUMNS = {
        ReviewStatus.DONE_ON_TIME,
        ReviewStatus.DONE_LATE,
        ReviewStatus.OVERDUE,
        ReviewStatus.IN_PROGRESS,
        ReviewStatus.NOT_STARTED,
        ReviewStatus.NOT_REPORTED
    };

    private void scorecard(Review review) {
        h.raw("<h3>").bi("Kết quả theo đơn vị", "Unit scorecard").raw("</h3>\n");
        if (review.units().isEmpty()) {
            h.raw("<p class=\"empty\">")
                    .bi("Chưa có đơn vị được giao nhiệm vụ.", "No unit has items yet.")
                    .raw("</p>\n");
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
        for (ReviewStatus s : SCORE_COLUMNS) {
            h.raw("<th class=\"num\">").bi(s.vi(), s.en()).raw("</th>");
        }
        h.raw("</tr></thead><tbody>\n");
        for (Review.UnitScore score : review.units()) {
            h.raw("<tr")
                    .attr("data-unit", score.unit().value())
                    .raw("><td>")
                    .text(units.nameOf(score.unit()))
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
            h.raw(
                    "<svg class=\"mini\" viewBox=\"0 0 200 14\" preserveAspectRatio=\"none\" width=\"100%\" height=\"14\">");
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
            for (ReviewStatus s : SCORE_COLUMNS) {
                int n = score.count(s);
                h.raw("<td class=\"num" + (n > 0 ? " nz" : "") + "\" data-status=\"" + s.code() + "\">")
                        .text(Integer.toString(n))
                        .raw("</td>");
            }
            h.raw("</tr>\n");
        }
        h.raw("</tbody></table>\n");
        if (!review.unitsNotReported().isEmpty()) {
            h.raw("<p class=\"missing\"><strong>")
                    .bi("Đơn vị chưa báo cáo: ", "Units that did not report: ")
                    .raw("</strong>");
            boolean first = true;
            for (UnitCode unit : review.unitsNotReported()) {
                h.raw(first ? "" : ", ")
                        .raw("<span class=\"unit\"")
                        .attr("data-unit", unit.value())
                        .raw(">")
                        .text(units.nameOf(unit))
                        .raw("</span>");
                first = false;
            }
            h.raw("</p>\n");
        }
    }

    // ------------------------------------------------------------------ items

    private void itemTable(List<Item> items, Map<ItemId, Review.ItemLine> lines, Review review) {
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
                .bi("Tình trạng hiện tại", "Current status")
                .raw("</th><th>")
                .bi(
                        "Sơ kết " + review.reporting().period().format(Lang.VI),
                        "Review " + review.reporting().period().format(Lang.EN))
                .raw("</th><th class=\"num\">")
                .bi("% hoàn thành", "% done")
                .raw("</th></tr></thead><tbody>\n");
        for (Item item : items) {
            ProgressState state = item.stateOn(request.asOf());
            Review.ItemLine line = lines.get(item.id());
            h.raw("<tr")
                    .attr("data-item", item.id().value())
                    .raw("><td class=\"code\">")
                    .text(item.plan().value())
                    .raw("</td><td class=\"num\">")
                    .text(Integer.toString(item.number()))
                    .raw("</td><td class=\"title\">")
                    .text(item.title())
                    .raw("</td><td>");
            StringBuilder leads = new StringBuilder();
            for (UnitCode u : item.assignment().leadUnits()) {
                leads.append(leads.length() == 0 ? "" : ", ").append(units.nameOf(u));
            }
            h.text(leads.toString()).raw("</td><td>");
            if (item.deadline().isPresent()) {
                h.bi(
                        item.deadline().get().format(Lang.VI),
                        item.deadline().get().format(Lang.EN));
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
                h.text(line.percentDone().get() + "%");
            } else {
                h.raw("—");
            }
            h.raw("</td></tr>\n");
        }
        h.raw("</tbody></table>\n");
    }

    static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1).stripTrailing() + "…";
    }
}
