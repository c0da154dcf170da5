package org.civicplan.appendix;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.civicplan.appendix.internal.FormLayout;
import org.civicplan.core.Lang;
import org.civicplan.core.Message;
import org.civicplan.core.NoSuchEntityException;
import org.civicplan.core.export.UnableToExportException;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorKind;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemProgress;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.ReportingCalendar;
import org.civicplan.core.review.ReportingPeriod;
import org.civicplan.core.spi.PortfolioStore;
import org.dhatim.fastexcel.ProtectionOption;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The unit report forms (biểu báo cáo) sent out for a period: one workbook per unit, in Vietnamese,
 * pre-filled with the unit, the period, its data window and due date (the reporting calendar of
 * Decree 09/2019/NĐ-CP), the unit's items and indicators. Identifier cells are locked (sheet
 * protection guards against slips; what the form belongs to is proven by the identifiers and their
 * checksum in a very hidden sheet, checked on collection against the store). Entry cells are
 * unlocked and validated: status from a drop-down list, percent 0–100, a date, a number, a ratio as
 * numerator and denominator, an amount in đồng, a milestone reached or not. No cell is ever written
 * as a formula.
 */
public final class ReportForms {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int WIDTH = FormLayout.ITEM_HEADINGS.size();

    private final PortfolioStore store;
    private final ReportingCalendar calendar;

    public ReportForms(PortfolioStore store) {
        this(store, ReportingCalendar.stateRegime());
    }

    public ReportForms(PortfolioStore store, ReportingCalendar calendar) {
        this.store = requireNonNull(store, "store is null");
        this.calendar = requireNonNull(calendar, "calendar is null");
    }

    /** The form of {@code unit} for {@code period} of the program. */
    public UnitForm prepare(ProgramId programId, UnitCode unitCode, Period period) {
        Program program = store.programs().get(programId);
        OrgUnit unit =
                store.units().find(unitCode).orElseThrow(() -> new NoSuchEntityException("unit", unitCode.value()));
        ReportingPeriod reporting = calendar.forPeriod(period);
        List<Item> items = new ArrayList<>();
        for (Plan plan : store.plans().all()) {
            if (store.plans().programOf(plan).map(programId::equals).orElse(false)) {
                for (Item item : store.items().byPlan(plan.id())) {
                    if (involves(item, unitCode)) {
                        items.add(item);
                    }
                }
            }
        }
        items.sort(Comparator.comparing((Item i) -> i.plan().value()).thenComparingInt(Item::number));
        List<Indicator> indicators = store.indicators().byProgram(programId).stream()
                .filter(i -> i.reportingUnit().map(unitCode::equals).orElse(false))
                .sorted(Comparator.comparing(i -> i.code().value()))
                .toList();
        Optional<ProgressReport> draft = store.reports().find(programId, period, unitCode);
        return new UnitForm(program, unit, reporting, items, indicators, draft);
    }

    /** The units that have a form for the period: each with at least one item or indicator on the program. */
    public List<UnitForm> all(ProgramId programId, Period period) {
        List<UnitForm> out = new ArrayList<>();
        for (OrgUnit unit : store.units().directory().sorted()) {
            UnitForm form = prepare(programId, unit.code(), period);
            if (!form.isEmpty()) {
                out.add(form);
            }
        }
        return out;
    }

