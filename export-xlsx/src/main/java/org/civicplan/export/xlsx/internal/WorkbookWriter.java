package org.civicplan.export.xlsx.internal;

import static java.util.Objects.requireNonNull;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.civicplan.core.CivicPlanException;
import org.civicplan.core.Lang;
import org.civicplan.core.Message;
import org.civicplan.core.export.ExportScope;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.FundingSource;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.Product;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgressState;
import org.civicplan.core.model.PublicInvestment;
import org.civicplan.core.model.Target;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.Review;
import org.civicplan.core.review.ReviewStatus;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.text.RomanNumerals;
import org.civicplan.export.xlsx.AppendixColumn;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the workbook. Each sheet is written top to bottom and finished before the next starts;
 * long sheets are flushed every {@value #FLUSH_EVERY} rows so only that many rows are ever held.
 */
public final class WorkbookWriter {
    public static final String FONT = "Times New Roman";
    static final int FLUSH_EVERY = 1000;
    static final String MONEY = "#,##0";
    static final String DATE = "dd/mm/yyyy";
    static final String HEADER_FILL = "D9E1F2";
    static final String SECTION_FILL = "F2F2F2";
    static final double LINE_HEIGHT = 15.75;
    /** Rows above the appendix's header row: "PHỤ LỤC", the list's title, the plan it belongs to. */
    public static final int APPENDIX_HEADER_ROW = 3;

    private final ExportRequest request;
    private final Set<AppendixColumn> optional;
    private final Lang lang;
    private final UnitDirectory units;

    public WorkbookWriter(ExportRequest request, Set<AppendixColumn> optional) {
        this.request = requireNonNull(request, "request is null");
        this.optional = requireNonNull(optional, "optional is null");
        this.lang = request.lang();
        this.units = request.store().units().directory();
    }

    public void write(OutputStream out) {
        try {
            Workbook wb = new Workbook(new KeepOpen(out), "civicplan", "1.0");
            Set<String> names = new HashSet<>();
            List<Plan> plans = ExportScope.plans(request);
            String appendix = t("Phụ lục", "Appendix");
            if (plans.isEmpty()) {
                Worksheet ws = wb.newWorksheet(appendix);
                ws.value(0, 0, t("Không có kế hoạch", "No plan"));
                finish(ws);
            }
            for (Plan plan : plans) {
                String name = plans.size() == 1
                        ? appendix
                        : sheetName(appendix + " " + plan.id().value(), names);
                names.add(name);
                appendixSheet(wb.newWorksheet(name), plan);
            }
            Period period = ExportScope.reviewPeriod(request);
            List<Review> reviews =
                    reviewSheet(wb.newWorksheet(t("Sơ kết", "Review")), ExportScope.programs(request), period);
            indicatorSheet(wb.newWorksheet(t("Chỉ tiêu", "Indicators")), reviews, period);
            resourceSheet(wb.newWorksheet(t("Nguồn lực", "Resources")), reviews, period);
            investmentSheet(wb.newWorksheet(t("Đầu tư công", "Public investment")), plans);
            wb.finish();
        } catch (IOException e) {
            throw new CivicPlanException(
                    Message.of(
                            "Không ghi được tệp Excel (xlsx): " + e.getMessage(),
                            "Unable to write the spreadsheet (xlsx): " + e.getMessage()),
                    e);
        }
    }

    // ---------------------------------------------------------------- appendix

    private record Col(String vi, String en, double width) {}

    List<Col> appendixColumns() {
        List<Col> cols = new ArrayList<>(List.of(
                new Col("STT", "No.", 6),
                new Col("Nhiệm vụ", "Task", 40),
                new Col("Cơ quan chủ trì", "Lead agency", 16),
                new Col("Cơ quan phối hợp", "Coordinating agencies", 20),
                new Col("Thời gian hoàn thành", "Deadline", 13),
                new Col("Sản phẩm", "Product", 24),
                new Col("Cấp trình", "Approved by", 16)));
        if (optional.contains(AppendixColumn.FUNDING)) {
            cols.add(new Col("Kinh phí (đồng)", "Funding (VND)", 17));
        }
        if (optional.contains(AppendixColumn.FUNDING_SOURCES)) {
            cols.add(new Col("Nguồn vốn", "Funding sources", 18));
        }
        if (optional.contains(AppendixColumn.INDICATORS)) {
            cols.add(new Col("Chỉ tiêu liên quan", "Related indicators", 14));
        }
        if (optional.contains(AppendixColumn.STATUS)) {
            cols.add(new Col("Tình trạng", "Status", 14));
        }
        return cols;
    }

    private void appendixSheet(Worksheet ws, Plan plan) throws IOException {
        List<Col> cols = appendixColumns();
        int last = cols.size() - 1;
        columns(ws, cols, cols.size());
        printSetup(ws, APPENDIX_HEADER_ROW);
        ws.freezePane(0, APPENDIX_HEADER_ROW + 1);

        title(ws, 0, last, t("PHỤ LỤC", "APPENDIX"), 13);
        title(ws, 1, last, t("DANH MỤC NHIỆM VỤ", "LIST OF TASKS") + " — " + plan.title(), 12);
        String attached = plan.document()
                .map(d -> t("(Kèm theo ", "(Attached to ") + d.describe(lang) + ")")
                .orElse(t("(Kèm theo ", "(Attached to ") + plan.title() + ")");
        ws.value(2, 0, attached);
        ws.range(2, 0, 2, last).merge();
        base(ws.range(2, 0, 2, last).style())
                .italic()
                .horizontalAlignment("center")
                .set();
        header(ws, APPENDIX_HEADER_ROW, cols);

        List<Item> items = request.store().items().byPlan(plan.id());
        List<String> sections = plan.appendixSections();
        int row = APPENDIX_HEADER_ROW + 1;
        BigInteger total = BigInteger.ZERO;
        for (int s = 1; s <= sections.size(); s++) {
            ws.value(row, 0, RomanNumerals.of(s));
            base(ws.style(row, 0))
                    .bold()
                    .horizontalAlignment("center")
                    .fillColor(SECTION_FILL)
                    .borderStyle(BorderStyle.THIN)
                    .set();
            ws.value(row, 1, sections.get(s - 1));
            ws.range(row, 1, row, last).merge();
            base(ws.range(row, 1, row, last).style())
                    .bold()
                    .fillColor(SECTION_FILL)
                    .borderStyle(BorderStyle.THIN)
                    .set();
            row++;
            for (Item item : items) {
                if (item.section().orElse(0) == s) {
                    total = total.add(item.assignment().resources().total().dong());
                    itemRow(ws, row++, item);
                    if (row % FLUSH_EVERY == 0) {
                        flush(ws);
                    }
                }
            }
        }
        boolean heading = false;
        for (Item item : items) {
            int s = item.section().orElse(0);
            if (s < 1 || s > sections.size()) {
                if (!heading && !sections.isEmpty()) {
                    heading = true;
                    ws.value(row, 0, RomanNumerals.of(sections.size() + 1));
                    base(ws.style(row, 0))
                            .bold()
                            .horizontalAlignment("center")
                            .fillColor(SECTION_FILL)
                            .borderStyle(BorderStyle.THIN)
                            .set();
                    ws.value(row, 1, t("Nhiệm vụ khác", "Other tasks"));
                    ws.range(row, 1, row, last).merge();
                    base(ws.range(row, 1, row, last).style())
                            .bold()
                            .fillColor(SECTION_FILL)
                            .borderStyle(BorderStyle.THIN)
                            .set();
                    row++;
                }
                total = total.add(item.assignment().resources().total().dong());
                itemRow(ws, row++, item);
                if (row % FLUSH_EVERY == 0) {
                    flush(ws);
                }
            }
        }
        if (optional.contains(AppendixColumn.FUNDING)) {
            int fundingCol = 7;
            ws.value(row, 1, t("Tổng kinh phí", "Total funding"));
            ws.range(row, 1, row, fundingCol - 1).merge();
            base(ws.range(row, 0, row, fundingCol - 1).style())
                    .bold()
                    .borderStyle(BorderStyle.THIN)
                    .set();
            ws.value(row, fundingCol, total);
            base(ws.style(row, fundingCol))
                    .bold()
                    .format(MONEY)
                    .borderStyle(BorderStyle.THIN)
                    .set();
        }
        finish(ws);
    }

    private void itemRow(Worksheet ws, int row, Item item) {
        int c = 0;
        cell(ws, row, c++, item.number()).horizontalAlignment("center").set();
        cell(ws, row, c++, item.title()).set();
        cell(ws, row, c++, names(item.assignment().leadUnits())).set();
        cell(ws, row, c++, names(item.assignment().coordinatingUnits())).set();
        cell(ws, row, c++, item.deadline().map(p -> p.format(lang)).orElse(""))
                .horizontalAlignment("center")
                .set();
        cell(ws, row, c++, product(item.product())).set();
        cell(ws, row, c++, item.approvalLevel().map(a -> a.label(lang)).orElse(""))
                .set();
        if (optional.contains(AppendixColumn.FUNDING)) {
            Vnd total = item.assignment().resources().total();
            if (total.isZero()) {
                cell(ws, row, c++, "").set();
            } else {
                ws.value(row, c, total.dong());
                base(ws.style(row, c++))
                        .format(MONEY)
                        .borderStyle(BorderStyle.THIN)
                        .set();
            }
        }
        if (optional.contains(AppendixColumn.FUNDING_SOURCES)) {
            cell(ws, row, c++, sources(item)).set();
        }
        if (optional.contains(AppendixColumn.INDICATORS)) {
            StringJoiner codes = new StringJoiner(", ");
            item.indicators().forEach(i -> codes.add(i.value()));
            cell(ws, row, c++, codes.toString()).horizontalAlignment("center").set();
        }
        if (optional.contains(AppendixColumn.STATUS)) {
            ProgressState state = item.stateOn(request.asOf());
            cell(ws, row, c, state.label(lang)).fillColor(Colours.of(state)).set();
        }
    }

    String product(Product product) {
        String text = product.description()
                .or(() -> product.kind().map(k -> k.label(lang)))
                .orElse("");
        if (product.quantity().isPresent()) {
            text = text + " (" + t("số lượng: ", "quantity: ")
                    + product.quantity().get() + ")";
        }
        return text;
    }

    private String sources(Item item) {
        Set<String> labels = new LinkedHashSet<>();
        for (FundingLine line : item.assignment().resources().funding()) {
            labels.add(line.source().label(lang));
        }
        if (item.assignment().resources().regularBudget()) {
            labels.add(FundingSource.REGULAR_BUDGET.label(lang));
        }
        return String.join("; ", labels);
    }

    private String names(List<UnitCode> codes) {
        StringJoiner out = new StringJoiner(", ");
        codes.forEach(c -> out.add(units.nameOf(c)));
        return out.toString();
    }

    // ---------------------------------------------------------------- review

    /**
     * Reviews the programs one at a time, writing each review's item and unit lines as it comes.
     * Returns the reviews without those lines (the later sheets need only indicators and
     * resources), so a whole portfolio's item lines are never all held at once.
     */
    private List<Review> reviewSheet(Worksheet ws, List<Program> programs, Period period) throws IOException {
        List<Col> cols = new ArrayList<>(List.of(
                new Col("STT", "No.", 6),
                new Col("Nhiệm vụ", "Task", 46),
                new Col("Kế hoạch", "Plan", 14),
                new Col("Cơ quan chủ trì", "Lead agency", 18),
                new Col("Hạn hoàn thành", "Due", 13),
                new Col("Tình trạng", "Status", 18),
                new Col("Tỷ lệ hoàn thành (%)", "Done (%)", 11),
                new Col("Ngày hoàn thành", "Completed on", 13)));
        ReviewStatus[] statuses = ReviewStatus.values();
        int width = Math.max(cols.size(), 4 + statuses.length);
        columns(ws, cols, width);
        printSetup(ws, -1);
        int last = cols.size() - 1;
        int row = 0;
        title(ws, row++, last, t("SƠ KẾT ", "REVIEW, ") + period.format(lang).toUpperCase(lang.locale()), 13);
        List<Review> reviewed = new ArrayList<>(programs.size());
        for (Program program : programs) {
            Review review = ExportScope.review(request, program.id(), period);
            reviewed.add(new Review(
                    review.program(),
                    review.reporting(),
                    review.asOf(),
                    List.of(),
                    review.indicators(),
                    List.of(),
                    List.of(),
                    review.resources(),
                    List.of(),
                    List.of()));
            row++;
            title(ws, row++, last, programTitle(review), 12);
            note(
                    ws,
                    row++,
                    last,
                    t("Tình hình thực hiện nhiệm vụ đến ngày ", "Tasks as of ") + date(review.asOf()),
                    true);
            header(ws, row++, cols);
            for (Review.ItemLine line : review.items()) {
                int c = 0;
                cell(ws, row, c++, line.number()).horizontalAlignment("center").set();
                cell(ws, row, c++, line.title()).set();
                cell(ws, row, c++, line.plan().value()).set();
                cell(ws, row, c++, line.lead().map(units::nameOf).orElse("")).set();
                dateCell(ws, row, c++, line.due());
                cell(ws, row, c++, line.status().label(lang))
                        .fillColor(Colours.of(line.status()))
                        .set();
                if (line.percentDone().isPresent()) {
                    cell(ws, row, c++, line.percentDone().get())
                            .horizontalAlignment("center")
                            .set();
                } else {
                    cell(ws, row, c++, "").set();
                }
                dateCell(ws, row, c, line.completedOn());
                row++;
                if (row % FLUSH_EVERY == 0) {
                    flush(ws);
                }
            }
            row++;
            note(ws, row++, last, t("Kết quả theo đơn vị", "By unit"), true);
            List<Col> unitCols = new ArrayList<>();
            unitCols.add(new Col("STT", "No.", 0));
            unitCols.add(new Col("Đơn vị", "Unit", 0));
            unitCols.add(new Col("Báo cáo", "Report", 0));
            unitCols.add(new Col("Số nhiệm vụ", "Items", 0));
            for (ReviewStatus s : statuses) {
                unitCols.add(new Col(s.vi(), s.en(), 0));
            }
            header(ws, row++, unitCols);
            int n = 0;
            for (Review.UnitScore score : review.units()) {
                int c = 0;
                cell(ws, row, c++, ++n).horizontalAlignment("center").set();
                cell(ws, row, c++, units.nameOf(score.unit())).set();
                cell(ws, row, c++, score.report().map(r -> r.label(lang)).orElse(t("Chưa báo cáo", "Not reported")))
                        .set();
                cell(ws, row, c++, score.itemsLed())
                        .horizontalAlignment("center")
                        .set();
                for (ReviewStatus s : statuses) {
                    int count = score.count(s);
                    StyleSetter st = cell(ws, row, c++, count).horizontalAlignment("center");
                    if (count > 0) {
                        st.fillColor(Colours.of(s));
                    }
                    st.set();
                }
                row++;
            }
            if (!review.unitsNotReported().isEmpty()) {
                row++;
                note(
                        ws,
                        row++,
                        last,
                        t("Đơn vị chưa báo cáo: ", "Units that did not report: ") + names(review.unitsNotReported()),
                        false);
            }
        }
        finish(ws);
        return reviewed;
    }

    private void indicatorSheet(Worksheet ws, List<Review> reviews, Period period) throws IOException {
        List<Col> cols = List.of(
                new Col("Mã", "Code", 11),
                new Col("Chỉ tiêu", "Indicator", 46),
                new Col("Đơn vị tính", "Unit", 14),
                new Col("Kết quả trong kỳ", "Value for the period", 14),
                new Col("Mục tiêu của kỳ", "Target for the period", 16),
                new Col("Mục tiêu cuối kỳ", "Final target", 16),
                new Col("Tỷ lệ đạt (%)", "Achievement (%)", 12),
                new Col("Đánh giá", "Standing", 20));
        columns(ws, cols, cols.size());
        printSetup(ws, -1);
        int last = cols.size() - 1;
        int row = 0;
        title(
                ws,
                row++,
                last,
                t("KẾT QUẢ THỰC HIỆN CHỈ TIÊU, ", "INDICATORS, ")
                        + period.format(lang).toUpperCase(lang.locale()),
                13);
        for (Review review : reviews) {
            row++;
            title(ws, row++, last, programTitle(review), 12);
            header(ws, row++, cols);
            for (Review.IndicatorLine line : review.indicators()) {
                int c = 0;
                cell(ws, row, c++, line.code().value()).set();
                cell(ws, row, c++, line.name()).set();
                cell(ws, row, c++, line.unitOfMeasure().orElse("")).set();
                if (line.value().isPresent()) {
                    number(ws, row, c++, line.value().get().value());
                } else {
                    cell(ws, row, c++, "").set();
                }
                cell(ws, row, c++, line.target().map(this::target).orElse("")).set();
                cell(ws, row, c++, line.finalTarget().map(this::target).orElse(""))
                        .set();
                if (line.achievementPercent().isPresent()) {
                    number(ws, row, c++, line.achievementPercent().get());
                } else {
                    cell(ws, row, c++, "").set();
                }
                cell(ws, row, c, line.rag().label(lang))
                        .fillColor(Colours.of(line.rag()))
                        .set();
                row++;
            }
            row++;
            StringJoiner counts = new StringJoiner("; ");
            review.indicatorCounts().forEach((rag, n) -> counts.add(rag.label(lang) + ": " + n));
            note(ws, row++, last, counts.toString(), false);
        }
        finish(ws);
    }

    private String target(Target target) {
        String sign =
                switch (target.comparison()) {
                    case AT_LEAST -> "≥ ";
                    case AT_MOST -> "≤ ";
                    case EQUAL -> "= ";
                };
        return sign + target.value().stripTrailingZeros().toPlainString() + " ("
                + target.period().format(lang) + ")";
    }

    private void resourceSheet(Worksheet ws, List<Review> reviews, Period period) throws IOException {
        List<Col> cols = List.of(
                new Col("Nguồn vốn", "Funding source", 28),
                new Col("Đơn vị chủ trì", "Lead unit", 24),
                new Col("Năm", "Year", 8),
                new Col("Kế hoạch (đồng)", "Planned (VND)", 20),
                new Col("Đã sử dụng (đồng)", "Reported spent (VND)", 20),
                new Col("Tỷ lệ (%)", "Share (%)", 10));
        columns(ws, cols, cols.size());
        printSetup(ws, -1);
        int last = cols.size() - 1;
        int row = 0;
        title(
                ws,
                row++,
                last,
                t("NGUỒN LỰC THỰC HIỆN, ", "RESOURCES, ") + period.format(lang).toUpperCase(lang.locale()),
                13);
        for (Review review : reviews) {
            row++;
            title(ws, row++, last, programTitle(review), 12);
            header(ws, row++, cols);
            Map<FundingSource, Vnd[]> bySource = new EnumMap<>(FundingSource.class);
            Vnd[] all = {Vnd.ZERO, Vnd.ZERO};
            for (Review.ResourceLine line : review.resources()) {
                cell(ws, row, 0, line.source().label(lang)).set();
                cell(ws, row, 1, units.nameOf(line.unit())).set();
                cell(ws, row, 2, line.year()).horizontalAlignment("center").set();
                money(ws, row, 3, line.planned(), false);
                money(ws, row, 4, line.reported(), false);
                share(ws, row, 5, line.planned(), line.reported(), false);
                Vnd[] pair = bySource.computeIfAbsent(line.source(), k -> new Vnd[] {Vnd.ZERO, Vnd.ZERO});
                pair[0] = pair[0].plus(line.planned());
                pair[1] = pair[1].plus(line.reported());
                all[0] = all[0].plus(line.planned());
                all[1] = all[1].plus(line.reported());
                row++;
            }
            for (Map.Entry<FundingSource, Vnd[]> e : bySource.entrySet()) {
                cell(ws, row, 0, t("Cộng: ", "Subtotal: ") + e.getKey().label(lang))
                        .bold()
                        .set();
                ws.range(row, 0, row, 2).merge();
                base(ws.range(row, 0, row, 2).style())
                        .bold()
                        .borderStyle(BorderStyle.THIN)
                        .set();
                money(ws, row, 3, e.getValue()[0], true);
                money(ws, row, 4, e.getValue()[1], true);
                share(ws, row, 5, e.getValue()[0], e.getValue()[1], true);
                row++;
            }
            cell(ws, row, 0, t("Tổng cộng", "Total")).set();
            ws.range(row, 0, row, 2).merge();
            base(ws.range(row, 0, row, 2).style())
                    .bold()
                    .fillColor(SECTION_FILL)
                    .borderStyle(BorderStyle.THIN)
                    .set();
            money(ws, row, 3, all[0], true);
            money(ws, row, 4, all[1], true);
            share(ws, row, 5, all[0], all[1], true);
            row++;
        }
        finish(ws);
    }

    private void investmentSheet(Worksheet ws, List<Plan> plans) throws IOException {
        List<Col> cols = List.of(
                new Col("STT", "No.", 6),
                new Col("Tên dự án", "Project", 46),
                new Col("Kế hoạch", "Plan", 14),
                new Col("Cơ quan chủ trì", "Lead agency", 20),
                new Col("Nhóm dự án", "Project group", 10),
                new Col("Tổng mức đầu tư dự kiến (đồng)", "Estimated total investment (VND)", 22),
                new Col("Thời gian hoàn thành", "Deadline", 14),
                new Col("Ghi chú", "Note", 24));
        columns(ws, cols, cols.size());
        int last = cols.size() - 1;
        title(
                ws,
                0,
                last,
                t("DANH MỤC DỰ ÁN ĐỀ XUẤT CHUẨN BỊ ĐẦU TƯ CÔNG TRUNG HẠN", "MEDIUM-TERM PUBLIC INVESTMENT CANDIDATES"),
                13);
        header(ws, 2, cols);
        printSetup(ws, 2);
        ws.freezePane(0, 3);
        int row = 3;
        int n = 0;
        BigInteger total = BigInteger.ZERO;
        for (Plan plan : plans) {
            for (Item item : request.store().items().byPlan(plan.id())) {
                if (item.publicInvestment().isEmpty()) {
                    continue;
                }
                PublicInvestment pi = item.publicInvestment().get();
                int c = 0;
                cell(ws, row, c++, ++n).horizontalAlignment("center").set();
                cell(ws, row, c++, item.title()).set();
                cell(ws, row, c++, plan.id().value() + " / " + item.number()).set();
                cell(ws, row, c++, names(item.assignment().leadUnits())).set();
                cell(ws, row, c++, pi.projectGroup().orElse(""))
                        .horizontalAlignment("center")
                        .set();
                money(ws, row, c++, pi.estimatedTotal(), false);
                cell(ws, row, c++, item.deadline().map(p -> p.format(lang)).orElse(""))
                        .horizontalAlignment("center")
                        .set();
                cell(ws, row, c, pi.note().orElse("")).set();
                total = total.add(pi.estimatedTotal().dong());
                row++;
                if (row % FLUSH_EVERY == 0) {
                    flush(ws);
                }
            }
        }
        cell(ws, row, 1, t("Tổng cộng", "Total")).bold().set();
        money(ws, row, 5, new Vnd(total), true);
        finish(ws);
    }

    // ---------------------------------------------------------------- row heights

    private double[] widths = new double[0];
    private int pendingRow = -1;
    private int pendingLines = 1;

    /** Sets the column widths (columns past {@code cols} get 12) and remembers them to size rows. */
    private void columns(Worksheet ws, List<Col> cols, int count) {
        widths = new double[count];
        for (int c = 0; c < count; c++) {
            widths[c] = c < cols.size() ? cols.get(c).width() : 12;
            ws.width(c, widths[c]);
        }
        pendingRow = -1;
        pendingLines = 1;
    }

    /**
     * Neither fastexcel nor every spreadsheet program sizes rows to wrapped text, so the row height
     * is estimated from the longest text against its column width; rows are written in order, so a
     * row is sized when the next one starts (or before a flush).
     */
    private void track(Worksheet ws, int row, int col, String text) {
        if (row != pendingRow) {
            applyPending(ws);
            pendingRow = row;
        }
        pendingLines = Math.max(pendingLines, lines(text, col < widths.length ? widths[col] : 10));
    }

    private void applyPending(Worksheet ws) {
        if (pendingRow >= 0 && pendingLines > 1) {
            ws.rowHeight(pendingRow, pendingLines * LINE_HEIGHT + 4);
        }
        pendingRow = -1;
        pendingLines = 1;
    }

    static int lines(String text, double width) {
        int perLine = Math.max(1, (int) Math.floor(width));
        int lines = 0;
        for (String part : text.split("\n", -1)) {
            lines += Math.max(1, (part.length() + perLine - 1) / perLine);
        }
        return lines;
    }

    private void flush(Worksheet ws) throws IOException {
        applyPending(ws);
        ws.flush();
    }

    private void finish(Worksheet ws) throws IOException {
        applyPending(ws);
        ws.finish();
    }

    // ---------------------------------------------------------------- cells and styles

    private String programTitle(Review review) {
        Program program = request.store().programs().get(review.program());
        String name = program.document()
                .map(d -> d.describe(lang))
                .orElse(t("Chương trình ", "Program ") + program.id().value());
        return name + ": " + program.title();
    }

    private static StyleSetter base(StyleSetter style) {
        return style.fontName(FONT).fontSize(12).wrapText(true).verticalAlignment("center");
    }

    private StyleSetter cell(Worksheet ws, int row, int col, String value) {
        track(ws, row, col, value);
        ws.value(row, col, value);
        return base(ws.style(row, col)).borderStyle(BorderStyle.THIN);
    }

    private static StyleSetter cell(Worksheet ws, int row, int col, int value) {
        ws.value(row, col, value);
        return base(ws.style(row, col)).borderStyle(BorderStyle.THIN);
    }

    private static void number(Worksheet ws, int row, int col, BigDecimal value) {
        ws.value(
                row,
                col,
                value.setScale(
                        Math.min(2, Math.max(0, value.stripTrailingZeros().scale())), RoundingMode.HALF_UP));
        base(ws.style(row, col))
                .format("#,##0.##")
                .horizontalAlignment("right")
                .borderStyle(BorderStyle.THIN)
                .set();
    }

    private static void money(Worksheet ws, int row, int col, Vnd value, boolean bold) {
        ws.value(row, col, value.dong());
        StyleSetter st = base(ws.style(row, col)).format(MONEY).borderStyle(BorderStyle.THIN);
        if (bold) {
            st.bold();
        }
        st.set();
    }

    private static void share(Worksheet ws, int row, int col, Vnd planned, Vnd reported, boolean bold) {
        StyleSetter st;
        if (planned.isZero()) {
            ws.value(row, col, "");
            st = base(ws.style(row, col)).borderStyle(BorderStyle.THIN);
        } else {
            BigDecimal pct = reported.toBigDecimal()
                    .multiply(BigDecimal.valueOf(100))
                    .divide(planned.toBigDecimal(), 1, RoundingMode.HALF_UP);
            ws.value(row, col, pct);
            st = base(ws.style(row, col)).format("0.0").borderStyle(BorderStyle.THIN);
        }
        if (bold) {
            st.bold();
        }
        st.set();
    }

    private void dateCell(Worksheet ws, int row, int col, Optional<LocalDate> date) {
        if (date.isPresent()) {
            ws.value(row, col, date.get());
            base(ws.style(row, col))
                    .format(DATE)
                    .horizontalAlignment("center")
                    .borderStyle(BorderStyle.THIN)
                    .set();
        } else {
            cell(ws, row, col, "").set();
        }
    }

    /** A line of text across the table: bold for a sub-heading, italic for a remark. */
    private void note(Worksheet ws, int row, int last, String text, boolean bold) {
        double total = 0;
        for (int c = 0; c <= last && c < widths.length; c++) {
            total += widths[c];
        }
        int lines = lines(text, total);
        if (lines > 1) {
            ws.rowHeight(row, lines * LINE_HEIGHT + 4);
        }
        ws.value(row, 0, text);
        ws.range(row, 0, row, last).merge();
        StyleSetter style = base(ws.range(row, 0, row, last).style()).horizontalAlignment("left");
        (bold ? style.bold() : style.italic()).set();
    }

    private void title(Worksheet ws, int row, int last, String text, int size) {
        double total = 0;
        for (int c = 0; c <= last && c < widths.length; c++) {
            total += widths[c];
        }
        int lines = lines(text, Math.max(10, total * 0.9));
        if (lines > 1) {
            ws.rowHeight(row, lines * (size + 4.5) + 4);
        }
        ws.value(row, 0, text);
        ws.range(row, 0, row, last).merge();
        base(ws.range(row, 0, row, last).style())
                .bold()
                .fontSize(size)
                .horizontalAlignment("center")
                .set();
    }

    private void header(Worksheet ws, int row, List<Col> cols) {
        for (int c = 0; c < cols.size(); c++) {
            track(ws, row, c, t(cols.get(c).vi(), cols.get(c).en()));
            ws.value(row, c, t(cols.get(c).vi(), cols.get(c).en()));
            base(ws.style(row, c))
                    .bold()
                    .horizontalAlignment("center")
                    .fillColor(HEADER_FILL)
                    .borderStyle(BorderStyle.THIN)
                    .set();
        }
    }

    /** A4 landscape, fitted to the page width, the header row repeated on each page, page numbers. */
    private void printSetup(Worksheet ws, int headerRow) {
        ws.pageOrientation("landscape");
        ws.paperSize(PaperSize.A4_PAPER);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
        ws.leftMargin(0.5f);
        ws.rightMargin(0.5f);
        ws.topMargin(0.6f);
        ws.bottomMargin(0.6f);
        if (headerRow >= 0) {
            ws.repeatRows(headerRow);
        }
        ws.footer(t("Trang &P/&N", "Page &P of &N"), Position.CENTER);
    }

    private String date(LocalDate date) {
        return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private String t(String vi, String en) {
        return lang == Lang.VI ? vi : en;
    }

    /** Excel sheet names: at most 31 characters, none of []:*?/\ and unique in the workbook. */
    static String sheetName(String wanted, Set<String> taken) {
        String clean = wanted.replaceAll("[\\[\\]:*?/\\\\]", "-");
        String name = clean.length() > 31 ? clean.substring(0, 31) : clean;
        int n = 2;
        while (taken.contains(name)) {
            String suffix = " (" + n++ + ")";
            name = (clean.length() + suffix.length() > 31 ? clean.substring(0, 31 - suffix.length()) : clean) + suffix;
        }
        return name;
    }

    /** fastexcel finishes the zip stream; the exporter contract leaves closing to the caller. */
    static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
