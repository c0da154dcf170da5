package org.civicplan.appendix.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The byte scanner against the XML parser over made-up sheet parts built from a fixed seed (prefixes,
 * quotes, tabs and line breaks, comments, CDATA, instructions, entities elsewhere, odd references):
 * wherever the parser reads the part and the scanner does not leave it to the parser, both find the
 * same merged regions and hidden columns; the scanner never throws.
 */
class SheetScanFuzzTest {
    static final String[] BITS = {
        "<col min=\"1\" max=\"2\" hidden=\"1\"/>",
        "<col min='3' max='3' hidden='true'/>",
        "<col min=\"4\" max=\"4\"/>",
        "<x:col min=\"5\" max=\"6\" hidden=\"1\"/>",
        "<col hidden=\"1\" min=\"7\" max=\"7\"></col>",
        "<mergeCell ref=\"A1:B2\"/>",
        "<x:mergeCell ref='C3:D4'/>",
        "<mergeCell ref=\"E5\"/>",
        "<mergeCell\nref=\"F1:F9\"\n/>",
        "<!-- c -->",
        "<!---->",
        "<!-- <mergeCell ref=\"A1:Z9\"/> -->",
        "<![CDATA[<col min=\"9\" max=\"9\" hidden=\"1\"/>]]>",
        "<?pi x?>",
        "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>",
        "<t>a &amp; b</t>",
        "<t xml:space=\"preserve\"> x </t>",
        "<col min=\"8\" max=\"8\" hidden=\"1\" xr:uid=\"{a>b}\"/>",
        "<mergeCell ref=\"G1:H2\" xr:uid='q\"q'/>",
        "<col min=\" 9\" max=\"9 \" hidden=\"1\"/>",
        "<mergeCell ref=\"A1:B2 \"/>",
        "<col min=\"10\" max=\"10\" hidden=\"false\"/>",
        "<col min=\"11\" max=\"11\" hidden=\"TRUE\"/>",
        "<colBreaks/>",
        "<cols>",
        "</cols>",
        "<mergeCells>",
        "</mergeCells>",
        "\u00e9\u1ea1",
        "<t>\uD83D\uDE00</t>",
        "<mergeCell ref=\"a1:b2\"/>",
        "<mergeCell ref=\"$A$1:$B$2\"/>",
        "<mergeCell ref=\"A1:B2\" ref2=\"x\"/>",
        "<col min=\"12\" max=\"12\" hidden=\"1\" style=\"a&lt;b\"/>",
        "<mergeCell ref=\"A1:B2\"\t/>",
        "<col\tmin=\"13\"\tmax=\"13\"\thidden=\"1\"/>",
        "<mergeCell ref=\"A1:B\"/>"
    };

    @Test
    void byteScanAsParser() throws Exception {
        Random random = new Random(3);
        List<String> failures = new ArrayList<>();
        String head =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:xr=\"http://x\">";
        int compared = 0;
        for (int i = 0; i < 10000 && failures.size() < 10; i++) {
            StringBuilder b = new StringBuilder(head);
            int n = random.nextInt(10);
            for (int k = 0; k < n; k++) b.append(BITS[random.nextInt(BITS.length)]);
            b.append("</worksheet>");
            byte[] xml = b.toString().getBytes(StandardCharsets.UTF_8);
            String parsed;
            try {
                SheetScan p = SheetScan.ofXml(new ByteArrayInputStream(xml));
                parsed = show(p);
            } catch (Exception e) {
                parsed = "parser-fails";
            }
            SheetScan s;
            try {
                s = SheetScan.ofBytes(new ByteArrayInputStream(xml));
            } catch (Exception e) {
                failures.add("bytes threw " + e + " on " + b);
                continue;
            }
            if (s == null || parsed.equals("parser-fails")) continue;
            compared++;
            if (!show(s).equals(parsed)) failures.add("bytes=" + show(s) + " parser=" + parsed + " on " + b);
        }
        assertThat(failures)
                .as("parts where the byte scanner and the XML parser disagree")
                .isEmpty();
        assertThat(compared).as("parts both read and compared").isGreaterThanOrEqualTo(300);
    }

    static String show(SheetScan s) {
        StringBuilder b = new StringBuilder();
        s.merges.forEach(m -> b.append(m.getFirstRow())
                .append(',')
                .append(m.getFirstColumn())
                .append(':')
                .append(m.getLastRow())
                .append(',')
                .append(m.getLastColumn())
                .append(' '));
        s.hiddenColumns.forEach(
                c -> b.append('[').append(c[0]).append('-').append(c[1]).append(']'));
        return b.toString();
    }
}