    /** Writes every unit's form into {@code folder} (created when missing); returns the files in unit order. */
    public List<Path> writeAll(ProgramId programId, Period period, Path folder) {
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (UnitForm form : all(programId, period)) {
                Path file = folder.resolve(form.fileName());
                try (OutputStream out = Files.newOutputStream(file)) {
                    write(form, out);
                }
                files.add(file);
            }
        } catch (IOException e) {
            throw new UnableToExportException(
                    Message.of(
                            "không ghi được biểu báo cáo vào " + folder + ": " + e.getMessage(),
                            "could not write the report forms into " + folder + ": " + e.getMessage()),
                    e);
        }
        return files;
    }

    /** True when the unit leads, coordinates or reports on the item. */
    static boolean involves(Item item, UnitCode unit) {
        return item.assignment().involves(unit)
                || item.assignment().effectiveReportingUnit().map(unit::equals).orElse(false);
    }

    /** Writes the form as a workbook. */
    public void write(UnitForm form, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "civicplan", "1.0");
        Worksheet ws = wb.newWorksheet(FormLayout.SHEET);
        int[] widths = {6, 14, 50, 14, 16, 18, 12, 16, 36, 30, 30};
        for (int c = 0; c < widths.length; c++) {
            ws.width(c, widths[c]);
        }
        ReportingPeriod rp = form.reporting();
        int r = 0;
        title(
                ws,
                r++,
                "BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN "
                        + form.program()
                                .document()
                                .map(d -> d + " ")
                                .orElse("")
                                .toUpperCase(java.util.Locale.ROOT)
                                .strip());
        line(ws, r++, "Chương trình: " + form.program().title());
        line(
                ws,
                r++,
                "Đơn vị báo cáo: " + form.unit().name() + " (" + form.unit().code() + ")");
        line(
                ws,
                r++,
                "Kỳ báo cáo: " + rp.period().format(Lang.VI) + " ("
                        + rp.period().code() + ")");
        line(
                ws,
                r++,
                "Thời gian lấy số liệu: từ ngày " + DMY.format(rp.dataFrom()) + " đến ngày " + DMY.format(rp.dataTo()));
        line(ws, r++, "Hạn gửi báo cáo: " + DMY.format(rp.due()) + " (theo Nghị định số 09/2019/NĐ-CP)");
        line(
                ws,
                r++,
                "Hướng dẫn: chỉ điền vào các ô để trống có nền trắng; không sửa mã nhiệm vụ, mã chỉ tiêu;"
                        + " không dùng công thức.");
        r++;
        section(ws, r++, "I. NHIỆM VỤ");
        headings(ws, r++, FormLayout.ITEM_HEADINGS);
        int firstItem = r;
        int n = 1;
        for (Item item : form.items()) {
            Optional<ItemProgress> line = form.draft().flatMap(d -> d.items().stream()
                    .filter(l -> l.item().equals(item.id()))
                    .findFirst());
            final int row = r;
            locked(ws, r, FormLayout.I_NUMBER, Integer.toString(n++));
            locked(ws, r, FormLayout.I_ID, item.id().value());
            locked(ws, r, FormLayout.I_TITLE, item.title());
            locked(ws, r, FormLayout.I_ROLE, role(item, form.unit().code()));
            locked(
                    ws,
                    r,
                    FormLayout.I_DEADLINE,
                    item.deadline().map(p -> p.format(Lang.VI)).orElse(""));
            // the status is pre-filled from the unit's draft, else for the unit that reports on the item
            // (a coordinating unit's row stays blank: not reported unless it fills it in)
            boolean reports = item.assignment()
                    .effectiveReportingUnit()
                    .map(form.unit().code()::equals)
                    .orElse(false);
            entry(
                    ws,
                    r,
                    FormLayout.I_STATUS,
                    line.map(l -> l.status().vi())
                            .orElse(reports ? item.status().vi() : null));
            entry(ws, r, FormLayout.I_PERCENT, null);
            line.ifPresent(l -> ws.value(row, FormLayout.I_PERCENT, l.percentDone()));
            entry(ws, r, FormLayout.I_DONE_ON, null);
            ws.style(r, FormLayout.I_DONE_ON)
                    .format("dd/mm/yyyy")
                    .protectionOption(ProtectionOption.LOCKED, false)
                    .set();
            line.flatMap(ItemProgress::completedOn).ifPresent(d -> ws.value(row, FormLayout.I_DONE_ON, d));
            entry(ws, r, FormLayout.I_RESULT, line.flatMap(ItemProgress::note).orElse(null));
            entry(ws, r, FormLayout.I_DIFFICULTIES, null);
            entry(ws, r, FormLayout.I_PROPOSALS, null);
            r++;
        }
        int lastItem = r - 1;
        if (lastItem >= firstItem) {
            ws.range(firstItem, FormLayout.I_STATUS, lastItem, FormLayout.I_STATUS)
                    .validateWithListByFormula(statusList())
                    .allowBlank(true)
                    .showErrorMessage(true)
                    .errorTitle("Tình trạng")
                    .error("Chọn tình trạng trong danh sách");
            String pct = cellRef(firstItem, FormLayout.I_PERCENT);
            ws.range(firstItem, FormLayout.I_PERCENT, lastItem, FormLayout.I_PERCENT)
                    .validateWithFormula(
                            // no "<" in a validation formula: fastexcel writes it into the XML unescaped
                            "OR(ISBLANK(" + pct + "),AND(ISNUMBER(" + pct + ")," + pct + ">=0,100>=" + pct + "))")
                    .allowBlank(true)
                    .showErrorMessage(true)
                    .errorTitle("Tỷ lệ hoàn thành")
                    .error("Nhập một số từ 0 đến 100");
            String date = cellRef(firstItem, FormLayout.I_DONE_ON);
            ws.range(firstItem, FormLayout.I_DONE_ON, lastItem, FormLayout.I_DONE_ON)
                    .validateWithFormula("OR(ISBLANK(" + date + "),ISNUMBER(" + date + "))")
                    .allowBlank(true)
                    .showErrorMessage(true)
                    .errorTitle("Ngày hoàn thành")
                    .error("Nhập ngày dạng dd/mm/yyyy");
        }
        r++;
        section(ws, r++, "II. CHỈ TIÊU");
        headings(ws, r++, FormLayout.INDICATOR_HEADINGS);
        n = 1;
        for (Indicator indicator : form.indicators()) {
            locked(ws, r, FormLayout.C_NUMBER, Integer.toString(n++));
            locked(ws, r, FormLayout.C_CODE, indicator.code().value());
            locked(ws, r, FormLayout.C_NAME, indicator.name());
            locked(ws, r, FormLayout.C_KIND, indicator.kind().vi());
            locked(ws, r, FormLayout.C_MEASURE, indicator.unitOfMeasure().orElse(""));
            valueCells(ws, r, indicator.kind());
            r++;
        }
        ws.protect("civicplan");
        ws.finish();

        Worksheet key = wb.newWorksheet(FormLayout.KEY_SHEET);
        key.setVisibilityState(VisibilityState.VERY_HIDDEN);
        List<String> itemIds = form.items().stream().map(i -> i.id().value()).toList();
        List<String> codes =
                form.indicators().stream().map(i -> i.code().value()).toList();
        int k = 0;
        pair(key, k++, "format", FormLayout.FORMAT);
        pair(key, k++, "unit", form.unit().code().value());
        pair(key, k++, "program", form.program().id().value());
        pair(key, k++, "period", rp.period().code());
        pair(
                key,
                k++,
                "checksum",
                FormLayout.checksum(
                        form.unit().code().value(),
                        form.program().id().value(),
                        rp.period().code(),
                        itemIds,
                        codes));
        for (String id : itemIds) {
            pair(key, k++, "item", id);
        }
        for (String code : codes) {
            pair(key, k++, "indicator", code);
        }
        key.protect("civicplan");
        key.finish();
        wb.finish();
    }

    /** Writes the form of {@code unit} for {@code period} to {@code file}. */
    public UnitForm write(ProgramId program, UnitCode unit, Period period, Path file) {
        UnitForm form = prepare(program, unit, period);
        try (OutputStream out = Files.newOutputStream(file)) {
            write(form, out);
        } catch (IOException e) {
            throw UnableToExportException.writing("biểu mẫu " + file, "the form " + file, e);
        }
        return form;
    }

    private static void valueCells(Worksheet ws, int r, IndicatorKind kind) {
        switch (kind) {
            case COUNT -> {
                entry(ws, r, FormLayout.C_VALUE, null);
                numberCheck(ws, r, FormLayout.C_VALUE, ">=0", "Nhập một số không âm");
            }
            case MONEY -> {
                entry(ws, r, FormLayout.C_VALUE, null);
                ws.style(r, FormLayout.C_VALUE)
                        .format("#,##0")
                        .protectionOption(ProtectionOption.LOCKED, false)
                        .set();
                String ref = cellRef(r, FormLayout.C_VALUE);
                ws.range(r, FormLayout.C_VALUE, r, FormLayout.C_VALUE)
                        .validateWithFormula("OR(ISBLANK(" + ref + "),AND(ISNUMBER(" + ref + ")," + ref + ">=0,INT("
                                + ref + ")=" + ref + "))")
                        .allowBlank(true)
                        .showErrorMessage(true)
                        .errorTitle("Giá trị (đồng)")
                        .error("Nhập số đồng, số nguyên không âm");
            }
            case PERCENT -> {
                entry(ws, r, FormLayout.C_NUMERATOR, null);
                entry(ws, r, FormLayout.C_DENOMINATOR, null);
                numberCheck(ws, r, FormLayout.C_NUMERATOR, ">=0", "Tử số: một số không âm");
                numberCheck(ws, r, FormLayout.C_DENOMINATOR, ">0", "Mẫu số: một số lớn hơn 0");
            }
            case MILESTONE -> {
                entry(ws, r, FormLayout.C_VALUE, null);
                ws.range(r, FormLayout.C_VALUE, r, FormLayout.C_VALUE)
                        .validateWithListByFormula("\"" + FormLayout.REACHED + "," + FormLayout.NOT_REACHED + "\"")
                        .allowBlank(true)
                        .showErrorMessage(true)
                        .errorTitle("Mốc hoàn thành")
                        .error("Chọn Đạt hoặc Chưa đạt");
            }
        }
    }

    private static void numberCheck(Worksheet ws, int r, int c, String bound, String error) {
        String ref = cellRef(r, c);
        ws.range(r, c, r, c)
                .validateWithFormula("OR(ISBLANK(" + ref + "),AND(ISNUMBER(" + ref + ")," + ref + bound + "))")
                .allowBlank(true)
                .showErrorMessage(true)
                .errorTitle("Giá trị")
                .error(error);
    }

    private static String statusList() {
        StringBuilder out = new StringBuilder("\"");
        for (ItemStatus s : ItemStatus.values()) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(s.vi());
        }
        return out.append('"').toString();
    }

    private static String role(Item item, UnitCode unit) {
        if (item.assignment().leadUnits().contains(unit)) {
            return "Chủ trì";
        }
        if (item.assignment().coordinatingUnits().contains(unit)) {
            return "Phối hợp";
        }
        return "Báo cáo";
    }

    static String cellRef(int r, int c) {
        return Location.columnName(c) + (r + 1);
    }

    private static void title(Worksheet ws, int r, String text) {
        ws.value(r, 0, text);
        ws.range(r, 0, r, WIDTH - 1).merge();
        ws.style(r, 0).bold().fontSize(13).set();
    }

    private static void line(Worksheet ws, int r, String text) {
        ws.value(r, 0, text);
        ws.range(r, 0, r, WIDTH - 1).merge();
    }

    private static void section(Worksheet ws, int r, String text) {
        ws.value(r, 0, text);
        ws.style(r, 0).bold().set();
    }

    private static void headings(Worksheet ws, int r, List<String> headings) {
        for (int c = 0; c < headings.size(); c++) {
            ws.value(r, c, headings.get(c));
            ws.style(r, c)
                    .bold()
                    .wrapText(true)
                    .fillColor("D9E1F2")
                    .borderStyle("thin")
                    .set();
        }
    }

    private static void locked(Worksheet ws, int r, int c, String text) {
        ws.value(r, c, text);
        ws.style(r, c).wrapText(true).fillColor("F2F2F2").borderStyle("thin").set();
    }

    private static void entry(Worksheet ws, int r, int c, String text) {
        if (text != null) {
            ws.value(r, c, text);
        }
        ws.style(r, c)
                .wrapText(true)
                .borderStyle("thin")
                .protectionOption(ProtectionOption.LOCKED, false)
                .set();
    }

    private static void pair(Worksheet ws, int r, String name, String value) {
        ws.value(r, 0, name);
        ws.value(r, 1, value);
    }
}
