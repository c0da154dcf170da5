package org.civicplan.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.AdjustmentId;
import org.civicplan.core.model.AdjustmentStatus;
import org.civicplan.core.model.ApprovalLevel;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.Baseline;
import org.civicplan.core.model.Direction;
import org.civicplan.core.model.Frequency;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.FundingSource;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.IndicatorKind;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemKind;
import org.civicplan.core.model.ItemProgress;
import org.civicplan.core.model.ItemScope;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.Official;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.PlanSections;
import org.civicplan.core.model.PlanStatus;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.model.Product;
import org.civicplan.core.model.ProductKind;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.PublicInvestment;
import org.civicplan.core.model.ReportId;
import org.civicplan.core.model.ReportStatus;
import org.civicplan.core.model.Resources;
import org.civicplan.core.model.Section;
import org.civicplan.core.model.SteeringCommittee;
import org.civicplan.core.model.Target;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitKind;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;

/**
 * A small, coherent portfolio used by the store contract tests and service tests. Illustrative
 * only: modelled on Program 07-CTr/TU, not the official list.
 */
public final class TestPortfolios {
    public static final PortfolioId HANOI = PortfolioId.of("hanoi-test");
    public static final UnitCode TU = UnitCode.of("TU");
    public static final UnitCode UBND = UnitCode.of("UBND");
    public static final UnitCode SKHCN = UnitCode.of("SKHCN");
    public static final UnitCode STTTT = UnitCode.of("STTTT");
    public static final UnitCode STC = UnitCode.of("STC");
    public static final UnitCode QCG = UnitCode.of("QCG");
    public static final ProgramId PROGRAM = ProgramId.of("07-CTr/TU");
    public static final PlanId PLAN = PlanId.of("KH-186");
    public static final PlanId UNIT_PLAN = PlanId.of("KH-SKHCN-2021");
    public static final IndicatorCode IND_TFP = IndicatorCode.of("CT07-01");
    public static final IndicatorCode IND_INNOV = IndicatorCode.of("CT07-02");
    public static final IndicatorCode IND_PLATFORM = IndicatorCode.of("CT07-03");

    private TestPortfolios() {}

    public static List<OrgUnit> units() {
        return List.of(
                OrgUnit.of("TU", "Thành ủy Hà Nội", UnitKind.PARTY_COMMITTEE),
                OrgUnit.of("UBND", "Ủy ban nhân dân Thành phố Hà Nội", UnitKind.PEOPLES_COMMITTEE),
                OrgUnit.of("SKHCN", "Sở Khoa học và Công nghệ", UnitKind.DEPARTMENT)
                        .withParent(UBND)
                        .withShortName("Sở KH&CN"),
                OrgUnit.of("STTTT", "Sở Thông tin và Truyền thông", UnitKind.DEPARTMENT)
                        .withParent(UBND)
                        .withShortName("Sở TT&TT"),
                OrgUnit.of("STC", "Sở Tài chính", UnitKind.DEPARTMENT).withParent(UBND),
                OrgUnit.of("QCG", "UBND quận Cầu Giấy", UnitKind.DISTRICT).withParent(UBND));
    }

    public static Program program() {
        return new Program(
                PROGRAM,
                Optional.of(DocumentRef.parse("07-CTr/TU")),
                "Đẩy mạnh phát triển khoa học, công nghệ và đổi mới sáng tạo trên địa bàn Thành phố Hà Nội giai đoạn 2021-2025",
                TU,
                Optional.of("XVII"),
                Period.years(2021, 2025),
                List.of("Khoa học, công nghệ và đổi mới sáng tạo là động lực chính của tăng trưởng"),
                List.of("Đến năm 2025, Hà Nội nằm trong nhóm dẫn đầu cả nước về chỉ số đổi mới sáng tạo"),
                List.of(IND_TFP, IND_INNOV, IND_PLATFORM),
                List.of(Section.of("muc-tieu", "Mục tiêu", "Mục tiêu chung và cụ thể")),
                Optional.of(new SteeringCommittee(
                        Official.named("Nguyễn Văn A", "Phó Bí thư Thành ủy", TU),
                        Official.named("Trần Thị B", "Phó Chủ tịch UBND Thành phố", UBND),
                        List.of(Official.post("Giám đốc Sở Khoa học và Công nghệ", SKHCN)),
                        SKHCN)),
                0);
    }

