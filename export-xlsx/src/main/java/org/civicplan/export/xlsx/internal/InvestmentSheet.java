package org.civicplan.export.xlsx.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.civicplan.core.Lang;
import org.civicplan.core.export.ItemText;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PublicInvestment;
import org.civicplan.core.money.Vnd;
import org.dhatim.fastexcel.Worksheet;

/**
 * "Đầu tư công": the items proposed for medium-term public investment, with project group,
 * estimated total investment and deadline, and the total.
 */
final class InvestmentSheet {
    private static final List<Column> COLUMNS = List.of(
            new Column("STT", "No.", 6),
            new Column("Tên dự án", "Project", 46),
            new Column("Kế hoạch", "Plan", 14),
            new Column("Cơ quan chủ trì", "Lead agency", 20),
            new Column("Nhóm dự án", "Project group", 10),
            new Column("Tổng mức đầu tư dự kiến (đồng)", "Estimated total investment (VND)", 22),
            new Column("Thời gian hoàn thành", "Deadline", 14),
            new Column("Ghi chú", "Note", 24));
    private static final int HEADER_ROW = 2;

    private final Report report;

    InvestmentSheet(Report report) {
        this.report = report;
    }

    void write(Worksheet ws, List<Plan> plans) throws IOException {
        Lang lang = report.lang();
        SheetLayout sheet = new SheetLayout(ws, lang, COLUMNS);
        sheet.title(
                0,
                COLUMNS.size() - 1,
                report.pick(
                        "DANH MỤC DỰ ÁN ĐỀ XUẤT CHUẨN BỊ ĐẦU TƯ CÔNG TRUNG HẠN",
                        "MEDIUM-TERM PUBLIC INVESTMENT CANDIDATES"),
                13);
        sheet.header(HEADER_ROW, COLUMNS);
        sheet.printSetup(HEADER_ROW);
        ws.freezePane(0, HEADER_ROW + 1);
        int row = HEADER_ROW + 1;
        int n = 0;
        BigInteger total = BigInteger.ZERO;
        for (Plan plan : plans) {
            for (Item item : report.request().store().items().byPlan(plan.id())) {
                if (item.publicInvestment().isEmpty()) {
                    continue;
                }
                PublicInvestment pi = item.publicInvestment().get();
                int c = 0;
                sheet.cell(row, c++, ++n).horizontalAlignment("center").set();
                sheet.cell(row, c++, item.title()).set();
                sheet.cell(row, c++, plan.id().value() + " / " + item.number()).set();
                sheet.cell(row, c++, ItemText.leadUnits(item, report.units(), ItemText.UNITS_IN_CELL))
                        .set();
                sheet.cell(row, c++, pi.projectGroup().orElse(""))
                        .horizontalAlignment("center")
                        .set();
                sheet.money(row, c++, pi.estimatedTotal(), false);
                sheet.cell(row, c++, ItemText.deadline(item, lang))
                        .horizontalAlignment("center")
                        .set();
                sheet.cell(row, c, pi.note().orElse("")).set();
                total = total.add(pi.estimatedTotal().dong());
                row++;
                sheet.flushAt(row);
            }
        }
        sheet.cell(row, 1, report.pick("Tổng cộng", "Total")).bold().set();
        sheet.money(row, 5, new Vnd(total), true);
        sheet.finish();
    }
}
