package org.civicplan.appendix;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.civicplan.appendix.internal.FormFiles;
import org.civicplan.appendix.internal.FormLayout;
import org.civicplan.appendix.internal.FormReader;
import org.civicplan.core.CivicPlanException;
import org.civicplan.core.Message;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemProgress;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.ReportId;
import org.civicplan.core.model.ReportStatus;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.ReportingCalendar;
import org.civicplan.core.service.PlanService;
import org.civicplan.core.service.ReportService;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.core.text.VietnameseText;

/**
 * Collects filled-in unit report forms ({@link ReportForms}) back: checks that the form is a unit's
 * own for its period (its identifiers and their checksum), that the period is open (no approved
 * report locks it, the unit's report is not submitted), and that every row belongs to the unit as
 * the store has it now; then records the unit's draft report ({@link ReportService#saveDraft}) and
 * its indicator values ({@link PlanService#recordMeasurement}) as that unit — through the access
 * policy, audited, in one transaction. A form collected again replaces the unit's draft. A form with
 * any error records nothing.
 *
 * <p>A row with no status is not reported. A blank percent is 100 for a done item, else the draft's
 * earlier figure, else 0. Difficulties and proposals are kept on the report, each prefixed with the
 * item's id.
 */
public final class FormCollector {
    private static final Pattern SPREADSHEET = Pattern.compile("(?i)^(?!~\\$).+\\.(xlsx|xlsm|xls|xlsb|ods)$");

    private final PlanService plans;
    private final ReportService reports;
    private final ReportingCalendar calendar;
    private final ReadLimits limits;

    public FormCollector(PlanService plans, ReportService reports) {
        this(plans, reports, ReportingCalendar.stateRegime(), ReadLimits.DEFAULT);
    }

    public FormCollector(PlanService plans, ReportService reports, ReportingCalendar calendar, ReadLimits limits) {
        this.plans = requireNonNull(plans, "plans is null");
        this.reports = requireNonNull(reports, "reports is null");
        this.calendar = requireNonNull(calendar, "calendar is null");
        this.limits = requireNonNull(limits, "limits is null");
    }

    /** Collects one form, recorded under {@code official}'s name for the form's unit. */
    public FormReceipt collect(Path file, String official) {
        return collect(file, official, Optional.empty(), Optional.empty());
    }