    public static Plan plan() {
        return new Plan(
                PLAN,
                Optional.of(PROGRAM),
                Optional.empty(),
                UBND,
                Optional.empty(),
                "Kế hoạch thực hiện Chương trình số 07-CTr/TU",
                Optional.of(Period.month(2021, 7)),
                new PlanSections(
                        Optional.of("Cụ thể hóa các mục tiêu của Chương trình"),
                        Optional.of("Các nhiệm vụ tại Phụ lục kèm theo"),
                        Optional.of("Sở Khoa học và Công nghệ là cơ quan thường trực")),
                List.of("Hoàn thiện cơ chế, chính sách", "Phát triển hạ tầng đổi mới sáng tạo"),
                PlanStatus.DRAFT,
                0);
    }

    public static Plan unitPlan() {
        return new Plan(
                UNIT_PLAN,
                Optional.empty(),
                Optional.of(PLAN),
                SKHCN,
                Optional.empty(),
                "Kế hoạch của Sở Khoa học và Công nghệ thực hiện Kế hoạch số 186/KH-UBND",
                Optional.empty(),
                PlanSections.EMPTY,
                List.of(),
                PlanStatus.DRAFT,
                0);
    }

    public static Item item(int number) {
        return Item.builder(ItemId.of("KH-186/" + number), PLAN, number)
                .kind(ItemKind.SCHEME)
                .section(1)
                .title("Xây dựng Đề án số " + number + " về đổi mới sáng tạo")
                .content("Xây dựng và trình UBND Thành phố ban hành Đề án hỗ trợ 500 doanh nghiệp đổi mới công nghệ")
                .product(Product.of(ProductKind.SCHEME_DOCUMENT, "Quyết định phê duyệt Đề án của UBND Thành phố"))
                .approvalLevel(ApprovalLevel.PEOPLES_COMMITTEE)
                .start(LocalDate.of(2021, 8, 1))
                .deadline(Period.quarter(2021, 4))
                .indicator(IND_INNOV)
                .scope(ItemScope.CITY)
                .assignment(Assignment.lead(
                        SKHCN,
                        List.of(STC, STTTT),
                        Official.post("Giám đốc Sở Khoa học và Công nghệ", SKHCN),
                        Resources.of(
                                new FundingLine(FundingSource.CITY_BUDGET, 2021, Vnd.of(1_500_000_000L)),
                                new FundingLine(FundingSource.CITY_BUDGET, 2022, Vnd.of(2_000_000_000L)))))
                .build();
    }

    public static List<Item> items() {
        Item first = item(1);
        Item second = item(2).toBuilder()
                .kind(ItemKind.PROJECT)
                .title("Đầu tư xây dựng Trung tâm đổi mới sáng tạo Hà Nội")
                .deadline(Period.year(2023))
                .prerequisite(first.id())
                .publicInvestment(PublicInvestment.of(Vnd.of(350_000_000_000L), "B"))
                .approvalLevel(ApprovalLevel.PEOPLES_COUNCIL)
                .section(2)
                .indicator(IND_PLATFORM)
                .build();
        Item third = item(3).toBuilder()
                .kind(ItemKind.TASK)
                .title("Tổ chức Techfest Hà Nội hằng năm")
                .product(Product.of(ProductKind.EVENT, "Sự kiện Techfest", 5))
                .deadline(Period.parse("Hằng năm"))
                .assignment(Assignment.lead(
                        QCG,
                        List.of(SKHCN),
                        Official.named("Lê Văn C", "Phó Chủ tịch UBND quận", QCG),
                        Resources.regularOperatingBudget()))
                .status(ItemStatus.IN_PROGRESS)
                .build();
        Item fourth = item(4).toBuilder()
                .kind(ItemKind.TASK)
                .title("Ban hành quy chế quản lý nhiệm vụ khoa học và công nghệ")
                .deadline(Period.parse("Trước 26/7/2021"))
                .status(ItemStatus.DONE)
                .completedOn(LocalDate.of(2021, 8, 2))
                .build();
        return List.of(first, second, third, fourth);
    }

