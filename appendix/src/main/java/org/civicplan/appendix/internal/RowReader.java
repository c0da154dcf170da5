package org.civicplan.appendix.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civicplan.appendix.AppendixItem;
import org.civicplan.appendix.AppendixRow;
import org.civicplan.appendix.DeadlineText;
import org.civicplan.appendix.Field;
import org.civicplan.appendix.Location;
import org.civicplan.appendix.NumberStyle;
import org.civicplan.appendix.Problem;
import org.civicplan.appendix.UnitMention;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.model.ApprovalLevel;
import org.civicplan.core.text.VietnameseText;

/**
 * Reads one data row under a known header: a note, a totals row, a section heading or an item, the
 * item's cells handed to the cell readers, and each problem located at its cell.
 */
final class RowReader {
    private static final Pattern TOTAL = Pattern.compile("^(tong cong|tong so|tong kinh phi|tong|cong)( |:|$)");
    private static final Pattern NOTE = Pattern.compile("^[*\\s]*(ghi chu|luu y)( |:|$)");

    private final CellReaders readers;
    private final Tally tally;
    private Optional<String> section = Optional.empty();
    private boolean notes;
    private int[] mergeWarned = new int[0];

    RowReader(CellReaders readers, Tally tally) {
        this.readers = readers;
        this.tally = tally;
    }

    /** A new table (not a continuation): sections and notes start afresh. */
    void newTable(boolean continued, int width) {
        if (!continued) {
            section = Optional.empty();
        }
        notes = false;
        mergeWarned = new int[width];
    }

    void read(RawRow row, Header header, Location place) {
        Location at = place.atRow(row.number());
        if (row.hidden()) {
            tally.problem(Problem.warning(
                    at,
                    "dòng bị ẩn trong tệp; vẫn được đọc — kiểm tra xem dòng này còn hiệu lực không",
                    "the row is hidden in the file; it is still read — check that it still applies"));
        }
        String first = firstText(row);
        String folded = VietnameseText.fold(first);
        if (notes || NOTE.matcher(folded).find()) {
            notes = true;
            tally.row(new AppendixRow.Note(at, joined(row)));
            return;
        }
        String number = text(row, header, Field.NUMBER);
        NumberStyle style = Numbering.style(number);
        if (TOTAL.matcher(folded).find() && style != NumberStyle.ARABIC && style != NumberStyle.DOTTED) {
            tally.row(new AppendixRow.Total(at, joined(row)));
            return;
        }
        if (section(row, header, at, number, style, first)) {
            return;
        }
        item(row, header, at, number, style);
    }

    private boolean section(RawRow row, Header header, Location at, String number, NumberStyle style, String first) {
        boolean onlyNumberAndOne = row.ownTexts() <= 2 && !hasAny(row, header, Field.LEAD, Field.DEADLINE);
        if (Numbering.isSection(style) && onlyNumberAndOne) {
            String heading = textAfter(row, header.column(Field.NUMBER).orElse(-1));
            emitSection(at, Numbering.numeral(number), style, heading);
            return true;
        }
        if (row.ownTexts() == 1 && (style == NumberStyle.NONE || number.equals(first))) {
            String[] prefix = Numbering.sectionPrefix(first);
            if (prefix != null) {
                emitSection(at, prefix[0], Numbering.style(prefix[0]), prefix[1]);
                return true;
            }
            if (spansTheTable(row, header)) {
                emitSection(at, "", NumberStyle.NONE, first.strip());
                return true;
            }
            boolean capitals = first.equals(first.toUpperCase(java.util.Locale.ROOT))
                    && first.chars().anyMatch(Character::isLetter);
            if (capitals && style == NumberStyle.NONE) {
                emitSection(at, "", NumberStyle.NONE, first.strip());
                return true;
            }
        }
        return false;
    }

    /** A group row: one cell merged across (nearly) the whole table. */
    private static boolean spansTheTable(RawRow row, Header header) {
        for (RawCell c : row.cells()) {
            if (!c.blank() && !c.continues(row.number())) {
                return c.span() >= Math.max(2, header.width() - 1);
            }
        }
        return false;
    }

    private void emitSection(Location at, String numeral, NumberStyle style, String heading) {
        section = numeral.isEmpty() ? section : Optional.of(numeral);
        tally.row(new AppendixRow.Section(at, numeral, style, heading));
    }

    private void item(RawRow row, Header header, Location at, String number, NumberStyle style) {
        Map<Field, String> cells = new EnumMap<>(Field.class);
        Map<String, String> extra = new LinkedHashMap<>();
        for (int c = 0; c < header.width(); c++) {
            RawCell cell = row.covering(c);
            Field field = header.fieldAt(c);
            String text = "";
            if (cell != null && cell.column() == c) {
                text = cell.text().strip();
                check(cell, row, header, at, c);
            } else if (cell != null && field != null && !cell.blank()) {
                tally.problem(
                        Problem.warning(
                                cellAt(at, header, c),
                                "ô gộp ngang từ cột \"" + header.heading(cell.column())
                                        + "\": nội dung được gán cho cột đó,"
                                        + " cột này để trống — tách ô nếu nội dung thuộc về cả hai cột",
                                "cell merged across from column \"" + header.heading(cell.column())
                                        + "\": its text goes to"
                                        + " that column and this one is left empty — split the cell if the text belongs to both"));
            }
            if (field != null) {
                cells.put(field, text);
            } else if (!text.isEmpty()) {
                String h = header.heading(c);
                extra.put(h.isEmpty() ? Location.columnName(c) : h, text);
            }
        }
        String task = cells.getOrDefault(Field.TASK, "");
        if (task.isEmpty()) {
            tally.problem(Problem.error(
                    header.column(Field.TASK).map(c -> cellAt(at, header, c)).orElse(at),
                    "dòng" + (number.isEmpty() ? "" : " STT " + number)
                            + " không có nội dung nhiệm vụ — điền nội dung hoặc xóa dòng",
                    "the row" + (number.isEmpty() ? "" : " No. " + number)
                            + " has no task text — fill it in or delete the row"));
        }
        List<UnitMention> lead = units(cells, Field.LEAD, header, at);
        List<UnitMention> coordinating = units(cells, Field.COORDINATING, header, at);
        DeadlineText deadline = deadline(cells, header, at);
        Optional<ApprovalLevel> approval = approval(cells.getOrDefault(Field.APPROVAL, ""));
        List<DocumentRef> documents = new ArrayList<>();
        for (Field f : new Field[] {Field.TASK, Field.PRODUCT, Field.NOTE}) {
            String t = cells.getOrDefault(f, "");
            if (!t.isEmpty()) {
                documents.addAll(readers.documents().find(t));
            }
        }
        tally.row(
                new AppendixItem(at, section, cells, extra, style, lead, coordinating, deadline, approval, documents));
    }

