package org.civicplan.export.xlsx.internal;

import java.io.IOException;
import java.util.List;
import java.util.StringJoiner;
import org.civicplan.core.Lang;
import org.civicplan.core.NumberText;
import org.civicplan.core.model.Target;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.Review;
import org.dhatim.fastexcel.Worksheet;

/**
 * "Chỉ tiêu": per program, each indicator's value for the review period against the period's and
 * the final target, the achievement and the standing (coloured), then the count per standing.
 */
final class IndicatorSheet {
    private static final List<Column> COLUMNS = List.of(
            new Column("Mã", "Code", 11),
            new Column("Chỉ tiêu", "Indicator", 46),
            new Column("Đơn vị tính", "Unit", 14),
            new Column("Kết quả trong kỳ", "Value for the period", 14),
            new Column("Mục tiêu của kỳ", "Target for the period", 16),
            new Column("Mục tiêu cuối kỳ", "Final target", 16),
            new Column("Tỷ lệ đạt (%)", "Achievement (%)", 12),
            new Column("Đánh giá", "Standing", 20));

    private final Report report;

    IndicatorSheet(Report report) {
        this.report = report;
    }

    void write(Worksheet ws, List<Review> reviews, Period period) throws IOException {
        Lang lang = report.lang();
        SheetLayout sheet =
                report.periodSheet(ws, COLUMNS, COLUMNS.size(), "KẾT QUẢ THỰC HIỆN CHỈ TIÊU, ", "INDICATORS, ", period);
        int last = COLUMNS.size() - 1;
        int row = 1;
        for (Review review : reviews) {
            row = report.programHeading(sheet, row, last, review);
            sheet.header(row++, COLUMNS);
            for (Review.IndicatorLine line : review.indicators()) {
                indicatorRow(sheet, row++, line);
            }
            row++;
            StringJoiner counts = new StringJoiner("; ");
            review.indicatorCounts().forEach((rag, n) -> counts.add(rag.label(lang) + ": " + n));
            sheet.note(row++, last, counts.toString(), false);
        }
        sheet.finish();
    }

    private void indicatorRow(SheetLayout sheet, int row, Review.IndicatorLine line) {
        int c = 0;
        sheet.cell(row, c++, line.code().value()).set();
        sheet.cell(row, c++, line.name()).set();
        sheet.cell(row, c++, line.unitOfMeasure().orElse("")).set();
        if (line.value().isPresent()) {
            sheet.number(row, c++, line.value().get().value());
        } else {
            sheet.cell(row, c++, "").set();
        }
        sheet.cell(row, c++, line.target().map(this::target).orElse("")).set();
        sheet.cell(row, c++, line.finalTarget().map(this::target).orElse("")).set();
        if (line.achievementPercent().isPresent()) {
            sheet.number(row, c++, line.achievementPercent().get());
        } else {
            sheet.cell(row, c++, "").set();
        }
        sheet.cell(row, c, line.rag().label(report.lang()))
                .fillColor(Colours.of(line.rag()))
                .set();
    }

    /** "≥ 40 (Năm 2025)". */
    private String target(Target target) {
        String sign =
                switch (target.comparison()) {
                    case AT_LEAST -> "≥ ";
                    case AT_MOST -> "≤ ";
                    case EQUAL -> "= ";
                };
        return sign + NumberText.number(target.value(), report.lang()) + " ("
                + target.period().format(report.lang()) + ")";
    }
}
