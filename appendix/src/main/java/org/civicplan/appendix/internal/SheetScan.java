package org.civicplan.appendix.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

    /**
     * One configured factory per thread: looking the implementation up ({@link
     * XMLInputFactory#newFactory}) was redone for every file read, and a factory is not promised to
     * be safe to share between threads, so each thread keeps its own. Its configuration is never
     * changed after it is made.
     */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(SheetScan::newFactory);

    static XMLInputFactory factory() {
        return FACTORY.get();
    }

    static XMLInputFactory newFactory() {
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
        ZipEntry entry = part == null ? null : zip.getEntry(part);
        if (entry == null) {
            return new SheetScan();
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return ofXml(in);
        }
    }

    /** The scan of a sheet part's XML with the XML parser. */
    static SheetScan ofXml(InputStream in) throws XMLStreamException {
        SheetScan scan = new SheetScan();
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
        scan.merges.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
        return scan;
    }

    /**
     * The same scan straight from the part's bytes, without an XML parser, as the file guard unpacks
     * the part: every tag's name is looked at and only {@code col} and {@code mergeCell} tags are
     * read, so the rows cost one pass over their bytes. Null when the part holds anything this
     * scanner leaves to the XML parser (not UTF-8, a document type, an entity in a wanted attribute,
     * markup cut short, a reference that is not a cell range): the reader then scans the part with
     * {@link #of}, which reports what is wrong. Reads {@code in} to its end or to the first such thing.
     */
    static SheetScan ofBytes(InputStream in) throws IOException {
        return new ByteScanner(in).scan();
    }

    /** The byte scanner of {@link #ofBytes}: a hand-written pass over UTF-8 XML, tags only. */
    private static final class ByteScanner {
        private static final byte[] MERGE_CELL = "mergeCell".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] COL = "col".getBytes(StandardCharsets.US_ASCII);
        private static final int MAX_NAME = 64;
        private static final java.util.Set<String> WANTED = java.util.Set.of("ref", "min", "max", "hidden");

        private final InputStream in;
        private final byte[] buf = new byte[64 * 1024];
        private int pos;
        private int end;
        private final byte[] name = new byte[MAX_NAME];
        private final SheetScan scan = new SheetScan();
        /** Hashes of the names of the elements open at this point, so that a stray end tag is seen. */
        private int[] open = new int[16];

        private int depth;
        /** Whether the tag {@link #skipTag} passed over ended with {@code />}. */
        private boolean selfClosed;

        ByteScanner(InputStream in) {
            this.in = in;
        }

        SheetScan scan() throws IOException {
            if (!fill()) {
                return null;
            }
            if (buf[0] == (byte) 0xFE || buf[0] == (byte) 0xFF || buf[0] == 0 || end > 1 && buf[1] == 0) {
                return null; // UTF-16 or UTF-32
            }
            while (toNextTag()) {
                int c = read();
                boolean ok;
                if (c == '!') {
                    ok = skipBang();
                } else if (c == '?') {
                    ok = skipPast('?');
                } else if (c == '/') {
                    ok = endTag();
                } else {
                    ok = startTag(c);
                }
                if (!ok) {
                    return null;
                }
            }
            if (depth != 0) {
                return null; // an element left open: the XML parser says where
            }
            scan.merges.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
            return scan;
        }

        /** After {@code </}: the end tag must close the element opened last. */
        private boolean endTag() throws IOException {
            int hash = 0;
            int c = read();
            while (c >= 0 && c != '>' && !space(c)) {
                hash = 31 * hash + c;
                c = read();
            }
            if (!skipTag(c) || depth == 0 || open[depth - 1] != hash) {
                return false;
            }
            depth--;
            return true;
        }

        /** Records an element opened by a start tag {@link #skipTag} just passed over, unless it closed itself. */
        private boolean opened(boolean tagRead, int hash) {
            if (tagRead && !selfClosed) {
                if (depth == open.length) {
                    open = java.util.Arrays.copyOf(open, depth * 2);
                }
                open[depth++] = hash;
            }
            return tagRead;
        }

        /** A start tag whose first name character is {@code c}: read when wanted, else skipped. */
        private boolean startTag(int c) throws IOException {
            int length = 0;
            int local = 0;
            int hash = 0;
            while (c >= 0 && c != '>' && c != '/' && !space(c)) {
                hash = 31 * hash + c;
                if (c == ':') {
                    local = length + 1;
                }
                if (length < MAX_NAME) {
                    name[length] = (byte) c;
                }
                length++;
                c = read();
            }
            if (c < 0 || length == 0 || length > MAX_NAME) {
                return c >= 0 && length > MAX_NAME && opened(skipTag(c), hash);
            }
            boolean merge = is(MERGE_CELL, local, length);
            boolean col = !merge && is(COL, local, length);
            if (!merge && !col) {
                return opened(skipTag(c), hash);
            }
            String ref = null;
            String min = null;
            String max = null;
            String hidden = null;
            while (true) {
                while (space(c)) {
                    c = read();
                }
                if (c == '>' || c == '/') {
                    break;
                }
                if (c < 0) {
                    return false;
                }
                StringBuilder attr = new StringBuilder();
                while (c >= 0 && c != '=' && !space(c) && c != '>' && c != '/') {
                    attr.append((char) c);
                    c = read();
                }
                while (space(c)) {
                    c = read();
                }
                if (c != '=') {
                    return false;
                }
                c = read();
                while (space(c)) {
                    c = read();
                }
                if (c != '"' && c != '\'') {
                    return false;
                }
                int quote = c;
                java.io.ByteArrayOutputStream value = new java.io.ByteArrayOutputStream();
                for (c = read(); c != quote; c = read()) {
                    if (c < 0 || c == '&' || c == '<') {
                        return false; // an entity: left to the XML parser
                    }
                    value.write(c);
                }
                String v = value.toString(StandardCharsets.UTF_8);
                String attrName = attr.toString();
                String attrLocal = attrName.substring(attrName.indexOf(':') + 1);
                if (!attrLocal.equals(attrName) && WANTED.contains(attrLocal)) {
                    return false; // a prefixed "ref" or "hidden": whether it counts, the XML parser decides
                }
                switch (attrName) {
                    case "ref" -> ref = v;
                    case "min" -> min = v;
                    case "max" -> max = v;
                    case "hidden" -> hidden = v;
                    default -> {}
                }
                c = read();
            }
            if (!opened(skipTag(c), hash)) {
                return false;
            }
            try {
                if (col && isTrue(hidden)) {
                    scan.hiddenColumns.add(new int[] {Integer.parseInt(min) - 1, Integer.parseInt(max) - 1});
                } else if (merge && ref != null && ref.contains(":")) {
                    scan.merges.add(CellRangeAddress.valueOf(ref));
                }
            } catch (RuntimeException notACellRange) {
                return false;
            }
            return true;
        }

        private boolean is(byte[] wanted, int from, int to) {
            if (to - from != wanted.length) {
                return false;
            }
            for (int i = 0; i < wanted.length; i++) {
                if (name[from + i] != wanted[i]) {
                    return false;
                }
            }
            return true;
        }

        /** From {@code c} to the tag's closing {@code >}, quoted values passed over whole. */
        private boolean skipTag(int c) throws IOException {
            int quote = 0;
            int previous = 0;
            while (c >= 0) {
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else if (c == '<') {
                        return false;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    selfClosed = previous == '/';
                    return true;
                } else if (c == '<') {
                    return false;
                }
                previous = c;
                c = read();
            }
            return false;
        }

        /** After {@code <!}: a comment or a CDATA section is passed over; a document type is left to the parser. */
        private boolean skipBang() throws IOException {
            int c = read();
            if (c == '-') {
                if (read() != '-') {
                    return false;
                }
                int dashes = 0;
                for (c = read(); c >= 0; c = read()) {
                    if (c == '>' && dashes >= 2) {
                        return true;
                    }
                    dashes = c == '-' ? dashes + 1 : 0;
                }
                return false;
            }
            if (c == '[') {
                for (byte b : "CDATA[".getBytes(StandardCharsets.US_ASCII)) {
                    if (read() != b) {
                        return false;
                    }
                }
                int brackets = 0;
                for (c = read(); c >= 0; c = read()) {
                    if (c == '>' && brackets >= 2) {
                        return true;
                    }
                    brackets = c == ']' ? brackets + 1 : 0;
                }
                return false;
            }
            return false;
        }

        /** Past the next {@code mark} directly followed by {@code >}. */
        private boolean skipPast(int mark) throws IOException {
            boolean after = false;
            for (int c = read(); c >= 0; c = read()) {
                if (c == '>' && after) {
                    return true;
                }
                after = c == mark;
            }
            return false;
        }

        private static boolean space(int c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r';
        }

        /** Moves past the next {@code <}; false at the end. */
        private boolean toNextTag() throws IOException {
            while (true) {
                for (int i = pos; i < end; i++) {
                    if (buf[i] == '<') {
                        pos = i + 1;
                        return true;
                    }
                }
                pos = end;
                if (!fill()) {
                    return false;
                }
            }
        }

        private int read() throws IOException {
            if (pos == end && !fill()) {
                return -1;
            }
            return buf[pos++] & 0xff;
        }

        private boolean fill() throws IOException {
            int n = in.readNBytes(buf, 0, buf.length);
            pos = 0;
            end = Math.max(n, 0);
            return n > 0;
        }
    }

    private static boolean isTrue(String value) {
        return "1".equals(value) || "true".equals(value);
    }
}
