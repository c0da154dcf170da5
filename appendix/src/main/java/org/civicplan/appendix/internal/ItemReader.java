package org.civicplan.appendix.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.appendix.AppendixItem;
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
 * Builds an item from a row known to be one: each cell as written, merged cells copied and
 * reported, the units, deadline and document numbers handed to the {@link CellReaders}, the
 * approval level matched, every problem located at its cell.
 */
final class ItemReader {
    private final CellReaders readers;
    private final Tally tally;
    private int[] mergeWarned = new int[0];

    ItemReader(CellReaders readers, Tally tally) {
        this.readers = readers;
        this.tally = tally;
    }

    void newTable(int width) {
        mergeWarned = new int[width];
    }

    AppendixItem read(
            RawRow row, Header header, Location at, String number, NumberStyle style, Optional<String> section) {
        Map<Field, String> cells = new EnumMap<>(Field.class);
        Map<String, String> extra = null; // made for the first extra column's text
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
                if (extra == null) {
                    extra = new LinkedHashMap<>();
                }
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
        return new AppendixItem(
                at,
                section,
                cells,
                extra == null ? Map.of() : extra,
                style,
                lead,
                coordinating,
                deadline,
                approval,
                documents);
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
        Location cellAt = null;
        for (UnitMention m : mentions) {
            if (m.status() == UnitMention.Status.UNKNOWN || m.status() == UnitMention.Status.AMBIGUOUS) {
                cellAt =
                        cellAt == null ? cellAt(at, header, header.column(field).orElse(-1)) : cellAt;
            }
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

    static Location cellAt(Location at, Header header, int column) {
        return column < 0 ? at : at.atColumn(column, header.headingOf(column));
    }
}