    private void check(RawCell cell, RawRow row, Header header, Location at, int c) {
        if (cell.continues(row.number())
                && !cell.blank()
                && c < mergeWarned.length
                && mergeWarned[c] != cell.originRow()) {
            mergeWarned[c] = cell.originRow();
            tally.problem(Problem.warning(
                    cellAt(at, header, c),
                    "ô gộp dọc từ dòng " + cell.originRow()
                            + " qua nhiều nhiệm vụ: nội dung được dùng cho từng nhiệm vụ"
                            + " — kiểm tra lại, hoặc tách ô",
                    "cell merged down from row " + cell.originRow() + " across several items: its text is used for"
                            + " each item — check, or split the cell"));
        }
        if (cell.valueMissing()) {
            tally.problem(Problem.error(
                    cellAt(at, header, c),
                    "ô có công thức nhưng không có giá trị đã tính; công thức không được tính lại — mở tệp bằng Excel,"
                            + " lưu lại rồi nhập lại",
                    "the cell holds a formula with no cached value; formulas are not evaluated — open the file in Excel,"
                            + " save it and import again"));
        }
        if (cell.hiddenText()) {
            tally.problem(Problem.warning(
                    cellAt(at, header, c),
                    "ô có chữ bị ẩn (định dạng ẩn); chữ ẩn vẫn được đọc",
                    "the cell has text formatted hidden; the hidden text is still read"));
        }
    }

    private List<UnitMention> units(Map<Field, String> cells, Field field, Header header, Location at) {
        String text = cells.getOrDefault(field, "");
        if (text.isEmpty()) {
            return List.of();
        }
        List<UnitMention> mentions = readers.units().read(text);
        Location cellAt = cellAt(at, header, header.column(field).orElse(-1));
        for (UnitMention m : mentions) {
            if (m.status() == UnitMention.Status.UNKNOWN) {
                tally.problem(Problem.warning(
                        cellAt,
                        "không có đơn vị \"" + m.written()
                                + "\" trong danh mục đơn vị — thêm đơn vị vào danh mục hoặc sửa tên",
                        "no unit \"" + m.written()
                                + "\" in the unit directory — add it to the directory or correct the name"));
            } else if (m.status() == UnitMention.Status.AMBIGUOUS) {
                tally.problem(Problem.warning(
                        cellAt,
                        "tên \"" + m.written() + "\" trùng với nhiều đơn vị " + m.units() + " — ghi rõ đơn vị",
                        "the name \"" + m.written() + "\" fits several units " + m.units()
                                + " — name the unit exactly"));
            }
        }
        return mentions;
    }

    private DeadlineText deadline(Map<Field, String> cells, Header header, Location at) {
        String text = cells.getOrDefault(Field.DEADLINE, "");
        if (text.isEmpty()) {
            return DeadlineText.empty();
        }
        DeadlineText read = readers.deadlines().read(text);
        read.problem()
                .ifPresent(p -> tally.problem(new Problem(
                        Problem.Severity.ERROR,
                        cellAt(at, header, header.column(Field.DEADLINE).orElse(-1)),
                        p)));
        return read;
    }

    private static Optional<ApprovalLevel> approval(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (ApprovalLevel level : ApprovalLevel.values()) {
            if (VietnameseText.foldsAlike(text, level.vi()) || VietnameseText.foldsAlike(text, level.en())) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    private static Location cellAt(Location at, Header header, int column) {
        return column < 0 ? at : at.atColumn(column, header.headingOf(column));
    }

    private static String text(RawRow row, Header header, Field field) {
        return header.column(field)
                .map(row::covering)
                .filter(c -> c != null)
                .map(c -> c.text().strip())
                .orElse("");
    }

    private static boolean hasAny(RawRow row, Header header, Field... fields) {
        for (Field f : fields) {
            Optional<Integer> col = header.column(f);
            if (col.isPresent()) {
                RawCell c = row.covering(col.get());
                if (c != null && c.column() == col.get() && !c.blank()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String firstText(RawRow row) {
        for (RawCell c : row.cells()) {
            if (!c.blank()) {
                return c.text().strip();
            }
        }
        return "";
    }

    private static String textAfter(RawRow row, int column) {
        for (RawCell c : row.cells()) {
            if (c.column() > column && !c.blank()) {
                return c.text().strip();
            }
        }
        return "";
    }

    private static String joined(RawRow row) {
        List<String> texts = new ArrayList<>();
        for (RawCell c : row.cells()) {
            if (!c.blank() && !c.continues(row.number())) {
                texts.add(c.text().strip());
            }
        }
        return String.join(" | ", texts);
    }
}
