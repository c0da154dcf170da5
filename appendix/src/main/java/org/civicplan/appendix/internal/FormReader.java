package org.civicplan.appendix.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.civicplan.appendix.Location;
import org.civicplan.appendix.Problem;
import org.civicplan.appendix.UnableToReadAppendixException;
import org.civicplan.core.Message;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads a returned report form: the identifiers of its very hidden sheet and the rows of its items
 * and indicators, every cell as text. A formula is never evaluated: its saved value is read (and
 * said so), and a formula without a saved value is an error at its cell.
 */
public final class FormReader {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    /** One item row as filled in. */
    public record ItemRow(
            Location at,
            String id,
            String status,
            String percent,
            Optional<LocalDate> doneOn,
            String result,
            String difficulties,
            String proposals) {}

    /** One indicator row as filled in. */
    public record IndicatorRow(Location at, String code, String value, String numerator, String denominator) {}

    /** The form as read. */
    public record Read(
            Optional<String> unit,
            Optional<String> program,
            Optional<String> period,
            Optional<String> checksum,
            List<String> keyItems,
            List<String> keyIndicators,
            List<ItemRow> items,
            List<IndicatorRow> indicators) {}

    private final Path file;
    private final String name;
    private final List<Problem> problems;
    private int formulas;

    public FormReader(Path file, List<Problem> problems) {
        this.file = file;
        this.name = file.getFileName().toString();
        this.problems = problems;
    }

