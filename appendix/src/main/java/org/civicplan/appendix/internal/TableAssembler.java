package org.civicplan.appendix.internal;

import org.civicplan.appendix.Location;
import org.civicplan.appendix.Problem;
import org.civicplan.core.Lang;

/**
 * Finds the header of each sheet or Word table, then hands the rows under it to the {@link
 * RowReader}. Looks for the header in the first rows only; skips the column-number row; takes a
 * second header row when it refines the first; starts a new table when a header appears again; lets
 * a headerless Word table of the same width continue the table before it (a table split across
 * pages).
 */
final class TableAssembler implements RowSink {
    /** Rows with text looked at for a header before a sheet or table is given up as not an appendix. */
    private static final int HEADER_SEARCH_ROWS = 30;

    private enum State {
        SEEKING,
        AFTER_HEADER,
        DATA,
        GAVE_UP
    }

    private final Tally tally;
    private final RowReader reader;
    private final Headings.Memo headings = new Headings.Memo();
    private Location place;
    private boolean wordTable;
    private State state;
    private RawRow headerRow;
    private Header header;
    private Header previousWordHeader;
    private boolean found;
    private int seen;
    private int formulas;

    TableAssembler(CellReaders readers, Tally tally) {
        this.tally = tally;
        this.reader = new RowReader(readers, tally);
    }

    @Override
    public void begin(Location newPlace, boolean isWordTable) {
        place = newPlace;
        wordTable = isWordTable;
        state = State.SEEKING;
        headerRow = null;
        header = null;
        found = false;
        seen = 0;
        formulas = 0;
    }

    @Override
    public void row(RawRow row) {
        if (row.blank()) {
            return;
        }
        for (RawCell c : row.cells()) {
            if (c.formula()) {
                formulas++;
            }
        }
        switch (state) {
            case SEEKING -> seek(row);
            case AFTER_HEADER -> afterHeader(row);
            case DATA -> data(row);
            case GAVE_UP -> {}
        }
    }

    private void seek(RawRow row) {
        if (Header.looksLikeHeader(row, headings)) {
            headerRow = row;
            header = Header.of(place.atRow(row.number()), row, null);
            state = State.AFTER_HEADER;
            return;
        }
        if (wordTable && seen == 0 && previousWordHeader != null && widthOf(row) == previousWordHeader.width()) {
            header = previousWordHeader.continuedAt(place.atRow(row.number()));
            announce(true);
            data(row);
            return;
        }
        if (++seen >= HEADER_SEARCH_ROWS) {
            state = State.GAVE_UP;
        }
    }

    private void afterHeader(RawRow row) {
        if (columnNumbers(row)) {
            return;
        }
        if (headerRow != null && Header.refines(headerRow, row)) {
            header = Header.of(place.atRow(headerRow.number()), headerRow, row);
            headerRow = null;
            return;
        }
        announce(false);
        data(row);
    }

    private void data(RawRow row) {
        if (Header.looksLikeHeader(row, headings)) {
            headerRow = row;
            header = Header.of(place.atRow(row.number()), row, null);
            state = State.AFTER_HEADER;
            return;
        }
        reader.read(row, header, place);
    }

    private void announce(boolean continued) {
        found = true;
        state = State.DATA;
        reader.newTable(continued, header.width());
        tally.table(header.describe(continued));
    }

    @Override
    public void end() {
        if (state == State.AFTER_HEADER) {
            announce(false);
        }
        if (!found) {
            // the headings looked for are listed once; later skipped tables point back to that list
            boolean first = tally.firstSkipped();
            tally.problem(Problem.warning(
                    place,
                    (wordTable ? "bảng" : "trang tính") + " không có dòng tiêu đề của bảng phụ lục nên được bỏ qua"
                            + (first
                                    ? "; các tiêu đề được tìm: " + Headings.lookedFor(Lang.VI)
                                    : " (các tiêu đề được tìm: như trên)"),
                    (wordTable ? "the table" : "the sheet") + " has no appendix header row, so it is skipped"
                            + (first
                                    ? "; headings looked for: " + Headings.lookedFor(Lang.EN)
                                    : " (headings looked for: as above)")));
        }
        if (found && formulas > 0) {
            tally.problem(
                    Problem.warning(
                            place,
                            formulas + " ô có công thức: đã đọc giá trị lưu trong tệp, không tính lại công thức",
                            formulas
                                    + " cells hold formulas: the values saved in the file were read, formulas were not evaluated"));
        }
        if (wordTable) {
            previousWordHeader = found ? header : null;
        }
    }

    @Override
    public void problem(Problem problem) {
        tally.problem(problem);
    }

    /** The row under a header that numbers the columns: "(1) (2) (3)" or "1 2 3", at least three. */
    private static boolean columnNumbers(RawRow row) {
        int n = 0;
        for (RawCell c : row.cells()) {
            if (c.blank()) {
                continue;
            }
            if (!Numbering.columnNumber(c.text())) {
                return false;
            }
            n++;
        }
        return n >= 3;
    }

    private static int widthOf(RawRow row) {
        int w = 0;
        for (RawCell c : row.cells()) {
            w = Math.max(w, c.column() + c.span());
        }
        return w;
    }

    /** True when at least one table was recognised. */
    boolean anyTable() {
        return tally.tables() > 0;
    }
}
