package org.civicplan.appendix.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civicplan.appendix.AppendixRow;
import org.civicplan.appendix.Field;
import org.civicplan.appendix.Location;
import org.civicplan.appendix.NumberStyle;
import org.civicplan.appendix.Problem;
import org.civicplan.core.text.VietnameseText;

/**
 * Reads one data row under a known header: a note, a totals row, a section heading or an item, the
 * item's cells handed to the cell readers, and each problem located at its cell.
 */
final class RowReader {
    private static final Pattern TOTAL = Pattern.compile("^(tong cong|tong so|tong kinh phi|tong|cong)( |:|$)");
    private static final Pattern NOTE = Pattern.compile("^[*\\s]*(ghi chu|luu y)( |:|$)");

    private final Tally tally;
    private final ItemReader items;
    private Optional<String> section = Optional.empty();
    private boolean notes;

    RowReader(CellReaders readers, Tally tally) {
        this.tally = tally;
        this.items = new ItemReader(readers, tally);
    }

    /** A new table (not a continuation): sections and notes start afresh. */
    void newTable(boolean continued, int width) {
        if (!continued) {
            section = Optional.empty();
        }
        notes = false;
        items.newTable(width);
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
        String folded = mayBeNoteOrTotal(first) ? VietnameseText.fold(first) : "";
        if (notes || !folded.isEmpty() && NOTE.matcher(folded).find()) {
            notes = true;
            tally.row(new AppendixRow.Note(at, joined(row)));
            return;
        }
        String number = text(row, header, Field.NUMBER);
        NumberStyle style = Numbering.style(number);
        if (!folded.isEmpty()
                && TOTAL.matcher(folded).find()
                && style != NumberStyle.ARABIC
                && style != NumberStyle.DOTTED) {
            tally.row(new AppendixRow.Total(at, joined(row)));
            return;
        }
        if (section(row, header, at, number, style, first)) {
            return;
        }
        tally.row(items.read(row, header, at, number, style, section));
    }

    /**
     * False when the text cannot start a note or totals row: its first character past stars and
     * spaces is a printable ASCII character other than the first letters of "ghi chú", "lưu ý", "tổng", "cộng" (an
     * STT, most often), so no folding is needed to know.
     */
    private static boolean mayBeNoteOrTotal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '*' || ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r') {
                continue;
            }
            return ch < 0x20 || ch >= 0x7f || "gGlLtTcC".indexOf(ch) >= 0;
        }
        return false;
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
