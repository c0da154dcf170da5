package org.civicplan.appendix.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import org.civicplan.appendix.Location;
import org.civicplan.appendix.Problem;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellRangeAddress;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Streams the sheets of a workbook, in order, row by row (fastexcel-reader), into a {@link
 * RowSink}: merged regions become spans and cells merged down, formula cells give their cached
 * value (never evaluated), dates are written d/M/yyyy, hidden sheets and columns are reported.
 */
final class XlsxSource {
    private final Path file;
    private final String name;
    private final Predicate<String> sheets;
    private final Map<String, Boolean> dateFormats = new HashMap<>();

    /** Scans of the worksheet parts made by the file guard, by part name. */
    private final Map<String, SheetScan> scanned;

    XlsxSource(Path file, Predicate<String> sheets, Map<String, SheetScan> scanned) {
        this.file = file;
        this.name = file.getFileName().toString();
        this.sheets = sheets;
        this.scanned = scanned;
    }

    void read(RowSink sink) throws IOException, XMLStreamException {
        try (ZipFile zip = new ZipFile(file.toFile());
                ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            Map<String, String> parts = SheetScan.sheetParts(zip);
            Iterator<Sheet> it = wb.getSheets().iterator();
            while (it.hasNext()) {
                Sheet sheet = it.next();
                if (!sheets.test(sheet.getName())) {
                    continue;
                }
                Location place = Location.ofSheet(name, sheet.getName());
                String part = parts.get(sheet.getId());
                SheetScan scan = part == null ? null : scanned.get(part);
                if (scan == null) {
                    scan = SheetScan.of(zip, part);
                }
                sink.begin(place, false);
                if (sheet.getVisibility() != SheetVisibility.VISIBLE) {
                    sink.problem(Problem.warning(
                            place,
                            "trang tính bị ẩn; vẫn được đọc — kiểm tra xem nội dung còn hiệu lực không",
                            "the sheet is hidden; it is still read — check that its content still applies"));
                }
                for (int[] cols : scan.hiddenColumns) {
                    sink.problem(Problem.warning(
                            place.atRow(1).atColumn(cols[0], java.util.Optional.empty()),
                            "cột " + Location.columnName(cols[0])
                                    + (cols[1] > cols[0] ? "–" + Location.columnName(cols[1]) : "")
                                    + " bị ẩn; vẫn được đọc",
                            "column " + Location.columnName(cols[0])
                                    + (cols[1] > cols[0] ? "–" + Location.columnName(cols[1]) : "")
                                    + " is hidden; it is still read"));
                }
                Merges merges = new Merges(scan.merges);
                try (Stream<Row> rows = sheet.openStream()) {
                    rows.forEach(r -> sink.row(toRaw(r, merges)));
                }
                sink.end();
            }
        }
    }

    private RawRow toRaw(Row row, Merges merges) {
        int r = row.getRowNum();
        merges.advance(r);
        List<RawCell> cells = new ArrayList<>();
        for (Cell cell : row) {
            if (cell == null) {
                continue;
            }
            int c = cell.getColumnIndex();
            CellRangeAddress region = merges.at(r - 1, c);
            if (region != null && (region.getFirstColumn() != c || region.getFirstRow() != r - 1)) {
                continue;
            }
            String text = text(cell);
            boolean formula = cell.getType() == CellType.FORMULA;
            int span = region == null ? 1 : region.getLastColumn() - region.getFirstColumn() + 1;
            if (region != null && region.getLastRow() > region.getFirstRow()) {
                merges.remember(region, text);
            }
            cells.add(new RawCell(c, span, text, r, formula, formula && cell.getRawValue() == null, false));
        }
        List<Map.Entry<CellRangeAddress, String>> continuing = merges.continuing(r - 1);
        for (Map.Entry<CellRangeAddress, String> down : continuing) {
            CellRangeAddress region = down.getKey();
            int span = region.getLastColumn() - region.getFirstColumn() + 1;
            cells.add(new RawCell(
                    region.getFirstColumn(), span, down.getValue(), region.getFirstRow() + 1, false, false, false));
        }
        if (!continuing.isEmpty()) {
            // the row's own cells come in column order; the cells merged down from above go in place
            cells.sort(java.util.Comparator.comparingInt(RawCell::column));
        }
        return new RawRow(r, cells, row.isHidden());
    }

    private String text(Cell cell) {
        CellType type = cell.getType();
        if (type == CellType.EMPTY || cell.getRawValue() == null) {
            return "";
        }
        if (type == CellType.NUMBER && isDate(cell.getDataFormatString())) {
            LocalDateTime d = cell.asDate();
            return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
        }
        if (type == CellType.STRING) {
            return cell.asString();
        }
        return cell.getRawValue();
    }

    /** Whether a number format shows a date; a workbook has few formats, each looked at once. */
    private boolean isDate(String format) {
        if (format == null) {
            return false;
        }
        return dateFormats.computeIfAbsent(format, XlsxSource::showsDate);
    }

    private static boolean showsDate(String format) {
        String f = format.toLowerCase(java.util.Locale.ROOT).replaceAll("\\[[^]]*]|\"[^\"]*\"", "");
        return f.contains("d") && f.contains("m") || f.contains("yy");
    }

    /**
     * The merged regions around the current row: those starting at or before it, kept until their
     * last row passes. Regions are sorted by first row, so this walks them once.
     */
    private static final class Merges {
        private final List<CellRangeAddress> all;
        private int next;
        private final List<CellRangeAddress> active = new ArrayList<>();
        private final Map<CellRangeAddress, String> texts = new HashMap<>();

        Merges(List<CellRangeAddress> all) {
            this.all = all;
        }

        void advance(int sheetRow) {
            int r = sheetRow - 1;
            if (active.isEmpty() && (next >= all.size() || all.get(next).getFirstRow() > r)) {
                return; // no region here: the common row
            }
            active.removeIf(m -> {
                boolean gone = m.getLastRow() < r;
                if (gone) {
                    texts.remove(m);
                }
                return gone;
            });
            while (next < all.size() && all.get(next).getFirstRow() <= r) {
                CellRangeAddress m = all.get(next++);
                if (m.getLastRow() >= r) {
                    active.add(m);
                }
            }
        }

        CellRangeAddress at(int r, int c) {
            for (CellRangeAddress m : active) {
                if (m.isInRange(r, c)) {
                    return m;
                }
            }
            return null;
        }

        void remember(CellRangeAddress region, String text) {
            texts.put(region, text);
        }

        List<Map.Entry<CellRangeAddress, String>> continuing(int r) {
            if (texts.isEmpty()) {
                return List.of();
            }
            List<Map.Entry<CellRangeAddress, String>> out = new ArrayList<>();
            for (CellRangeAddress m : active) {
                if (m.getFirstRow() < r && texts.containsKey(m)) {
                    out.add(Map.entry(m, texts.get(m)));
                }
            }
            return out;
        }
    }
}
