package org.civicplan.appendix.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.reader.CellRangeAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The byte scanner of a sheet part finds the same merged regions and hidden columns as the XML
 * parser, or leaves the part to it (null). Made-up sheet XML.
 */
class SheetScanTest {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
            + " xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
            + " xmlns:xr=\"http://schemas.microsoft.com/office/spreadsheetml/2014/revision\">";

    @ParameterizedTest
    @ValueSource(
            strings = {
                // the usual layout: columns, rows, then the merged regions
                "<cols><col min=\"2\" max=\"3\" width=\"9\" hidden=\"1\"/><col min=\"5\" max=\"5\" hidden=\"0\"/></cols>"
                        + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData>"
                        + "<mergeCells count=\"2\"><mergeCell ref=\"A3:F3\"/><mergeCell ref=\"C2:C4\"/></mergeCells>",
                // prefixed elements, single quotes, a ">" inside a value, spaces around "="
                "<x:cols><x:col min='4' max = '4' hidden='true' style='1'/></x:cols><x:sheetData/>"
                        + "<x:mergeCells><x:mergeCell ref='B1:B9' xr:uid='{a>b}'></x:mergeCell></x:mergeCells>",
                // markup that only looks like a merged region: in a comment, a CDATA section, a text
                "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t><![CDATA[<mergeCell ref=\"A1:Z9\"/>]]></t></is></c>"
                        + "<c r=\"B1\" t=\"inlineStr\"><is><t>a &lt;mergeCell ref=\"A1:B2\"/&gt; b</t></is></c></row></sheetData>"
                        + "<!-- <mergeCell ref=\"A1:C3\"/> --><?pi <mergeCell ref=\"A1:D4\"/>?>"
                        + "<mergeCells><mergeCell ref=\"D10:E11\"/></mergeCells>",
                // no merged region, no hidden column; a single cell "range" is not one
                "<sheetData/><mergeCells><mergeCell ref=\"A1\"/></mergeCells>"
            })
    void findsWhatTheParserFinds(String body) throws Exception {
        byte[] xml = (HEAD + body + "</worksheet>").getBytes(StandardCharsets.UTF_8);
        SheetScan parsed = SheetScan.ofXml(new ByteArrayInputStream(xml));
        SheetScan scanned = SheetScan.ofBytes(new ByteArrayInputStream(xml));
        assertThat(scanned).isNotNull();
        assertThat(refs(scanned.merges)).isEqualTo(refs(parsed.merges));
        assertThat(scanned.hiddenColumns)
                .usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(parsed.hiddenColumns);
        assertThat(scanned.merges.size() + scanned.hiddenColumns.size())
                .isEqualTo(body.contains("A3:F3") ? 3 : body.contains("B1:B9") ? 2 : body.contains("D10:E11") ? 1 : 0);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<mergeCells><mergeCell ref=\"A&#49;:B2\"/></mergeCells>",
                "<mergeCells><mergeCell x:ref=\"A1:B2\"/></mergeCells>",
                "<mergeCells><mergeCell ref=\"A1:B2",
                "<mergeCells><mergeCell ref=\"not a range:at all\"/></mergeCells>"
            })
    void leavesToTheParserWhatItDoesNotRead(String body) throws Exception {
        byte[] xml = (HEAD + body + "</worksheet>").getBytes(StandardCharsets.UTF_8);
        assertThat(SheetScan.ofBytes(new ByteArrayInputStream(xml))).isNull();
    }

    /**
     * Markup the XML parser refuses is left to it, so the reader reports the damage instead of
     * reading on: a stray end tag, an end tag that closes another element, an element never closed.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "</cols><col min=\"4\" max=\"4\"/></worksheet>",
                "<cols><col min=\"4\" max=\"4\" hidden=\"1\"/></sheetData><sheetData/></worksheet>",
                "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>",
                "<mergeCells><mergeCell ref=\"A1:B2\"></mergeCells></worksheet>"
            })
    void leavesBrokenNestingToTheParser(String body) throws Exception {
        byte[] xml = (HEAD + body).getBytes(StandardCharsets.UTF_8);
        assertThat(SheetScan.ofBytes(new ByteArrayInputStream(xml))).isNull();
        assertThatThrownBy(() -> SheetScan.ofXml(new ByteArrayInputStream(xml)))
                .isInstanceOf(javax.xml.stream.XMLStreamException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void leavesOtherEncodingsToTheParser(String charset) throws Exception {
        byte[] xml = (HEAD.replace("UTF-8", charset)
                        + "<mergeCells><mergeCell ref=\"A1:B2\"/></mergeCells></worksheet>")
                .getBytes(charset);
        assertThat(SheetScan.ofBytes(new ByteArrayInputStream(xml))).isNull();
    }

    private static List<String> refs(List<CellRangeAddress> merges) {
        return merges.stream()
                .map(m -> m.getFirstRow() + "," + m.getFirstColumn() + ":" + m.getLastRow() + "," + m.getLastColumn())
                .toList();
    }
}
