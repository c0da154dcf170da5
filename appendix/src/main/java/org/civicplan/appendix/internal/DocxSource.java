package org.civicplan.appendix.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.civicplan.appendix.Location;
import org.civicplan.appendix.ReadLimits;

/**
 * Streams the tables of a Word document, in order, row by row, into a {@link RowSink}. Apache POI
 * opens the package (with its zip-bomb limits set from the {@link ReadLimits}); the main document
 * part is then read with StAX, so a long table is never held whole. {@code w:gridSpan} becomes a
 * span, {@code w:vMerge} a cell merged down, {@code w:gridBefore} shifts the row; paragraphs and
 * breaks become lines; deleted text (tracked changes) is left out; a table nested in a cell adds its
 * text to that cell.
 */
final class DocxSource {
    private final Path file;
    private final String name;
    private final ReadLimits limits;

    DocxSource(Path file, ReadLimits limits) {
        this.file = file;
        this.name = file.getFileName().toString();
        this.limits = limits;
    }

    void read(RowSink sink) throws IOException, XMLStreamException, InvalidFormatException {
        // process-wide settings of POI; the file guard has already checked this file's parts
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (rels.size() == 0) {
                throw new InvalidFormatException("no main document part");
            }
            PackagePart main = pkg.getPart(rels.getRelationship(0));
            try (InputStream in = main.getInputStream()) {
                XMLStreamReader x = SheetScan.factory().createXMLStreamReader(in);
                walk(x, sink);
                x.close();
            }
        }
    }

    private void walk(XMLStreamReader x, RowSink sink) throws XMLStreamException {
        int tableDepth = 0;
        int tableNumber = 0;
        int rowNumber = 0;
        int column = 0;
        boolean rowHidden = false;
        List<RawCell> cells = new ArrayList<>();
        List<String> above = new ArrayList<>();
        List<Integer> aboveRow = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int span = 1;
        String vMerge = null;
        boolean vanish = false;
        boolean hiddenText = false;
        boolean inDeleted = false;
        boolean paragraphStarted = false;
        Location place = null;
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String el = x.getLocalName();
                switch (el) {
                    case "tbl" -> {
                        tableDepth++;
                        if (tableDepth == 1) {
                            tableNumber++;
                            rowNumber = 0;
                            above.clear();
                            aboveRow.clear();
                            place = Location.ofTable(name, tableNumber);
                            sink.begin(place, true);
                        }
                    }
                    case "tr" -> {
                        if (tableDepth == 1) {
                            rowNumber++;
                            column = 0;
                            rowHidden = false;
                            cells = new ArrayList<>();
                        }
                    }
                    case "gridBefore" -> column += tableDepth == 1 ? intAttr(x, 0) : 0;
                    case "hidden" -> rowHidden |= tableDepth == 1 && on(x);
                    case "tc" -> {
                        if (tableDepth == 1) {
                            text.setLength(0);
                            span = 1;
                            vMerge = null;
                            hiddenText = false;
                            paragraphStarted = false;
                        }
                    }
                    case "gridSpan" -> span = tableDepth == 1 ? Math.max(1, intAttr(x, 1)) : span;
                    case "vMerge" -> {
                        if (tableDepth == 1) {
                            String v = attr(x, "val");
                            vMerge = v == null ? "continue" : v;
                        }
                    }
                    case "p" -> {
                        if (tableDepth >= 1 && paragraphStarted) {
                            text.append('\n');
                        }
                        paragraphStarted = true;
                    }
                    case "r" -> vanish = false;
                    case "vanish" -> vanish = on(x);
                    case "del" -> inDeleted = true;
                    case "t" -> {
                        if (tableDepth >= 1 && !inDeleted) {
                            String t = x.getElementText();
                            if (!t.isEmpty() && vanish) {
                                hiddenText = true;
                            }
                            text.append(t);
                        }
                    }
                    case "tab" -> text.append(tableDepth >= 1 ? " " : "");
                    case "br", "cr" -> text.append(tableDepth >= 1 ? "\n" : "");
                    default -> {}
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String el = x.getLocalName();
                switch (el) {
                    case "del" -> inDeleted = false;
                    case "tc" -> {
                        if (tableDepth == 1) {
                            String t = text.toString().strip();
                            while (above.size() < column + span) {
                                above.add("");
                                aboveRow.add(0);
                            }
                            if ("continue".equals(vMerge)) {
                                cells.add(new RawCell(
                                        column, span, above.get(column), aboveRow.get(column), false, false, false));
                            } else {
                                cells.add(new RawCell(column, span, t, rowNumber, false, false, hiddenText));
                                above.set(column, t);
                                aboveRow.set(column, rowNumber);
                            }
                            column += span;
                        }
                    }
                    case "tr" -> {
                        if (tableDepth == 1) {
                            sink.row(new RawRow(rowNumber, cells, rowHidden));
                        }
                    }
                    case "tbl" -> {
                        if (tableDepth == 1) {
                            sink.end();
                        }
                        tableDepth--;
                    }
                    default -> {}
                }
            }
        }
    }

    private static String attr(XMLStreamReader x, String local) {
        for (int i = 0; i < x.getAttributeCount(); i++) {
            if (x.getAttributeLocalName(i).equals(local)) {
                return x.getAttributeValue(i);
            }
        }
        return null;
    }

    private static int intAttr(XMLStreamReader x, int otherwise) {
        String v = attr(x, "val");
        try {
            return v == null ? otherwise : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static boolean on(XMLStreamReader x) {
        String v = attr(x, "val");
        return v == null || !(v.equals("0") || v.equals("false") || v.equals("off"));
    }
}
