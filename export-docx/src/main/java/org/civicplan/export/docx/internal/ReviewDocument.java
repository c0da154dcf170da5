package org.civicplan.export.docx.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.civicplan.core.Lang;
import org.civicplan.core.NumberText;
import org.civicplan.core.export.ExportScope;
import org.civicplan.core.export.ItemText;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.SteeringCommittee;
import org.civicplan.core.model.Target;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.Rag;
import org.civicplan.core.review.Review;
import org.civicplan.core.review.ReviewKind;
import org.civicplan.core.review.ReviewStatus;
import org.civicplan.core.spi.ExportRequest;

/**
 * The review report (báo cáo sơ kết, or tổng kết over several years) of each program in scope, as a
 * draft Word document in the layout Decree 30/2020/NĐ-CP sets for a report: the heading block
 * (issuing body over its parent | national name and motto, number line | place and date line, left
 * blank for the office to fill), the title "BÁO CÁO" and its subject, then I. results (items by
 * status with their numbers, indicators against targets), II. shortcomings (overdue items, units that
 * did not report, indicators off track or at risk), III. tasks for the next period (items due in it),
 * the recipients and signature block, and the appendix tables on landscape pages: every item's
 * status, every indicator's standing, the scorecard by unit. Every number comes from the same {@link
 * Review} the other exports use, judged on the request's date.
 */
public final class ReviewDocument {
    /** A4 portrait text width with the Decree 30 margins, in twentieths of a point. */
    private static final int TEXT_WIDTH =
            AppendixDocument.PAGE_HEIGHT - AppendixDocument.MARGIN_LEFT - AppendixDocument.MARGIN_RIGHT;

    private static final int[] HEADING = {TEXT_WIDTH * 2 / 5, TEXT_WIDTH - TEXT_WIDTH * 2 / 5};
    private static final int[] ITEM_TABLE = {600, 4300, 1300, 2300, 1300, 1500, 700, 1286};
    private static final int[] INDICATOR_TABLE = {600, 4400, 1500, 1700, 1500, 1200, 2386};
    private static final int[] UNIT_TABLE = {600, 4300, 1300, 1300, 1300, 1300, 1300, 1986};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ExportRequest request;
    private final Lang lang;
    private final UnitDirectory units;
    private WordBody body;

    public ReviewDocument(ExportRequest request) {
        this.request = requireNonNull(request, "request is null");
        this.lang = request.lang();
        this.units = request.store().units().directory();
    }

    public void write(OutputStream target) {
        WordPackage.write(target, "báo cáo sơ kết (docx)", "the review report (docx)", this::document);
    }

    private void document(WordBody wordBody) throws IOException {
        body = wordBody;
        Period period = ExportScope.reviewPeriod(request);
        List<Program> programs = ExportScope.programs(request);
        if (programs.isEmpty()) {
            body.paragraph("center", false, false, WordBody.BODY, lang.pick("Không có chương trình", "No program"));
            body.endSection(false, true, true);
        }
        for (int i = 0; i < programs.size(); i++) {
            Program program = programs.get(i);
            Review review = ExportScope.review(request, program.id(), period);
            report(program, review);
            body.endSection(false, false, true);
            appendices(review);
            body.endSection(true, i == programs.size() - 1, false);
        }
    }