    /**
     * Collects every spreadsheet of {@code folder} (.xlsx, .xlsm, .xls, .xlsb, .ods; in name order; an
     * old or foreign one is refused with its receipt, never skipped) expected for the program
     * and period; says which units with a form for the period have still not reported.
     */
    public FormCollection collectFolder(Path folder, ProgramId program, Period period, String official) {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            // not only .xlsx: a form saved as .xls or .xlsm is told about (refused or read), never skipped
            files = list.filter(
                            p -> SPREADSHEET.matcher(p.getFileName().toString()).matches())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UnableToReadAppendixException(
                    Location.ofFile(folder.toString()),
                    Message.of(
                            "không đọc được thư mục biểu mẫu (" + e.getMessage() + "): kiểm tra đường dẫn và quyền đọc",
                            "cannot list the folder of forms (" + e.getMessage()
                                    + "): check the path and read permission"),
                    e);
        }
        List<FormReceipt> receipts = new ArrayList<>();
        for (Path file : files) {
            receipts.add(collect(file, official, Optional.of(program), Optional.of(period)));
        }
        PortfolioStore store = plans.store();
        List<UnitCode> missing = new ArrayList<>();
        for (UnitForm form : new ReportForms(store, calendar).all(program, period)) {
            if (store.reports().find(program, period, form.unit().code()).isEmpty()) {
                missing.add(form.unit().code());
            }
        }
        return new FormCollection(period, receipts, missing);
    }

    private FormReceipt collect(
            Path file, String official, Optional<ProgramId> wantedProgram, Optional<Period> wantedPeriod) {
        requireNonNull(file, "file is null");
        requireNonNull(official, "official is null");
        String name = file.getFileName().toString();
        List<Problem> problems = new ArrayList<>();
        FormReader.Read read;
        try {
            FormFiles.inspect(file, limits, problems::add);
            read = new FormReader(file, problems).read();
        } catch (UnableToReadAppendixException e) {
            problems.add(new Problem(Problem.Severity.ERROR, e.location(), e.text()));
            return refused(name, Optional.empty(), Optional.empty(), problems);
        }
        Location key = Location.ofSheet(name, FormLayout.KEY_SHEET);
        PortfolioStore store = plans.store();
        Optional<UnitCode> unit =
                read.unit().flatMap(u -> store.units().find(UnitCode.of(u))).map(u -> u.code());
        Optional<Program> program = read.program().flatMap(p -> store.programs().find(ProgramId.of(p)));
        Optional<Period> period = read.period().flatMap(FormCollector::period);
        if (unit.isEmpty() || program.isEmpty() || period.isEmpty()) {
            problems.add(Problem.error(
                    key,
                    "biểu không ghi rõ đơn vị, chương trình, kỳ có trong kho ("
                            + read.unit().orElse("?") + ", " + read.program().orElse("?") + ", "
                            + read.period().orElse("?") + ") — dùng biểu đã gửi",
                    "the form does not name a unit, program and period the store has ("
                            + read.unit().orElse("?")
                            + ", " + read.program().orElse("?") + ", "
                            + read.period().orElse("?")
                            + ") — use the form you were sent"));
            return refused(name, unit, period, problems);
        }
        String expected = FormLayout.checksum(
                read.unit().get(), read.program().get(), read.period().get(), read.keyItems(), read.keyIndicators());
        if (!read.checksum().map(expected::equals).orElse(false)) {
            problems.add(Problem.error(
                    key,
                    "phần định danh của biểu đã bị sửa (mã kiểm tra không khớp) — dùng biểu đã gửi, không sửa mã",
                    "the form's identifiers were changed (the checksum does not match) — use the form you were sent,"
                            + " without editing its codes"));
            return refused(name, unit, period, problems);
        }
        if (wantedProgram.isPresent()
                        && !wantedProgram.get().equals(program.get().id())
                || wantedPeriod.isPresent() && !wantedPeriod.get().equals(period.get())) {
            problems.add(Problem.error(
                    key,
                    "biểu của kỳ " + period.get().code() + " (chương trình "
                            + program.get().id()
                            + "), không phải kỳ đang thu "
                            + wantedPeriod.map(Period::code).orElse("")
                            + " — gửi đúng biểu của kỳ này",
                    "the form is for " + period.get().code() + " (program "
                            + program.get().id()
                            + "), not the period being collected "
                            + wantedPeriod.map(Period::code).orElse("")
                            + " — send this period's form"));
            return refused(name, unit, period, problems);
        }
        UnitCode u = unit.get();
        Period p = period.get();
        Optional<ProgressReport> earlier = store.reports().find(program.get().id(), p, u);
        if (ReportService.isLocked(store, program.get(), p, u)) {
            problems.add(Problem.error(
                    key,
                    "kỳ " + p.code() + " của đơn vị " + u + " đã được duyệt và khóa — đề nghị mở lại báo cáo trước khi"
                            + " gửi lại",
                    "the period " + p.code() + " of unit " + u + " is approved and locked — ask for the report to be"
                            + " reopened first"));
        } else if (earlier.isPresent() && earlier.get().status() == ReportStatus.SUBMITTED) {
            problems.add(Problem.error(
                    key,
                    "báo cáo " + earlier.get().id() + " của đơn vị " + u + " kỳ " + p.code()
                            + " đã gửi — đề nghị trả lại trước khi gửi bản sửa",
                    "report " + earlier.get().id() + " of unit " + u + " for " + p.code()
                            + " is submitted — ask for it to be returned before sending a correction"));
        }
        List<String> shown = read.items().stream().map(FormReader.ItemRow::id).toList();
        List<String> shownCodes =
                read.indicators().stream().map(FormReader.IndicatorRow::code).toList();
        if (!shown.equals(read.keyItems()) || !shownCodes.equals(read.keyIndicators())) {
            problems.add(Problem.error(
                    Location.ofSheet(name, FormLayout.SHEET),
                    "các dòng nhiệm vụ, chỉ tiêu của biểu không khớp phần định danh (dòng bị thêm, xóa hoặc sửa mã)"
                            + " — dùng biểu đã gửi, không thêm, xóa dòng",
                    "the form's item and indicator rows do not match its identifiers (rows added, deleted or codes"
                            + " edited) — use the form you were sent without adding or deleting rows"));
        }
        List<ItemProgress> lines = new ArrayList<>();
        Set<String> difficulties = new LinkedHashSet<>();
        Set<String> proposals = new LinkedHashSet<>();
        LocalDate today = plans.today();
        for (FormReader.ItemRow row : read.items()) {
            Optional<Item> item = store.items().find(ItemId.of(row.id()));
            if (item.isEmpty() || !ReportForms.involves(item.get(), u)) {
                problems.add(Problem.error(
                        row.at().atColumn(FormLayout.I_ID, Optional.of("Mã nhiệm vụ")),
                        "nhiệm vụ " + row.id() + " không phải của đơn vị " + u
                                + " (không chủ trì, phối hợp hay báo cáo) — xóa dòng này khỏi biểu hoặc xin biểu mới",
                        "item " + row.id() + " is not unit " + u
                                + "'s (it neither leads, coordinates nor reports on it) — ask for a new form"));
                continue;
            }
            itemLine(row, item.get(), earlier, today, problems).ifPresent(lines::add);
            if (!row.difficulties().isEmpty()) {
                difficulties.add(row.id() + ": " + row.difficulties());
            }
            if (!row.proposals().isEmpty()) {
                proposals.add(row.id() + ": " + row.proposals());
            }
        }
        List<Measurement> values = new ArrayList<>();
        for (FormReader.IndicatorRow row : read.indicators()) {
            Optional<Indicator> indicator = store.indicators().find(IndicatorCode.of(row.code()));
            if (indicator.isEmpty()
                    || !indicator.get().program().equals(program.get().id())
                    || !indicator.get().reportingUnit().map(u::equals).orElse(false)) {
                problems.add(Problem.error(
                        row.at().atColumn(FormLayout.C_CODE, Optional.of("Mã chỉ tiêu")),
                        "chỉ tiêu " + row.code() + " không do đơn vị " + u + " báo cáo — xin biểu mới",
                        "indicator " + row.code() + " is not reported by unit " + u + " — ask for a new form"));
                continue;
            }
            value(row, indicator.get(), problems)
                    .ifPresent(v -> values.add(
                            new Measurement(indicator.get().code(), p, u, v, Optional.of("Biểu báo cáo " + name))));
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            return refused(name, unit, period, problems);
        }
        ReportId id = earlier.map(ProgressReport::id).orElse(ReportId.of("BC-" + u.value() + "-" + p.code()));
        ProgressReport report = new ProgressReport(
                id,
                program.get().id(),
                u,
                p,
                ReportStatus.DRAFT,
                lines,
                earlier.flatMap(ProgressReport::narrative),
                List.copyOf(difficulties),
                List.copyOf(proposals),
                Optional.empty(),
                earlier.map(ProgressReport::version).orElse(0L));
        Actor actor = new Actor(u, official);
        try {
            store.inTransaction(tx -> {
                reports.saveDraft(actor, report);
                for (Measurement m : values) {
                    plans.recordMeasurement(actor, m);
                }
                return null;
            });
        } catch (CivicPlanException refusedByStore) {
            problems.add(new Problem(Problem.Severity.ERROR, key, refusedByStore.text()));
            return refused(name, unit, period, problems);
        }
        boolean late = today.isAfter(calendar.forPeriod(p).due());
        return new FormReceipt(
                name,
                unit,
                period,
                true,
                earlier.isPresent(),
                late,
                lines.size(),
                values.size(),
                Optional.of(id),
                problems);
    }

    private static FormReceipt refused(
            String name, Optional<UnitCode> unit, Optional<Period> period, List<Problem> problems) {
        return new FormReceipt(name, unit, period, false, false, false, 0, 0, Optional.empty(), problems);
    }

    private static Optional<Period> period(String code) {
        try {
            return Optional.of(Period.parse(code));
        } catch (CivicPlanException e) {
            return Optional.empty();
        }
    }

    private static Optional<ItemProgress> itemLine(
            FormReader.ItemRow row,
            Item item,
            Optional<ProgressReport> earlier,
            LocalDate today,
            List<Problem> problems) {
        if (row.status().isEmpty()) {
            return Optional.empty();
        }
        Location statusAt = row.at().atColumn(FormLayout.I_STATUS, Optional.of("Tình trạng"));
        Optional<ItemStatus> status = statusOf(row.status());
        if (status.isEmpty()) {
            problems.add(Problem.error(
                    statusAt,
                    "tình trạng \"" + row.status() + "\" không có trong danh sách — chọn trong danh sách thả xuống",
                    "status \"" + row.status() + "\" is not one of the list — pick one from the drop-down"));
            return Optional.empty();
        }
        int percent;
        Location percentAt = row.at().atColumn(FormLayout.I_PERCENT, Optional.of("Tỷ lệ hoàn thành (%)"));
        if (row.percent().isEmpty()) {
            percent = status.get() == ItemStatus.DONE
                    ? 100
                    : earlier.flatMap(r -> r.items().stream()
                                    .filter(l -> l.item().equals(item.id()))
                                    .findFirst())
                            .map(ItemProgress::percentDone)
                            .orElse(0);
        } else {
            Optional<BigDecimal> n = number(row.percent());
            if (n.isEmpty() || n.get().signum() < 0 || n.get().compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(Problem.error(
                        percentAt,
                        "tỷ lệ \"" + row.percent() + "\" không phải số từ 0 đến 100",
                        "percent \"" + row.percent() + "\" is not a number from 0 to 100"));
                return Optional.empty();
            }
            percent = n.get().setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
        }
        Location doneAt = row.at().atColumn(FormLayout.I_DONE_ON, Optional.of("Ngày hoàn thành"));
        if (row.doneOn().isPresent() && row.doneOn().get().isAfter(today)) {
            problems.add(Problem.error(
                    doneAt,
                    "ngày hoàn thành " + row.doneOn().get() + " ở tương lai — ghi ngày đã hoàn thành",
                    "completion date " + row.doneOn().get() + " is in the future — write the day it was done"));
            return Optional.empty();
        }
        if (row.doneOn().isPresent() && status.get() != ItemStatus.DONE) {
            problems.add(Problem.warning(
                    doneAt,
                    "có ngày hoàn thành nhưng tình trạng là \"" + status.get().vi() + "\": ngày không được ghi",
                    "a completion date with status \"" + status.get().en() + "\": the date is not recorded"));
        }
        Optional<LocalDate> doneOn = status.get() == ItemStatus.DONE ? row.doneOn() : Optional.empty();
        return Optional.of(new ItemProgress(
                item.id(),
                status.get(),
                percent,
                doneOn,
                row.result().isEmpty() ? Optional.empty() : Optional.of(row.result()),
                List.of()));
    }

    private static Optional<ItemStatus> statusOf(String text) {
        String key = VietnameseText.fold(text);
        for (ItemStatus s : ItemStatus.values()) {
            if (VietnameseText.fold(s.vi()).equals(key)
                    || VietnameseText.fold(s.en()).equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static Optional<MeasuredValue> value(
            FormReader.IndicatorRow row, Indicator indicator, List<Problem> problems) {
        Location valueAt = row.at().atColumn(FormLayout.C_VALUE, Optional.of("Giá trị"));
        switch (indicator.kind()) {
            case PERCENT -> {
                if (row.numerator().isEmpty() && row.denominator().isEmpty()) {
                    return Optional.empty();
                }
                Optional<BigDecimal> num = number(row.numerator());
                Optional<BigDecimal> den = number(row.denominator());
                if (num.isEmpty()
                        || num.get().signum() < 0
                        || den.isEmpty()
                        || den.get().signum() <= 0) {
                    problems.add(Problem.error(
                            row.at().atColumn(FormLayout.C_NUMERATOR, Optional.of("Tử số")),
                            "tỷ lệ cần tử số không âm và mẫu số lớn hơn 0, không phải \"" + row.numerator() + "\" / \""
                                    + row.denominator() + "\"",
                            "a ratio needs a non-negative numerator and a denominator above 0, not \"" + row.numerator()
                                    + "\" / \"" + row.denominator() + "\""));
                    return Optional.empty();
                }
                return Optional.of(new MeasuredValue.Ratio(num.get(), den.get()));
            }
            case MILESTONE -> {
                if (row.value().isEmpty()) {
                    return Optional.empty();
                }
                String key = VietnameseText.fold(row.value());
                if (key.equals(VietnameseText.fold(FormLayout.REACHED))) {
                    return Optional.of(new MeasuredValue.Milestone(true));
                }
                if (key.equals(VietnameseText.fold(FormLayout.NOT_REACHED))) {
                    return Optional.of(new MeasuredValue.Milestone(false));
                }
                problems.add(Problem.error(
                        valueAt,
                        "\"" + row.value() + "\": chọn Đạt hoặc Chưa đạt",
                        "\"" + row.value() + "\": pick Đạt (reached) or Chưa đạt (not reached)"));
                return Optional.empty();
            }
            default -> {
                if (row.value().isEmpty()) {
                    return Optional.empty();
                }
                Optional<BigDecimal> n = number(row.value());
                boolean money = indicator.kind() == org.civicplan.core.model.IndicatorKind.MONEY;
                if (n.isEmpty()
                        || n.get().signum() < 0
                        || money
                                && (n.get().stripTrailingZeros().scale() > 0
                                        || n.get().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0)) {
                    problems.add(Problem.error(
                            valueAt,
                            "\"" + row.value() + "\" không phải "
                                    + (money ? "số đồng (số nguyên không âm)" : "số không âm"),
                            "\"" + row.value() + "\" is not "
                                    + (money ? "an amount in đồng (a whole number)" : "a non-negative number")));
                    return Optional.empty();
                }
                return Optional.of(
                        money
                                ? new MeasuredValue.Money(Vnd.of(n.get().longValueExact()))
                                : new MeasuredValue.Count(n.get()));
            }
        }
    }

    private static Optional<BigDecimal> number(String text) {
        try {
            return Optional.of(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