    public Read read() {
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            Optional<Sheet> keySheet = wb.findSheet(FormLayout.KEY_SHEET);
            Optional<Sheet> form = wb.findSheet(FormLayout.SHEET);
            if (keySheet.isEmpty() || form.isEmpty()) {
                throw new UnableToReadAppendixException(
                        Location.ofFile(name),
                        Message.of(
                                "không phải biểu báo cáo do civicplan gửi (thiếu trang \"" + FormLayout.SHEET
                                        + "\" hoặc phần định danh) — điền vào đúng biểu đã nhận rồi gửi lại",
                                "not a report form sent by civicplan (the \"" + FormLayout.SHEET
                                        + "\" sheet or its identifiers are missing) — fill in the form you received"
                                        + " and send it back"));
            }
            Optional<String> unit = Optional.empty();
            Optional<String> program = Optional.empty();
            Optional<String> period = Optional.empty();
            Optional<String> checksum = Optional.empty();
            boolean formatSeen = false;
            List<String> keyItems = new ArrayList<>();
            List<String> keyIndicators = new ArrayList<>();
            try (Stream<Row> rows = keySheet.get().openStream()) {
                for (Row row : (Iterable<Row>) rows::iterator) {
                    String k = row.getCellText(0).strip();
                    String v = row.getCellCount() > 1 ? row.getCellText(1).strip() : "";
                    switch (k) {
                        case "format" -> formatSeen = v.equals(FormLayout.FORMAT);
                        case "unit" -> unit = Optional.of(v);
                        case "program" -> program = Optional.of(v);
                        case "period" -> period = Optional.of(v);
                        case "checksum" -> checksum = Optional.of(v);
                        case "item" -> keyItems.add(v);
                        case "indicator" -> keyIndicators.add(v);
                        default -> {
                            // other rows are not the form's
                        }
                    }
                }
            }
            if (!formatSeen) {
                throw new UnableToReadAppendixException(
                        Location.ofSheet(name, FormLayout.KEY_SHEET),
                        Message.of(
                                "phần định danh của biểu không đúng mẫu " + FormLayout.FORMAT
                                        + " — dùng biểu mới do civicplan gửi",
                                "the form's identifiers are not of format " + FormLayout.FORMAT
                                        + " — use a form civicplan sends now"));
            }
            List<ItemRow> items = new ArrayList<>();
            List<IndicatorRow> indicators = new ArrayList<>();
            int mode = 0;
            try (Stream<Row> rows = form.get().openStream()) {
                for (Row row : (Iterable<Row>) rows::iterator) {
                    String second = row.getCellCount() > 1 ? plain(row, 1) : "";
                    if (second.equals(FormLayout.ITEM_HEADINGS.get(FormLayout.I_ID))) {
                        mode = 1;
                        continue;
                    }
                    if (second.equals(FormLayout.INDICATOR_HEADINGS.get(FormLayout.C_CODE))) {
                        mode = 2;
                        continue;
                    }
                    if (second.isEmpty() || mode == 0) {
                        continue;
                    }
                    Location at = Location.ofSheet(name, FormLayout.SHEET).atRow(row.getRowNum());
                    if (mode == 1) {
                        items.add(new ItemRow(
                                at,
                                second,
                                text(row, FormLayout.I_STATUS, at, FormLayout.ITEM_HEADINGS),
                                text(row, FormLayout.I_PERCENT, at, FormLayout.ITEM_HEADINGS),
                                date(row, FormLayout.I_DONE_ON, at),
                                text(row, FormLayout.I_RESULT, at, FormLayout.ITEM_HEADINGS),
                                text(row, FormLayout.I_DIFFICULTIES, at, FormLayout.ITEM_HEADINGS),
                                text(row, FormLayout.I_PROPOSALS, at, FormLayout.ITEM_HEADINGS)));
                    } else {
                        indicators.add(new IndicatorRow(
                                at,
                                second,
                                text(row, FormLayout.C_VALUE, at, FormLayout.INDICATOR_HEADINGS),
                                text(row, FormLayout.C_NUMERATOR, at, FormLayout.INDICATOR_HEADINGS),
                                text(row, FormLayout.C_DENOMINATOR, at, FormLayout.INDICATOR_HEADINGS)));
                    }
                }
            }
            if (formulas > 0) {
                problems.add(Problem.warning(
                        Location.ofSheet(name, FormLayout.SHEET),
                        formulas + " ô có công thức: đã đọc giá trị lưu trong tệp, không tính lại công thức",
                        formulas + " cells hold formulas: the values saved in the file were read, not recomputed"));
            }
            return new Read(unit, program, period, checksum, keyItems, keyIndicators, items, indicators);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnableToReadAppendixException refused) {
                throw refused;
            }
            throw FormFiles.unreadable(file, e);
        }
    }

    /** An identifier cell's text (never a formula's: identifiers are locked). */
    private static String plain(Row row, int c) {
        return row.getOptionalCell(c).map(Cell::getText).orElse("").strip();
    }

    private Optional<Cell> cell(Row row, int c) {
        return c < row.getCellCount() ? row.getOptionalCell(c) : Optional.empty();
    }

    private String text(Row row, int c, Location at, List<String> headings) {
        Optional<Cell> cell = cell(row, c);
        if (cell.isEmpty() || cell.get().getType() == CellType.EMPTY) {
            return "";
        }
        Cell x = cell.get();
        if (x.getFormula() != null) {
            String saved = x.getRawValue();
            formulas++;
            if (saved == null || saved.isBlank()) {
                problems.add(Problem.error(
                        at.atColumn(c, Optional.of(headings.get(c))),
                        "ô có công thức nhưng không có giá trị đã tính; công thức không được tính lại"
                                + " — ghi giá trị thay cho công thức",
                        "the cell holds a formula with no saved value; formulas are not evaluated"
                                + " — write the value instead of the formula"));
                return "";
            }
            return saved.strip();
        }
        if (x.getType() == CellType.NUMBER) {
            return x.asNumber().stripTrailingZeros().toPlainString();
        }
        return x.getText().strip();
    }

    private Optional<LocalDate> date(Row row, int c, Location at) {
        Optional<Cell> cell = cell(row, c);
        if (cell.isEmpty() || cell.get().getType() == CellType.EMPTY) {
            return Optional.empty();
        }
        Location here = at.atColumn(c, Optional.of(FormLayout.ITEM_HEADINGS.get(c)));
        String text = text(row, c, at, FormLayout.ITEM_HEADINGS);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (text.matches("\\d{1,6}(\\.0+)?")) {
                return Optional.of(EXCEL_EPOCH.plusDays(new BigDecimal(text).longValue()));
            }
            return Optional.of(LocalDate.parse(text, DMY));
        } catch (DateTimeParseException | ArithmeticException e) {
            problems.add(Problem.error(
                    here,
                    "\"" + text + "\" không phải ngày — ghi dạng dd/mm/yyyy, ví dụ 15/06/2021",
                    "\"" + text + "\" is not a date — write it as dd/mm/yyyy, e.g. 15/06/2021"));
            return Optional.empty();
        }
    }
}