    private void report(Program program, Review review) throws IOException {
        UnitCode reporter = program.steeringCommittee()
                .map(SteeringCommittee::standingAgency)
                .orElse(program.issuer());
        headingBlock(reporter);
        Period period = review.reporting().period();
        body.paragraph("center", true, false, 28, lang.pick("BÁO CÁO", "REPORT"));
        body.paragraph(
                "center",
                true,
                false,
                WordBody.BODY,
                ReviewKind.title(period, lang)
                        + lang.pick(" thực hiện ", " of ")
                        + program.document()
                                .map(d -> d.describe(lang))
                                .orElse(program.id().value()));
        body.paragraph("center", true, false, WordBody.BODY, program.title());
        body.paragraph("center", false, false, WordBody.BODY, "―――――");
        body.text(lang.pick(
                "Số liệu tính từ ngày " + date(review.reporting().dataFrom()) + " đến ngày "
                        + date(review.reporting().dataTo()) + "; tình trạng nhiệm vụ đánh giá tại ngày "
                        + date(review.asOf()) + ". Báo cáo được lập từ các báo cáo đã duyệt của các đơn vị.",
                "Data from " + date(review.reporting().dataFrom()) + " to "
                        + date(review.reporting().dataTo())
                        + "; item states judged on " + date(review.asOf())
                        + ". Drawn from the units' approved reports."));

        body.heading(lang.pick("I. KẾT QUẢ THỰC HIỆN", "I. RESULTS"));
        body.heading(lang.pick("1. Thực hiện nhiệm vụ", "1. Items"));
        Map<ReviewStatus, Integer> counts = review.itemCounts();
        body.text(lang.pick("Tổng số nhiệm vụ: ", "Items in all: ")
                + review.items().size() + ".");
        for (ReviewStatus status : ReviewStatus.values()) {
            if (counts.get(status) > 0) {
                body.text("- " + status.label(lang) + ": " + counts.get(status) + " "
                        + lang.pick("nhiệm vụ", plural(counts.get(status), "item"))
                        + share(counts.get(status), review.items().size()) + ".");
            }
        }
        body.heading(lang.pick("2. Thực hiện các chỉ tiêu", "2. Indicators"));
        body.text(lang.pick("Tổng số chỉ tiêu: ", "Indicators in all: ")
                + review.indicators().size() + ".");
        for (Review.IndicatorLine line : review.indicators()) {
            body.text("- " + line.name() + ": " + indicatorSentence(line) + ".");
        }

        body.heading(lang.pick("II. TỒN TẠI, HẠN CHẾ", "II. SHORTCOMINGS"));
        List<Review.ItemLine> overdue = review.itemsWith(ReviewStatus.OVERDUE);
        body.heading(lang.pick("1. Nhiệm vụ quá hạn: ", "1. Overdue items: ") + overdue.size());
        for (Review.ItemLine line : overdue) {
            body.text("- " + itemSentence(line));
        }
        body.heading(lang.pick("2. Đơn vị chưa gửi báo cáo: ", "2. Units that did not report: ")
                + review.unitsNotReported().size());
        for (UnitCode unit : review.unitsNotReported()) {
            body.text("- " + units.nameOf(unit) + ".");
        }
        List<Review.IndicatorLine> offTrack = review.indicators().stream()
                .filter(l -> l.rag() == Rag.OFF_TRACK || l.rag() == Rag.AT_RISK)
                .toList();
        body.heading(
                lang.pick("3. Chỉ tiêu không đạt hoặc có nguy cơ không đạt: ", "3. Indicators off track or at risk: ")
                        + offTrack.size());
        for (Review.IndicatorLine line : offTrack) {
            body.text("- " + line.name() + ": " + indicatorSentence(line) + ".");
        }

        body.heading(lang.pick("III. NHIỆM VỤ KỲ TỚI", "III. TASKS FOR THE NEXT PERIOD"));
        Optional<Period> next = next(period);
        if (next.isEmpty()) {
            body.text(lang.pick(
                    "Kỳ báo cáo là cả giai đoạn của Chương trình; nhiệm vụ giai đoạn tới do Chương trình mới xác định.",
                    "The review covers the program's whole term; the next term's tasks come with the next program."));
        } else {
            List<Item> due = dueIn(program, review, next.get());
            body.text(lang.pick("Nhiệm vụ đến hạn trong ", "Items due in ")
                    + next.get().format(lang) + ": " + due.size() + ".");
            for (Item item : due) {
                body.text("- " + lang.pick("Nhiệm vụ số ", "Item ") + item.number() + " ("
                        + item.plan().value() + "): " + item.title()
                        + lead(item) + dueText(item.dueDate()) + ".");
            }
        }
        signatureBlock();
    }

    private void headingBlock(UnitCode reporter) throws IOException {
        Optional<OrgUnit> unit = units.find(reporter);
        String parent = unit.flatMap(OrgUnit::parent)
                .map(units::nameOf)
                .map(s -> s.toUpperCase(Locale.ROOT))
                .orElse("");
        body.layoutTable(HEADING);
        writeHeadingRow(parent, unit.map(OrgUnit::name).orElse(reporter.value()).toUpperCase(Locale.ROOT));
        body.endTable();
        body.paragraph("center", false, false, WordBody.BODY, "");
    }

    private void writeHeadingRow(String parent, String reporter) throws IOException {
        List<WordBody.Line> left = new ArrayList<>();
        if (!parent.isEmpty()) {
            left.add(new WordBody.Line(false, false, parent));
        }
        left.add(new WordBody.Line(true, false, reporter));
        left.add(new WordBody.Line(false, false, lang.pick("Số:        /BC-", "No.:        /BC-")));
        List<WordBody.Line> right = List.of(
                new WordBody.Line(
                        true, false, lang.pick("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM")),
                new WordBody.Line(
                        true, false, lang.pick("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness")),
                new WordBody.Line(false, true, lang.pick("……, ngày …… tháng …… năm ……", "……, date ……")));
        body.openRow();
        body.layoutCell(HEADING[0], left);
        body.layoutCell(HEADING[1], right);
        body.closeRow();
    }

