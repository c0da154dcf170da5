package org.civicplan.export.xlsx.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.civicplan.core.export.AppendixSection;
import org.civicplan.core.export.ItemText;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.ProgressState;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.text.XmlText;
import org.civicplan.export.xlsx.AppendixColumn;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Worksheet;

/**
 * "Phụ lục": a plan's list of tasks in the layout Vietnamese plans attach to them. "PHỤ LỤC", the
 * list's title and "(Kèm theo ...)" above the header row; Roman-numeral section rows; the seven
 * standard columns and the optional ones asked for; the total funding last.
 */
final class AppendixSheet {
    /** Rows above the header row: "PHỤ LỤC", the list's title, the plan it belongs to. */
    static final int HEADER_ROW = 3;

    private static final int FUNDING_COLUMN = 7;

    private final Report report;
    private final Set<AppendixColumn> optional;

    AppendixSheet(Report report, Set<AppendixColumn> optional) {
        this.report = report;
        this.optional = optional;
    }

    List<Column> columns() {
        List<Column> cols = new ArrayList<>(List.of(
                new Column("STT", "No.", 6),
                new Column("Nhiệm vụ", "Task", 40),
                new Column("Cơ quan chủ trì", "Lead agency", 16),
                new Column("Cơ quan phối hợp", "Coordinating agencies", 20),
                new Column("Thời gian hoàn thành", "Deadline", 13),
                new Column("Sản phẩm", "Product", 24),
                new Column("Cấp trình", "Approved by", 16)));
        if (optional.contains(AppendixColumn.FUNDING)) {
            cols.add(new Column("Kinh phí (đồng)", "Funding (VND)", 17));
        }
        if (optional.contains(AppendixColumn.FUNDING_SOURCES)) {
            cols.add(new Column("Nguồn vốn", "Funding sources", 18));
        }
        if (optional.contains(AppendixColumn.INDICATORS)) {
            cols.add(new Column("Chỉ tiêu liên quan", "Related indicators", 14));
        }
        if (optional.contains(AppendixColumn.STATUS)) {
            String on = Report.date(report.judgedOn());
            cols.add(new Column("Tình trạng đến " + on, "Status as of " + on, 14));
        }
        return cols;
    }

    /** Writes {@code plan}'s sheet of its {@code items} (in appendix order, as the store gives them). */
    void write(Worksheet ws, Plan plan, List<Item> items) throws IOException {
        List<Column> cols = columns();
        int last = cols.size() - 1;
        SheetLayout sheet = new SheetLayout(ws, report.lang(), cols);
        sheet.printSetup(HEADER_ROW);
        ws.freezePane(0, HEADER_ROW + 1);

        sheet.title(0, last, report.pick("PHỤ LỤC", "APPENDIX"), 13);
        sheet.title(1, last, report.pick("DANH MỤC NHIỆM VỤ", "LIST OF TASKS") + " — " + plan.title(), 12);
        SheetLayout.text(ws, 2, 0, XmlText.clean(AppendixSection.attachedTo(plan, report.lang())));
        sheet.merged(2, 0, last).italic().horizontalAlignment("center").set();
        sheet.header(HEADER_ROW, cols);

        int row = HEADER_ROW + 1;
        BigInteger total = BigInteger.ZERO;
        for (AppendixSection section : AppendixSection.of(plan, items, report.lang())) {
            if (section.headed()) {
                sectionRow(sheet, row++, last, section);
            }
            for (Item item : section.items()) {
                total = total.add(item.assignment().resources().total().dong());
                itemRow(sheet, row++, item);
                sheet.flushAt(row);
            }
        }
        if (optional.contains(AppendixColumn.FUNDING)) {
            ws.value(row, 1, report.pick("Tổng kinh phí", "Total funding"));
            ws.range(row, 1, row, FUNDING_COLUMN - 1).merge();
            sheet.range(row, 0, FUNDING_COLUMN - 1)
                    .bold()
                    .borderStyle(BorderStyle.THIN)
                    .set();
            ws.value(row, FUNDING_COLUMN, total);
            sheet.style(row, FUNDING_COLUMN)
                    .bold()
                    .format(Styles.MONEY)
                    .borderStyle(BorderStyle.THIN)
                    .set();
        }
        sheet.finish();
    }

    private static void sectionRow(SheetLayout sheet, int row, int last, AppendixSection section) {
        Worksheet ws = sheet.sheet();
        ws.value(row, 0, section.numeral());
        sheet.style(row, 0)
                .bold()
                .horizontalAlignment("center")
                .fillColor(Styles.SECTION_FILL)
                .borderStyle(BorderStyle.THIN)
                .set();
        SheetLayout.text(ws, row, 1, XmlText.clean(section.heading()));
        sheet.merged(row, 1, last)
                .bold()
                .fillColor(Styles.SECTION_FILL)
                .borderStyle(BorderStyle.THIN)
                .set();
    }

    private void itemRow(SheetLayout sheet, int row, Item item) {
        var lang = report.lang();
        int c = 0;
        sheet.cell(row, c++, item.number()).horizontalAlignment("center").set();
        sheet.cell(row, c++, item.title()).set();
        sheet.cell(row, c++, ItemText.leadUnits(item, report.units(), ItemText.UNITS_IN_CELL))
                .set();
        sheet.cell(row, c++, ItemText.coordinatingUnits(item, report.units(), ItemText.UNITS_IN_CELL))
                .set();
        sheet.cell(row, c++, ItemText.deadline(item, lang))
                .horizontalAlignment("center")
                .set();
        sheet.cell(row, c++, ItemText.product(item.product(), lang)).set();
        sheet.cell(row, c++, item.approvalLevel().map(a -> a.label(lang)).orElse(""))
                .set();
        if (optional.contains(AppendixColumn.FUNDING)) {
            Vnd total = item.assignment().resources().total();
            if (total.isZero()) {
                sheet.cell(row, c++, "").set();
            } else {
                sheet.sheet().value(row, c, total.dong());
                sheet.style(row, c++)
                        .format(Styles.MONEY)
                        .borderStyle(BorderStyle.THIN)
                        .set();
            }
        }
        if (optional.contains(AppendixColumn.FUNDING_SOURCES)) {
            sheet.cell(row, c++, ItemText.fundingSources(item, lang)).set();
        }
        if (optional.contains(AppendixColumn.INDICATORS)) {
            StringJoiner codes = new StringJoiner(", ");
            item.indicators().forEach(i -> codes.add(i.value()));
            sheet.cell(row, c++, codes.toString()).horizontalAlignment("center").set();
        }
        if (optional.contains(AppendixColumn.STATUS)) {
            ProgressState state = item.stateOn(report.judgedOn());
            sheet.cell(row, c, state.label(lang)).fillColor(Colours.of(state)).set();
        }
    }
}
