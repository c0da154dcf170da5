package org.civicplan.export.html.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.export.ItemText;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgressState;

/**
 * A program's items on a timeline by deadline, coloured by their state on the request's date: a
 * diamond at the deadline, a bar from the start when there is one, a dashed line for yearly or
 * ongoing items; year bands behind, the request's date as a line. At most {@value #LIMIT} items
 * are drawn, the earliest deadlines first; the item list below the chart has them all.
 */
final class Timeline {
    /** Chart geometry (SVG user units). */
    static final int CHART_WIDTH = 1000;

    static final int LABEL_WIDTH = 330;
    static final int ROW_HEIGHT = 22;
    static final int AXIS_HEIGHT = 44;
    /** Most items drawn. */
    static final int LIMIT = 150;

    private static final double X0 = LABEL_WIDTH;
    private static final double X1 = CHART_WIDTH - 20;

    private final Page page;
    private final Html h;
    private LocalDate from;
    private LocalDate to;
    private long span;

    Timeline(Page page) {
        this.page = page;
        this.h = page.html();
    }

    void write(Program program, List<Item> items) {
        h.raw("<h3>")
                .bi("Tiến độ theo thời hạn hoàn thành", "Timeline by deadline")
                .raw(" <span class=\"muted\">")
                .bi("(tình trạng đến ngày ", "(status on ")
                .text(Numbers.date(page.asOf()))
                .raw(")</span></h3>\n");
        if (items.isEmpty()) {
            page.empty("Chưa có nhiệm vụ.", "No items yet.");
            return;
        }
        range(program, items);
        List<Item> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing((Item i) -> i.dueDate().orElse(LocalDate.MAX))
                .thenComparing(Item::plan)
                .thenComparingInt(Item::number));
        // a chart of thousands of rows helps nobody: the earliest deadlines are drawn, the list below has all
        int hidden = Math.max(0, sorted.size() - LIMIT);
        if (hidden > 0) {
            sorted = new ArrayList<>(sorted.subList(0, LIMIT));
        }
        int height = AXIS_HEIGHT + sorted.size() * ROW_HEIGHT + 10;

        h.raw("<figure class=\"chart timeline\"><svg viewBox=\"0 0 " + CHART_WIDTH + " " + height
                        + "\" width=\"100%\" role=\"img\"")
                .attr("aria-label", page.pick("Tiến độ theo thời hạn", "Timeline by deadline"))
                .raw(">");
        years(height);
        int row = 0;
        for (Item item : sorted) {
            row(item, row++);
        }
        today(height);
        h.raw("</svg>");
        legend(hidden);
    }

    /** The program's period, widened to every deadline outside it. */
    private void range(Program program, List<Item> items) {
        from = program.period().start().orElseThrow();
        to = program.period().end().orElseThrow();
        for (Item item : items) {
            Optional<LocalDate> due = item.dueDate();
            if (due.isPresent() && due.get().isBefore(from)) {
                from = due.get().withDayOfMonth(1);
            }
            if (due.isPresent() && due.get().isAfter(to)) {
                to = due.get();
            }
        }
        span = Math.max(1, ChronoUnit.DAYS.between(from, to.plusDays(1)));
    }

    private double x(LocalDate d) {
        long days = ChronoUnit.DAYS.between(from, d);
        double clamped = Math.max(0, Math.min(span, days));
        return X0 + (X1 - X0) * clamped / span;
    }

    /** Year bands and labels. */
    private void years(int height) {
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            LocalDate a = LocalDate.of(year, 1, 1).isBefore(from) ? from : LocalDate.of(year, 1, 1);
            LocalDate b = LocalDate.of(year, 12, 31).isAfter(to) ? to : LocalDate.of(year, 12, 31);
            double xa = x(a);
            double xb = x(b.plusDays(1));
            h.raw("<rect class=\"" + (year % 2 == 0 ? "band-even" : "band-odd") + "\" x=\"" + Svg.num(xa)
                    + "\" y=\"" + (AXIS_HEIGHT - 6) + "\" width=\"" + Svg.num(xb - xa) + "\" height=\""
                    + (height - AXIS_HEIGHT + 6) + "\"/>");
            h.raw("<text class=\"axis\" x=\"" + Svg.num((xa + xb) / 2) + "\" y=\"16\" text-anchor=\"middle\">" + year
                    + "</text>");
        }
    }

    private void row(Item item, int row) {
        double y = AXIS_HEIGHT + row * ROW_HEIGHT;
        double mid = y + ROW_HEIGHT / 2.0;
        ProgressState state = item.stateOn(page.asOf());
        h.raw("<g class=\"tl-row\"")
                .attr("data-item", item.id().value())
                .attr("data-state", state.code())
                .raw(">");
        if (row % 2 == 1) {
            h.raw("<rect class=\"zebra\" x=\"0\" y=\"" + Svg.num(y) + "\" width=\"" + Svg.num(X0 - 6) + "\" height=\""
                    + ROW_HEIGHT + "\"/>");
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
            double xd = x(due.get());
            if (begin != null && begin.isBefore(due.get())) {
                double xs = x(begin);
                h.raw("<rect class=\"" + cls + " bar\" x=\"" + Svg.num(xs) + "\" y=\"" + Svg.num(mid - 4)
                        + "\" width=\"" + Svg.num(Math.max(1, xd - xs)) + "\" height=\"8\" rx=\"4\"/>");
            }
            h.raw("<path class=\"" + cls + "\" d=\"M" + Svg.num(xd) + " " + Svg.num(mid - 7) + " L"
                            + Svg.num(xd + 7) + " " + Svg.num(mid) + " L" + Svg.num(xd) + " " + Svg.num(mid + 7)
                            + " L" + Svg.num(xd - 7) + " " + Svg.num(mid) + " Z\"><title>")
                    .text(ItemText.deadline(item, page.lang()) + " — " + state.label(page.lang()))
                    .raw("</title></path>");
        } else {
            // recurring or ongoing: a dashed line across the whole period
            h.raw("<line class=\"" + cls + " recurring\" x1=\"" + Svg.num(X0) + "\" x2=\"" + Svg.num(X1) + "\" y1=\""
                    + Svg.num(mid) + "\" y2=\"" + Svg.num(mid) + "\"/>");
            String when = item.deadlineText(page.lang()).orElse(page.pick("Chưa có hạn", "No deadline"));
            h.raw("<text class=\"tl-note\" x=\"" + Svg.num(X1) + "\" y=\"" + Svg.num(mid - 4)
                            + "\" text-anchor=\"end\">")
                    .text(when)
                    .raw("</text>");
        }
        h.raw("</g>");
    }

    /** The request's date, when it falls on the chart. */
    private void today(int height) {
        LocalDate asOf = page.asOf();
        if (!asOf.isBefore(from) && !asOf.isAfter(to)) {
            double xt = x(asOf);
            h.raw("<line class=\"today\" x1=\"" + Svg.num(xt) + "\" x2=\"" + Svg.num(xt) + "\" y1=\""
                    + (AXIS_HEIGHT - 8) + "\" y2=\"" + height + "\"/>");
            h.svgText(
                    xt + 4,
                    AXIS_HEIGHT - 10,
                    " class=\"today-label\"",
                    "Ngày lập " + Numbers.date(asOf),
                    "As of " + Numbers.date(asOf));
        }
    }

    private void legend(int hidden) {
        h.raw("<figcaption class=\"legend\">");
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

    /** {@code text} cut to {@code max} characters with an ellipsis. */
    static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1).stripTrailing() + "…";
    }
}