    public static List<Indicator> indicators() {
        return List.of(
                indicator(IND_TFP, "Tỷ lệ đóng góp của TFP vào tăng trưởng GRDP", IndicatorKind.PERCENT, "%"),
                indicator(
                        IND_INNOV,
                        "Số doanh nghiệp được hỗ trợ đổi mới công nghệ",
                        IndicatorKind.COUNT,
                        "doanh nghiệp"),
                indicator(IND_PLATFORM, "Trung tâm đổi mới sáng tạo đi vào hoạt động", IndicatorKind.MILESTONE, "mốc"));
    }

    public static Indicator indicator(IndicatorCode code, String name, IndicatorKind kind, String unit) {
        return new Indicator(
                code,
                PROGRAM,
                name,
                Optional.of(unit),
                kind,
                Direction.INCREASE,
                Optional.of(new Baseline(new BigDecimal("40"), Period.year(2020))),
                Optional.of(Target.atLeast(new BigDecimal("55"), Period.year(2025))),
                List.of(
                        Target.atLeast(new BigDecimal("43"), Period.year(2021)),
                        Target.atLeast(new BigDecimal("46"), Period.year(2022))),
                Optional.of(Frequency.SEMI_ANNUAL),
                Optional.of("Cục Thống kê Thành phố"),
                Optional.of(SKHCN),
                0);
    }

    public static List<Measurement> measurements() {
        return List.of(
                new Measurement(
                        IND_TFP,
                        Period.firstHalf(2021),
                        SKHCN,
                        new MeasuredValue.Ratio(new BigDecimal("41"), new BigDecimal("100")),
                        Optional.of("Báo cáo 6 tháng")),
                new Measurement(
                        IND_TFP,
                        Period.secondHalf(2021),
                        SKHCN,
                        new MeasuredValue.Ratio(new BigDecimal("86"), new BigDecimal("200")),
                        Optional.empty()),
                new Measurement(
                        IND_INNOV,
                        Period.firstHalf(2021),
                        SKHCN,
                        MeasuredValue.count(120),
                        Optional.of("Báo cáo số 12/BC-SKHCN")),
                new Measurement(IND_INNOV, Period.firstHalf(2021), QCG, MeasuredValue.count(15), Optional.empty()),
                new Measurement(
                        IND_PLATFORM, Period.year(2021), SKHCN, new MeasuredValue.Milestone(false), Optional.empty()));
    }

    public static ProgressReport report() {
        return new ProgressReport(
                ReportId.of("BC-SKHCN-2021-H1"),
                PROGRAM,
                SKHCN,
                Period.firstHalf(2021),
                ReportStatus.SUBMITTED,
                List.of(new ItemProgress(
                        ItemId.of("KH-186/1"),
                        ItemStatus.IN_PROGRESS,
                        40,
                        Optional.empty(),
                        Optional.of("Đã xin ý kiến các sở"),
                        List.of(new FundingLine(FundingSource.CITY_BUDGET, 2021, Vnd.of(300_000_000L))))),
                Optional.of("Các nhiệm vụ cơ bản đúng tiến độ"),
                List.of("Thiếu nhân lực chuyên trách"),
                List.of("Đề nghị bổ sung kinh phí năm 2022"),
                Optional.empty(),
                0);
    }

    public static Adjustment adjustment() {
        Item proposed = item(1).toBuilder().deadline(Period.quarter(2022, 2)).build();
        return new Adjustment(
                AdjustmentId.of("DC-1"),
                proposed.id(),
                1,
                SKHCN,
                "Cần thêm thời gian lấy ý kiến doanh nghiệp",
                proposed,
                AdjustmentStatus.PROPOSED,
                Instant.parse("2021-10-01T03:00:00Z"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0);
    }

    /** The whole small portfolio, ready to import. */
    public static Portfolio portfolio() {
        return withItems(items());
    }

    /**
     * The whole small portfolio with {@code items} in place of its own four; its report and
     * adjustment name item {@code KH-186/1}, so keep that one.
     */
    public static Portfolio withItems(List<Item> items) {
        return new Portfolio(
                HANOI,
                "Hà Nội (thử nghiệm)",
                units(),
                List.of(program()),
                List.of(plan(), unitPlan()),
                items,
                indicators(),
                measurements(),
                List.of(report()),
                List.of(adjustment()));
    }
}
