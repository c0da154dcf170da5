package org.civicplan.export.docx.internal;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.civicplan.core.Lang;
import org.civicplan.core.export.AppendixSection;
import org.civicplan.core.export.ExportScope;
import org.civicplan.core.export.ItemText;
import org.civicplan.core.export.NonClosingOutputStream;
import org.civicplan.core.export.UnableToExportException;
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
 * straight into the zip stream, row by row.
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

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final ExportRequest request;
    private final Lang lang;
    private final UnitDirectory units;
    private Writer out;

    public AppendixDocument(ExportRequest request) {
        this.request = requireNonNull(request, "request is null");
        this.lang = request.lang();
        this.units = request.store().units().directory();
    }

    public void write(OutputStream target) {
        try {
            ZipOutputStream zip = new ZipOutputStream(new NonClosingOutputStream(target), StandardCharsets.UTF_8);
            out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
            entry(zip, "[Content_Types].xml", Parts.CONTENT_TYPES);
            entry(zip, "_rels/.rels", Parts.ROOT_RELS);
            entry(zip, "word/_rels/document.xml.rels", Parts.DOCUMENT_RELS);
            entry(zip, "word/styles.xml", Parts.styles());
            entry(zip, "word/header1.xml", Parts.HEADER);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            document();
            out.flush();
            zip.closeEntry();
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw UnableToExportException.writing("tệp Word (docx)", "the Word document (docx)", e);
        }
    }

    private void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.flush();
        zip.closeEntry();
    }

    private void document() throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" + W
                + "\" xmlns:r=\"" + R + "\"><w:body>");
        List<Plan> plans = ExportScope.plans(request);
        for (int i = 0; i < plans.size(); i++) {
            if (i > 0) {
                out.write("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
            }
            appendix(plans.get(i), plans.size() > 1 ? " " + RomanNumerals.of(i + 1) : "");
        }
        if (plans.isEmpty()) {
            paragraph("center", false, false, 26, lang.pick("Không có kế hoạch", "No plan"));
        }
        out.write("<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>"
                + "<w:pgSz w:w=\"" + PAGE_WIDTH + "\" w:h=\"" + PAGE_HEIGHT + "\" w:orient=\"landscape\"/>"
                + "<w:pgMar w:top=\"" + MARGIN_TOP_BOTTOM + "\" w:right=\"" + MARGIN_RIGHT + "\" w:bottom=\""
                + MARGIN_TOP_BOTTOM + "\" w:left=\"" + MARGIN_LEFT + "\" w:header=\"567\" w:footer=\"567\""
                + " w:gutter=\"0\"/><w:pgNumType w:start=\"1\"/><w:titlePg/></w:sectPr>");
        out.write("</w:body></w:document>");
    }

    private void appendix(Plan plan, String suffix) throws IOException {
        paragraph("center", true, false, 26, lang.pick("Phụ lục", "Appendix") + suffix);
        paragraph("center", true, false, 26, lang.pick("DANH MỤC NHIỆM VỤ", "LIST OF TASKS"));
        paragraph("center", true, false, 26, plan.title());
        paragraph("center", false, true, 26, AppendixSection.attachedTo(plan, lang));
        paragraph("center", false, false, 26, "");

        out.write("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
                + "<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/>"
                + "<w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>");
        for (int w : WIDTHS) {
            out.write("<w:gridCol w:w=\"" + w + "\"/>");
        }
        out.write("</w:tblGrid>");
        out.write("<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>");
        String[][] header = {
            {"STT", "No."},
            {"Nhiệm vụ", "Task"},
            {"Cơ quan chủ trì", "Lead agency"},
            {"Cơ quan phối hợp", "Coordinating agencies"},
            {"Thời gian hoàn thành", "Deadline"},
            {"Sản phẩm", "Product"},
            {"Cấp trình", "Approved by"}
        };
        for (int c = 0; c < header.length; c++) {
            cell(WIDTHS[c], 1, "center", true, lang.pick(header[c][0], header[c][1]));
        }
        out.write("</w:tr>");

        List<Item> items = request.store().items().byPlan(plan.id());
        for (AppendixSection section : AppendixSection.of(plan, items, lang)) {
            if (section.headed()) {
                sectionRow(section.numeral(), section.heading());
            }
            for (Item item : section.items()) {
                itemRow(item);
            }
        }
        out.write("</w:tbl>");
    }

    private void sectionRow(String numeral, String heading) throws IOException {
        out.write("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        cell(WIDTHS[0], 1, "center", true, numeral);
        int rest = 0;
        for (int c = 1; c < WIDTHS.length; c++) {
            rest += WIDTHS[c];
        }
        cell(rest, WIDTHS.length - 1, "left", true, heading);
        out.write("</w:tr>");
    }

    private void itemRow(Item item) throws IOException {
        out.write("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        cell(WIDTHS[0], 1, "center", false, Integer.toString(item.number()));
        cell(WIDTHS[1], 1, "left", false, item.title());
        cell(
                WIDTHS[2],
                1,
                "center",
                false,
                ItemText.unitNames(units, item.assignment().leadUnits(), ", "));
        cell(
                WIDTHS[3],
                1,
                "center",
                false,
                ItemText.unitNames(units, item.assignment().coordinatingUnits(), ", "));
        cell(WIDTHS[4], 1, "center", false, ItemText.deadline(item, lang));
        cell(WIDTHS[5], 1, "left", false, ItemText.product(item.product(), lang));
        cell(
                WIDTHS[6],
                1,
                "center",
                false,
                item.approvalLevel().map(a -> a.label(lang)).orElse(""));
        out.write("</w:tr>");
    }

    private void cell(int width, int span, String align, boolean bold, String text) throws IOException {
        out.write("<w:tc><w:tcPr><w:tcW w:w=\"" + width + "\" w:type=\"dxa\"/>");
        if (span > 1) {
            out.write("<w:gridSpan w:val=\"" + span + "\"/>");
        }
        out.write("<w:vAlign w:val=\"center\"/></w:tcPr>");
        paragraph(align, bold, false, 24, text);
        out.write("</w:tc>");
    }

    private void paragraph(String align, boolean bold, boolean italic, int halfPoints, String text) throws IOException {
        out.write("<w:p><w:pPr><w:spacing w:before=\"40\" w:after=\"40\"/><w:jc w:val=\"" + align + "\"/></w:pPr>");
        if (!text.isEmpty()) {
            out.write("<w:r><w:rPr>");
            out.write(bold ? "<w:b/>" : "");
            out.write(italic ? "<w:i/>" : "");
            out.write("<w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/></w:rPr>");
            out.write("<w:t xml:space=\"preserve\">");
            out.write(Xml.escape(text));
            out.write("</w:t></w:r>");
        }
        out.write("</w:p>");
    }
}
