package org.civicplan.appendix;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.civicplan.core.Lang;

/**
 * A place in an appendix file: the file, the sheet (xlsx) or table (docx), the row and the column,
 * each as far as known. Written as Excel writes references ({@code appendix.xlsx!'Phụ lục'!D14}) or
 * in words for Word ({@code appendix.docx: bảng 2, dòng 14, cột "Thời gian"}).
 *
 * @param file the file's name (without directories)
 * @param sheet the sheet's name, for a workbook
 * @param table the table's number in the document (1-based), 0 for a workbook or the whole file
 * @param row the row (1-based: the sheet's row number, or the row within the docx table), 0 when
 *     the place is a whole sheet, table or file
 * @param column the column (0-based), -1 when the place is a whole row
 * @param heading the column's heading as written, when the column has one
 */
public record Location(String file, Optional<String> sheet, int table, int row, int column, Optional<String> heading) {
    public Location {
        requireNonNull(file, "file is null");
        requireNonNull(sheet, "sheet is null");
        requireNonNull(heading, "heading is null");
    }

    public static Location ofFile(String file) {
        return new Location(file, Optional.empty(), 0, 0, -1, Optional.empty());
    }

    public static Location ofSheet(String file, String sheet) {
        return new Location(file, Optional.of(sheet), 0, 0, -1, Optional.empty());
    }

    public static Location ofTable(String file, int table) {
        return new Location(file, Optional.empty(), table, 0, -1, Optional.empty());
    }

    /** The same place narrowed to a row. */
    public Location atRow(int newRow) {
        return new Location(file, sheet, table, newRow, -1, Optional.empty());
    }

    /** The same row narrowed to a column, with its heading when known. */
    public Location atColumn(int newColumn, Optional<String> newHeading) {
        return new Location(file, sheet, table, row, newColumn, newHeading);
    }

    /** The place as a reader of the file finds it, e.g. {@code appendix.xlsx!'Phụ lục'!D14}. */
    public String describe(Lang lang) {
        if (sheet.isPresent()) {
            StringBuilder out =
                    new StringBuilder(file).append("!'").append(sheet.get()).append('\'');
            if (row > 0) {
                out.append('!');
                out.append(column >= 0 ? columnName(column) + row : row + ":" + row);
            }
            return out.toString();
        }
        StringBuilder out = new StringBuilder(file);
        String sep = ": ";
        if (table > 0) {
            out.append(sep).append(lang.pick("bảng ", "table ")).append(table);
            sep = ", ";
        }
        if (row > 0) {
            out.append(sep).append(lang.pick("dòng ", "row ")).append(row);
            sep = ", ";
        }
        if (column >= 0) {
            out.append(sep).append(lang.pick("cột ", "column "));
            out.append(heading.map(h -> "\"" + h + "\"").orElse(Integer.toString(column + 1)));
        }
        return out.toString();
    }

    /** Excel's name of a 0-based column: 0 is A, 25 is Z, 26 is AA. */
    public static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        int n = column + 1;
        while (n > 0) {
            int rest = (n - 1) % 26;
            name.insert(0, (char) ('A' + rest));
            n = (n - 1) / 26;
        }
        return name.toString();
    }

    @Override
    public String toString() {
        return describe(Lang.EN);
    }
}
