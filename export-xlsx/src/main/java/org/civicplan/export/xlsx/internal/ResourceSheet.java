package org.civicplan.export.xlsx.internal;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.civicplan.core.Lang;
import org.civicplan.core.model.FundingSource;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.Review;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Worksheet;

/**
 * "Nguồn lực": per program, planned and reported spending by funding source, lead unit and year,
 * with the share spent; a subtotal per funding source and the program's total.
 */
final class ResourceSheet {
    private static final List<Column> COLUMNS = List.of(
            new Column("Nguồn vốn", "Funding source", 28),
            new Column("Đơn vị chủ trì", "Lead unit", 24),
            new Column("Năm", "Year", 8),
            new Column("Kế hoạch (đồng)", "Planned (VND)", 20),
            new Column("Đã sử dụng (đồng)", "Reported spent (VND)", 20),
            new Column("Tỷ lệ (%)", "Share (%)", 10));

    private final Report report;

    ResourceSheet(Report report) {
        this.report = report;
    }

    void write(Worksheet ws, List<Review> reviews, Period period) throws IOException {
        Lang lang = report.lang();
        SheetLayout sheet =
                report.periodSheet(ws, COLUMNS, COLUMNS.size(), "NGUỒN LỰC THỰC HIỆN, ", "RESOURCES, ", period);
        int last = COLUMNS.size() - 1;
        int row = 1;
        for (Review review : reviews) {
            row = report.programHeading(sheet, row, last, review);
            sheet.header(row++, COLUMNS);
            Map<FundingSource, Vnd[]> bySource = new EnumMap<>(FundingSource.class);
            Vnd[] all = {Vnd.ZERO, Vnd.ZERO};
            for (Review.ResourceLine line : review.resources()) {
                sheet.cell(row, 0, line.source().label(lang)).set();
                sheet.cell(row, 1, report.units().nameOf(line.unit())).set();
                sheet.cell(row, 2, line.year()).horizontalAlignment("center").set();
                amounts(sheet, row, line.planned(), line.reported(), false);
                Vnd[] pair = bySource.computeIfAbsent(line.source(), k -> new Vnd[] {Vnd.ZERO, Vnd.ZERO});
                pair[0] = pair[0].plus(line.planned());
                pair[1] = pair[1].plus(line.reported());
                all[0] = all[0].plus(line.planned());
                all[1] = all[1].plus(line.reported());
                row++;
            }
            for (Map.Entry<FundingSource, Vnd[]> e : bySource.entrySet()) {
                sheet.cell(
                                row,
                                0,
                                report.pick("Cộng: ", "Subtotal: ") + e.getKey().label(lang))
                        .bold()
                        .set();
                sheet.merged(row, 0, 2).bold().borderStyle(BorderStyle.THIN).set();
                amounts(sheet, row, e.getValue()[0], e.getValue()[1], true);
                row++;
            }
            sheet.cell(row, 0, report.pick("Tổng cộng", "Total")).set();
            sheet.merged(row, 0, 2)
                    .bold()
                    .fillColor(Styles.SECTION_FILL)
                    .borderStyle(BorderStyle.THIN)
                    .set();
            amounts(sheet, row, all[0], all[1], true);
            row++;
        }
        sheet.finish();
    }

    /** Planned, reported and the share reported, in columns 3 to 5. */
    private static void amounts(SheetLayout sheet, int row, Vnd planned, Vnd reported, boolean bold) {
        sheet.money(row, 3, planned, bold);
        sheet.money(row, 4, reported, bold);
        sheet.share(row, 5, planned, reported, bold);
    }
}
