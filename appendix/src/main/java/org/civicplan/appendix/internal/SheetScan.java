package org.civicplan.appendix.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dhatim.fastexcel.reader.CellRangeAddress;

/**
 * What fastexcel-reader does not tell about a sheet, read in one streaming pass over its XML before
 * the rows are: the merged regions ({@code <mergeCells>} comes after the rows in the file) and the
 * hidden columns. Also maps the workbook's relationship ids to sheet parts.
 */
final class SheetScan {
    final List<CellRangeAddress> merges = new ArrayList<>();
    final List<int[]> hiddenColumns = new ArrayList<>();

    private SheetScan() {}

    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    /** Relationship id to part name, from {@code xl/_rels/workbook.xml.rels}. */
    static Map<String, String> sheetParts(ZipFile zip) throws IOException, XMLStreamException {
        Map<String, String> parts = new HashMap<>();
        ZipEntry rels = zip.getEntry("xl/_rels/workbook.xml.rels");
        if (rels == null) {
            return parts;
        }
        try (InputStream in = zip.getInputStream(rels)) {
            XMLStreamReader x = factory().createXMLStreamReader(in);
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT
                        && x.getLocalName().equals("Relationship")) {
                    String target = x.getAttributeValue(null, "Target");
                    String id = x.getAttributeValue(null, "Id");
                    if (target != null && id != null) {
                        parts.put(id, target.startsWith("/") ? target.substring(1) : "xl/" + target);
                    }
                }
            }
            x.close();
        }
        return parts;
    }

    static SheetScan of(ZipFile zip, String part) throws IOException, XMLStreamException {
        SheetScan scan = new SheetScan();
        ZipEntry entry = part == null ? null : zip.getEntry(part);
        if (entry == null) {
            return scan;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader x = factory().createXMLStreamReader(in);
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = x.getLocalName();
                if (name.equals("col") && isTrue(x.getAttributeValue(null, "hidden"))) {
                    scan.hiddenColumns.add(new int[] {
                        Integer.parseInt(x.getAttributeValue(null, "min")) - 1,
                        Integer.parseInt(x.getAttributeValue(null, "max")) - 1
                    });
                } else if (name.equals("mergeCell")) {
                    String ref = x.getAttributeValue(null, "ref");
                    if (ref != null && ref.contains(":")) {
                        scan.merges.add(CellRangeAddress.valueOf(ref));
                    }
                }
            }
            x.close();
        }
        scan.merges.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
        return scan;
    }

    private static boolean isTrue(String value) {
        return "1".equals(value) || "true".equals(value);
    }
}
