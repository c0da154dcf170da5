package org.civicplan.export.docx.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.civicplan.core.Lang;
import org.civicplan.core.export.AppendixSection;
import org.civicplan.core.export.ExportScope;
import org.civicplan.core.export.ItemText;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.text.RomanNumerals;

/**
 * Writes the plan appendix as a Word document (WordprocessingML written directly, no library) in
 * the presentation Decree 30/2020/NĐ-CP sets for administrative documents: A4, here landscape for
 * the wide table; margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman 13 pt
 * (12 pt in the table); page numbers centred at the top from the second page; the appendix heading
 * "Phụ lục", its name in bold capitals and "(Kèm theo ...)" in italics under it. The table's header
 * row repeats on every page; section rows carry Roman numerals. The document part is written
 * straight into the zip stream, row by row ({@link WordPackage}, {@link WordBody}).
 */
public final class AppendixDocument {
    /** A4 landscape in twentieths of a point. */
    public static final int PAGE_WIDTH = 16838;

    public static final int PAGE_HEIGHT = 11906;
    /** 20 mm, 30 mm, 15 mm. */
    public static final int MARGIN_TOP_BOTTOM = 1134;

    public static final int MARGIN_LEFT = 1701;
    public static final int MARGIN_RIGHT = 851;
    public static final String FONT = "Times New Roman";

    static final int[] WIDTHS = {700, 4200, 1900, 2400, 1500, 2300, 1286};

    private final ExportRequest request;
    private final Lang lang;
    private final UnitDirectory units;
    private WordBody body;

    public AppendixDocument(ExportRequest request) {
        this.request = requireNonNull(request, "request is null");
        this.lang = request.lang();
        this.units = request.store().units().directory();
    }

    public void write(OutputStream target) {
        WordPackage.write(target, "tệp Word (docx)", "the Word document (docx)", this::document);
    }

    private void document(WordBody wordBody) throws IOException {
        body = wordBody;
        List<Plan> plans = ExportScope.plans(request);
        for (int i = 0; i < plans.size(); i++) {
            if (i > 0) {
                body.pageBreak();
            }
            appendix(plans.get(i), plans.size() > 1 ? " " + RomanNumerals.of(i + 1) : "");
        }
        if (plans.isEmpty()) {
            body.paragraph("center", false, false, WordBody.BODY, lang.pick("Không có kế hoạch", "No plan"));
        }
        body.endSection(true, true, true);
    }

    private void appendix(Plan plan, String suffix) throws IOException {
        body.paragraph("center", true, false, WordBody.BODY, lang.pick("Phụ lục", "Appendix") + suffix);
        body.paragraph("center", true, false, WordBody.BODY, lang.pick("DANH MỤC NHIỆM VỤ", "LIST OF TASKS"));
        body.paragraph("center", true, false, WordBody.BODY, plan.title());
        body.paragraph("center", false, true, WordBody.BODY, AppendixSection.attachedTo(plan, lang));
        body.paragraph("center", false, false, WordBody.BODY, "");
        body.table(
                WIDTHS,
                List.of(
                        lang.pick("STT", "No."),
                        lang.pick("Nhiệm vụ", "Task"),
                        lang.pick("Cơ quan chủ trì", "Lead agency"),
                        lang.pick("Cơ quan phối hợp", "Coordinating agencies"),
                        lang.pick("Thời gian hoàn thành", "Deadline"),
                        lang.pick("Sản phẩm", "Product"),
                        lang.pick("Cấp trình", "Approved by")));
        List<Item> items = request.store().items().byPlan(plan.id());
        for (AppendixSection section : AppendixSection.of(plan, items, lang)) {
            if (section.headed()) {
                body.spanningRow(WIDTHS, section.numeral(), section.heading());
            }
            for (Item item : section.items()) {
                itemRow(item);
            }
        }
        body.endTable();
    }

    private void itemRow(Item item) throws IOException {
        body.row(
                WIDTHS,
                List.of(
                        Integer.toString(item.number()),
                        item.title(),
                        ItemText.leadUnits(item, units, ItemText.UNITS_IN_CELL),
                        ItemText.coordinatingUnits(item, units, ItemText.UNITS_IN_CELL),
                        ItemText.deadline(item, lang),
                        ItemText.product(item.product(), lang),
                        item.approvalLevel().map(a -> a.label(lang)).orElse("")),
                "center",
                "left",
                "center",
                "center",
                "center",
                "left",
                "center");
    }
}