    private void signatureBlock() throws IOException {
        body.paragraph("left", false, false, WordBody.BODY, "");
        body.layoutTable(HEADING);
        body.openRow();
        body.layoutCell(
                HEADING[0],
                List.of(
                        new WordBody.Line(true, true, lang.pick("Nơi nhận:", "To:")),
                        new WordBody.Line(false, false, lang.pick("- Như trên;", "- As above;")),
                        new WordBody.Line(false, false, lang.pick("- Lưu: VT.", "- Filed: archive."))));
        body.layoutCell(
                HEADING[1],
                List.of(
                        new WordBody.Line(true, false, lang.pick("THỦ TRƯỞNG CƠ QUAN", "HEAD OF THE AGENCY")),
                        new WordBody.Line(false, true, lang.pick("(Ký, ghi rõ họ tên)", "(Signature and full name)"))));
        body.closeRow();
        body.endTable();
    }

    private void appendices(Review review) throws IOException {
        body.paragraph("center", true, false, WordBody.BODY, lang.pick("Phụ lục I", "Appendix I"));
        body.paragraph(
                "center",
                true,
                false,
                WordBody.BODY,
                lang.pick("TÌNH HÌNH THỰC HIỆN NHIỆM VỤ", "ITEMS AND THEIR STATE"));
        body.paragraph(
                "center",
                false,
                true,
                WordBody.BODY,
                lang.pick("(Kèm theo Báo cáo ", "(Attached to the report ")
                        + lowerFirst(ReviewKind.title(review.reporting().period(), lang)) + ")");
        body.table(
                ITEM_TABLE,
                List.of(
                        lang.pick("STT", "No."),
                        lang.pick("Nhiệm vụ", "Item"),
                        lang.pick("Kế hoạch", "Plan"),
                        lang.pick("Cơ quan chủ trì", "Lead"),
                        lang.pick("Thời hạn", "Due"),
                        lang.pick("Tình trạng", "State"),
                        "%",
                        lang.pick("Ngày hoàn thành", "Done on")));
        for (Review.ItemLine line : review.items()) {
            body.row(
                    ITEM_TABLE,
                    List.of(
                            Integer.toString(line.number()),
                            line.title(),
                            line.plan().value(),
                            ItemText.leadUnits(line, units, ItemText.UNITS_IN_CELL),
                            line.due().map(ReviewDocument::date).orElse(""),
                            line.status().label(lang),
                            line.percentDone().map(String::valueOf).orElse(""),
                            line.completedOn().map(ReviewDocument::date).orElse("")),
                    "center",
                    "left",
                    "center",
                    "left",
                    "center",
                    "center",
                    "center",
                    "center");
        }
        body.endTable();

        body.paragraph("center", false, false, WordBody.BODY, "");
        body.paragraph("center", true, false, WordBody.BODY, lang.pick("Phụ lục II", "Appendix II"));
        body.paragraph(
                "center",
                true,
                false,
                WordBody.BODY,
                lang.pick("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "INDICATORS AGAINST TARGETS"));
        body.table(
                INDICATOR_TABLE,
                List.of(
                        lang.pick("STT", "No."),
                        lang.pick("Chỉ tiêu", "Indicator"),
                        lang.pick("Kết quả", "Value"),
                        lang.pick("Mục tiêu kỳ", "Target"),
                        lang.pick("Mục tiêu cuối kỳ", "Final target"),
                        lang.pick("Đạt (%)", "Achieved (%)"),
                        lang.pick("Đánh giá", "Standing")));
        int n = 1;
        for (Review.IndicatorLine line : review.indicators()) {
            body.row(
                    INDICATOR_TABLE,
                    List.of(
                            Integer.toString(n++),
                            line.name(),
                            line.value()
                                    .map(v -> number(v.value())
                                            + line.unitOfMeasure()
                                                    .map(u -> " " + u)
                                                    .orElse(""))
                                    .orElse(""),
                            line.target().map(this::target).orElse(""),
                            line.finalTarget().map(this::target).orElse(""),
                            line.achievementPercent()
                                    .map(a -> NumberText.percent(a, lang))
                                    .orElse(""),
                            line.rag().label(lang)),
                    "center",
                    "left",
                    "center",
                    "center",
                    "center",
                    "center",
                    "center");
        }
        body.endTable();

        body.paragraph("center", false, false, WordBody.BODY, "");
        body.paragraph("center", true, false, WordBody.BODY, lang.pick("Phụ lục III", "Appendix III"));
        body.paragraph("center", true, false, WordBody.BODY, lang.pick("KẾT QUẢ THEO ĐƠN VỊ CHỦ TRÌ", "BY LEAD UNIT"));
        body.table(
                UNIT_TABLE,
                List.of(
                        lang.pick("STT", "No."),
                        lang.pick("Đơn vị", "Unit"),
                        lang.pick("Số nhiệm vụ chủ trì", "Items led"),
                        ReviewStatus.DONE_ON_TIME.label(lang),
                        ReviewStatus.DONE_LATE.label(lang),
                        ReviewStatus.OVERDUE.label(lang),
                        ReviewStatus.IN_PROGRESS.label(lang),
                        lang.pick("Báo cáo", "Report")));
        n = 1;
        for (Review.UnitScore score : review.units()) {
            body.row(
                    UNIT_TABLE,
                    List.of(
                            Integer.toString(n++),
                            units.nameOf(score.unit()),
                            Integer.toString(score.itemsLed()),
                            Integer.toString(score.count(ReviewStatus.DONE_ON_TIME)),
                            Integer.toString(score.count(ReviewStatus.DONE_LATE)),
                            Integer.toString(score.count(ReviewStatus.OVERDUE)),
                            Integer.toString(score.count(ReviewStatus.IN_PROGRESS)),
                            score.report().map(r -> r.label(lang)).orElse(lang.pick("Chưa gửi", "Not sent"))),
                    "center",
                    "left",
                    "center",
                    "center",
                    "center",
                    "center",
                    "center",
                    "center");
        }
        body.endTable();
    }

    /** The items of the program due in {@code next} and not done or cancelled at the review. */
    private List<Item> dueIn(Program program, Review review, Period next) {
        Map<ItemId, ReviewStatus> states = new HashMap<>();
        review.items().forEach(l -> states.put(l.id(), l.status()));
        List<Item> due = new ArrayList<>();
        for (Item item : ExportScope.programItems(request, program.id())) {
            ReviewStatus state = states.get(item.id());
            boolean closed = state == ReviewStatus.DONE_ON_TIME
                    || state == ReviewStatus.DONE_LATE
                    || state == ReviewStatus.CANCELLED
                    || item.status() == ItemStatus.DONE
                    || item.status() == ItemStatus.CANCELLED;
            if (!closed && item.dueDate().filter(next::contains).isPresent()) {
                due.add(item);
            }
        }
        return due;
    }

    /** The period after a half-year, quarter, month or year; none after a multi-year term. */
    static Optional<Period> next(Period period) {
        if (period instanceof Period.HalfYear h) {
            return Optional.of(h.half() == 1 ? Period.secondHalf(h.year()) : Period.firstHalf(h.year() + 1));
        }
        if (period instanceof Period.Year y) {
            return Optional.of(Period.year(y.year() + 1));
        }
        if (period instanceof Period.Quarter q) {
            return Optional.of(
                    q.quarter() == 4 ? Period.quarter(q.year() + 1, 1) : Period.quarter(q.year(), q.quarter() + 1));
        }
        if (period instanceof Period.Month m) {
            LocalDate first = m.month().atDay(1).plusMonths(1);
            return Optional.of(Period.month(first.getYear(), first.getMonthValue()));
        }
        return Optional.empty();
    }

    private String itemSentence(Review.ItemLine line) {
        // the lead as every export prints it (the plan's words when kept), from the review line
        String lead = leadClause(ItemText.leadUnits(line, units, ", "));
        return lang.pick("Nhiệm vụ số ", "Item ") + line.number() + " ("
                + line.plan().value() + "): " + line.title()
                + lead
                + dueText(line.due()) + ".";
    }

    private String lead(Item item) {
        return leadClause(ItemText.leadUnits(item, units, ", "));
    }

    private String leadClause(String leads) {
        return leads.isEmpty() ? "" : lang.pick("; chủ trì: ", "; lead: ") + leads;
    }

    private String dueText(Optional<LocalDate> due) {
        return due.map(d -> lang.pick("; thời hạn: ", "; due: ") + date(d)).orElse("");
    }

    private String indicatorSentence(Review.IndicatorLine line) {
        String value = line.value()
                .map(v -> lang.pick("đạt ", "reached ")
                        + number(v.value())
                        + line.unitOfMeasure().map(u -> " " + u).orElse(""))
                .orElse(lang.pick("chưa có số liệu", "no data"));
        String target = line.target()
                .map(t -> lang.pick(", mục tiêu ", ", target ") + target(t))
                .orElse("");
        String achieved = line.achievementPercent()
                .map(a -> " (" + NumberText.percent(a, lang) + ")")
                .orElse("");
        return value + target + achieved + " — " + line.rag().label(lang);
    }

    private String target(Target target) {
        return target.comparison().code().replace(">=", "≥").replace("<=", "≤") + " " + number(target.value()) + " ("
                + target.period().format(lang) + ")";
    }

    private String number(BigDecimal value) {
        return NumberText.number(value, lang);
    }

    private String share(int count, int total) {
        if (total == 0) {
            return "";
        }
        BigDecimal percent =
                BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
        return " (" + NumberText.percent(percent, lang) + ")";
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    private String plural(int n, String word) {
        return n == 1 ? word : word + "s";
    }

    private static String date(LocalDate date) {
        return DATE.format(date);
    }
}
