package org.civicplan.export.xlsx.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.civicplan.core.Lang;
import org.civicplan.core.export.ExportScope;
import org.civicplan.core.export.ItemText;
import org.civicplan.core.model.Program;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.Review;
import org.civicplan.core.review.ReviewKind;
import org.civicplan.core.review.ReviewStatus;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Worksheet;

/**
 * "Sơ kết": per program, each item's review status in the period, then the scorecard by unit (items
 * led, count per status) and the units that did not report.
 */
final class ReviewSheet {
    private static final List<Column> ITEM_COLUMNS = List.of(
            new Column("STT", "No.", 6),
            new Column("Nhiệm vụ", "Task", 46),
            new Column("Kế hoạch", "Plan", 14),
            new Column("Cơ quan chủ trì", "Lead agency", 18),
            new Column("Hạn hoàn thành", "Due", 13),
            new Column("Tình trạng", "Status", 18),
            new Column("Tỷ lệ hoàn thành (%)", "Done (%)", 11),
            new Column("Ngày hoàn thành", "Completed on", 13));

    /** The scorecard's statuses: every item state (an item's status is its state, never "not reported"). */
    private static final List<ReviewStatus> STATUSES = java.util.Arrays.stream(ReviewStatus.values())
            .filter(s -> s != ReviewStatus.NOT_REPORTED)
            .toList();

    private final Report report;

    ReviewSheet(Report report) {
        this.report = report;
    }

    /**
     * Reviews the programs one at a time, writing each review's item and unit lines as it comes.
     * Returns the reviews without those lines (the later sheets need only indicators and
     * resources), so a whole portfolio's item lines are never all held at once.
     */
    List<Review> write(Worksheet ws, List<Program> programs, Period period) throws IOException {
        int width = Math.max(ITEM_COLUMNS.size(), 4 + STATUSES.size());
        // sơ kết for less than a year, tổng kết for a year or several (ReviewKind)
        ReviewKind kind = ReviewKind.of(period);
        SheetLayout sheet = report.periodSheet(
                ws,
                ITEM_COLUMNS,
                width,
                kind.vi().toUpperCase(Lang.VI.locale()) + " ",
                kind.en().toUpperCase(Lang.EN.locale()) + ", ",
                period);
        int last = ITEM_COLUMNS.size() - 1;
        int row = 1;
        List<Review> reviewed = new ArrayList<>(programs.size());
        for (Program program : programs) {
            Review review = ExportScope.review(report.request(), program.id(), period);
            reviewed.add(withoutLines(review));
            row = report.programHeading(sheet, row, last, review);
            sheet.note(
                    row++,
                    last,
                    report.pick("Tình hình thực hiện nhiệm vụ đến ngày ", "Tasks as of ") + Report.date(review.asOf()),
                    true);
            sheet.header(row++, ITEM_COLUMNS);
            // every lead unit of each item, one per line, as the appendix prints them: from the line,
            // which keeps the plan's words, with no second read of the items
            for (Review.ItemLine line : review.items()) {
                itemRow(sheet, row++, line, ItemText.leadUnits(line, report.units(), ItemText.UNITS_IN_CELL));
                sheet.flushAt(row);
            }
            row++;
            row = units(sheet, row, last, review);
        }
        sheet.finish();
        return reviewed;
    }

    private static Review withoutLines(Review review) {
        return new Review(
                review.program(),
                review.reporting(),
                review.asOf(),
                List.of(),
                review.indicators(),
                List.of(),
                List.of(),
                review.resources(),
                List.of(),
                List.of());
    }

    private void itemRow(SheetLayout sheet, int row, Review.ItemLine line, String leads) {
        Lang lang = report.lang();
        int c = 0;
        sheet.cell(row, c++, line.number()).horizontalAlignment("center").set();
        sheet.cell(row, c++, line.title()).set();
        sheet.cell(row, c++, line.plan().value()).set();
        sheet.cell(row, c++, leads).set();
        sheet.date(row, c++, line.due());
        sheet.cell(row, c++, line.status().label(lang))
                .fillColor(Colours.of(line.status()))
                .set();
        if (line.percentDone().isPresent()) {
            sheet.cell(row, c++, line.percentDone().get())
                    .horizontalAlignment("center")
                    .set();
        } else {
            sheet.cell(row, c++, "").set();
        }
        sheet.date(row, c, line.completedOn());
    }

    /** The scorecard by unit from {@code row}; returns the row after it. */
    private int units(SheetLayout sheet, int row, int last, Review review) {
        Lang lang = report.lang();
        sheet.note(row++, last, report.pick("Kết quả theo đơn vị", "By unit"), true);
        List<Column> cols = new ArrayList<>();
        cols.add(new Column("STT", "No."));
        cols.add(new Column("Đơn vị", "Unit"));
        cols.add(new Column("Báo cáo", "Report"));
        cols.add(new Column("Số nhiệm vụ", "Items"));
        for (ReviewStatus s : STATUSES) {
            cols.add(new Column(s.vi(), s.en()));
        }
        sheet.header(row++, cols);
        int n = 0;
        for (Review.UnitScore score : review.units()) {
            int c = 0;
            sheet.cell(row, c++, ++n).horizontalAlignment("center").set();
            sheet.cell(row, c++, report.units().nameOf(score.unit())).set();
            sheet.cell(
                            row,
                            c++,
                            score.report().map(r -> r.label(lang)).orElse(report.pick("Chưa báo cáo", "Not reported")))
                    .set();
            sheet.cell(row, c++, score.itemsLed()).horizontalAlignment("center").set();
            for (ReviewStatus s : STATUSES) {
                int count = score.count(s);
                StyleSetter st = sheet.cell(row, c++, count).horizontalAlignment("center");
                if (count > 0) {
                    st.fillColor(Colours.of(s));
                }
                st.set();
            }
            row++;
        }
        if (!review.unitsNotReported().isEmpty()) {
            row++;
            sheet.note(
                    row++,
                    last,
                    report.pick("Đơn vị chưa báo cáo: ", "Units that did not report: ")
                            + report.names(review.unitsNotReported()),
                    false);
        }
        return row;
    }
}
