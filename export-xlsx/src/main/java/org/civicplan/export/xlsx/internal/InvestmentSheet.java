package org.civicplan.export.xlsx.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
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
 *
 * <p>The candidates are collected from the items the appendix sheets read ({@link #add}), so the
 * workbook reads each plan's items once; only a candidate's cells are kept until the sheet is
 * written, after the review sheets.
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
    private final List<Candidate> candidates = new ArrayList<>();

    InvestmentSheet(Report report) {
        this.report = report;
    }

    /** One candidate's cells, as the sheet writes them. */
    private record Candidate(
            String title,
            String planAndNumber,
            String lead,
            String group,
            Vnd estimated,
            String deadline,
            String note) {}

    /** Keeps the public-investment candidates among {@code items} of {@code plan}, in their order. */
    void add(Plan plan, List<Item> items) {
        Lang lang = report.lang();
        for (Item item : items) {
            if (item.publicInvestment().isEmpty()) {
                continue;
            }
            PublicInvestment pi = item.publicInvestment().get();
            candidates.add(new Candidate(
                    item.title(),
                    plan.id().value() + " / " + item.number(),
                    ItemText.leadUnits(item, report.units(), ItemText.UNITS_IN_CELL),
                    pi.projectGroup().orElse(""),
                    pi.estimatedTotal(),
                    ItemText.deadline(item, lang),
                    pi.note().orElse("")));
        }
    }

    /** Writes the candidates {@link #add}ed so far, numbered, and their total. */
    void write(Worksheet ws) throws IOException {
        SheetLayout sheet = new SheetLayout(ws, report.lang(), COLUMNS);
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
        for (Candidate candidate : candidates) {
            int c = 0;
            sheet.cell(row, c++, ++n).horizontalAlignment("center").set();
            sheet.cell(row, c++, candidate.title()).set();
            sheet.cell(row, c++, candidate.planAndNumber()).set();
            sheet.cell(row, c++, candidate.lead()).set();
            sheet.cell(row, c++, candidate.group())
                    .horizontalAlignment("center")
                    .set();
            sheet.money(row, c++, candidate.estimated(), false);
            sheet.cell(row, c++, candidate.deadline())
                    .horizontalAlignment("center")
                    .set();
            sheet.cell(row, c, candidate.note()).set();
            total = total.add(candidate.estimated().dong());
            row++;
            sheet.flushAt(row);
        }
        sheet.cell(row, 1, report.pick("Tổng cộng", "Total")).bold().set();
        sheet.money(row, 5, new Vnd(total), true);
        sheet.finish();
    }
}
