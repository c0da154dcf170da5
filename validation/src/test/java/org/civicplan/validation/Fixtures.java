package org.civicplan.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.civicplan.core.model.Resources;
import org.civicplan.core.model.Target;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitKind;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;

/**
 * A portfolio that passes every rule of the clarity check: Program 07-CTr/TU (2021–2025), the city
 * People's Committee plan implementing it, five units, two indicators, and items that are clear in
 * all eight dimensions. Tests break one thing at a time.
 */
public final class Fixtures {
    public static final UnitCode UBND = UnitCode.of("UBND-TP");
    public static final UnitCode SKHCN = UnitCode.of("SKHCN");
    public static final UnitCode STTTT = UnitCode.of("STTTT");
    public static final UnitCode QBD = UnitCode.of("Q-BADINH");
    public static final UnitCode VIETTEL = UnitCode.of("VIETTEL");
    public static final ProgramId PROGRAM = ProgramId.of("CT07");
    public static final PlanId PLAN = PlanId.of("KH-UBND-2021");
    public static final IndicatorCode INNOVATION = IndicatorCode.of("CT07-01");
    public static final IndicatorCode STARTUPS = IndicatorCode.of("CT07-02");

    private Fixtures() {}

    public static List<OrgUnit> units() {
        return List.of(
                OrgUnit.of(UBND.value(), "Ủy ban nhân dân Thành phố Hà Nội", UnitKind.PEOPLES_COMMITTEE),
                OrgUnit.of(SKHCN.value(), "Sở Khoa học và Công nghệ", UnitKind.DEPARTMENT)
                        .withParent(UBND),
                OrgUnit.of(STTTT.value(), "Sở Thông tin và Truyền thông", UnitKind.DEPARTMENT)
                        .withParent(UBND),
                OrgUnit.of(QBD.value(), "UBND quận Ba Đình", UnitKind.DISTRICT).withParent(UBND),
                OrgUnit.of(VIETTEL.value(), "Tập đoàn Viettel", UnitKind.ENTERPRISE));
    }

    public static Program program() {
        return program(PROGRAM, Optional.of("XVII"));
    }

    public static Program program(ProgramId id, Optional<String> term) {
        return new Program(
                id,
                Optional.empty(),
                "Đẩy mạnh phát triển khoa học, công nghệ và đổi mới sáng tạo Thành phố Hà Nội giai đoạn 2021-2025",
                UnitCode.of("THANHUY"),
                term,
                Period.years(2021, 2025),
                List.of("Khoa học, công nghệ là động lực"),
                List.of("Hà Nội dẫn đầu cả nước về đổi mới sáng tạo"),
                id.equals(PROGRAM) ? List.of(INNOVATION, STARTUPS) : List.of(),
                List.of(),
                Optional.empty(),
                0);
    }

    public static Plan plan() {
        return plan(PLAN, Optional.empty(), UBND, PlanStatus.DRAFT);
    }

    public static Plan plan(PlanId id, Optional<PlanId> parent, UnitCode issuer, PlanStatus status) {
        return new Plan(
                id,
                parent.isPresent() ? Optional.empty() : Optional.of(PROGRAM),
                parent,
                issuer,
                Optional.empty(),
                "Kế hoạch thực hiện Chương trình 07-CTr/TU",
                Optional.of(Period.month(2021, 7)),
                // the plan asks its departments and districts for plans of their own (a cascade)
                new PlanSections(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("Các sở, ban, ngành, quận, huyện xây dựng kế hoạch cụ thể của đơn vị.")),
                List.of(),
                status,
                0);
    }

    public static Indicator indicator(IndicatorCode code) {
        return new Indicator(
                code,
                PROGRAM,
                "Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo",
                Optional.of("%"),
                IndicatorKind.PERCENT,
                Direction.INCREASE,
                Optional.of(new Baseline(new BigDecimal("22"), Period.year(2020))),
                Optional.of(Target.atLeast(new BigDecimal("40"), Period.year(2025))),
                List.of(),
                Optional.of(Frequency.ANNUAL),
                Optional.of("Cục Thống kê Thành phố"),
                Optional.of(SKHCN),
                0);
    }

    public static Assignment assignment() {
        return new Assignment(
                List.of(SKHCN),
                List.of(STTTT),
                Optional.of(Official.post("Giám đốc Sở Khoa học và Công nghệ", SKHCN)),
                Optional.of(SKHCN),
                Optional.empty(),
                Resources.of(new FundingLine(FundingSource.CITY_BUDGET, 2022, Vnd.of(1_500_000_000L))));
    }

    /**
     * What each fixture scheme is about: distinct, so that a portfolio of several clear items does not
     * repeat one task (which the check reports). Item 1 is the startup scheme; the others follow.
     */
    private static final List<String> SUBJECTS = List.of(
            "hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo",
            "phát triển thị trường công nghệ và sàn giao dịch",
            "đào tạo nhân lực chuyển đổi số cho cán bộ cấp xã",
            "xây dựng trung tâm dữ liệu dùng chung của Thành phố",
            "thu hút chuyên gia, nhà khoa học người Việt ở nước ngoài",
            "ứng dụng công nghệ cao trong sản xuất nông nghiệp ven đô",
            "bảo hộ và khai thác quyền sở hữu trí tuệ của doanh nghiệp",
            "phát triển mạng lưới phòng thí nghiệm trọng điểm",
            "số hóa di sản văn hóa và tư liệu lưu trữ",
            "nâng cao năng suất chất lượng sản phẩm hàng hóa chủ lực");

    /** A scheme that is clear in every dimension. */
    public static Item.Builder item(int number) {
        String subject = SUBJECTS.get((number - 1) % SUBJECTS.size());
        return Item.builder(ItemId.of("KH-UBND-2021/" + number), PLAN, number)
                .kind(ItemKind.SCHEME)
                .title("Đề án " + subject)
                .content(
                        number == 1
                                ? "Xây dựng, trình UBND Thành phố ban hành Đề án hỗ trợ 500 doanh nghiệp khởi nghiệp"
                                        + " đổi mới sáng tạo giai đoạn 2021-2025"
                                : "Xây dựng, trình UBND Thành phố ban hành Đề án " + subject + " giai đoạn 2021-2025")
                .product(Product.of(ProductKind.SCHEME_DOCUMENT, "Quyết định của UBND Thành phố ban hành Đề án"))
                .approvalLevel(ApprovalLevel.PEOPLES_COMMITTEE)
                .start(LocalDate.of(2021, 8, 1))
                .deadline(Period.quarter(2021, 4))
                .indicator(INNOVATION)
                .assignment(assignment());
    }

    /** Items 1..count, all clear; item 1 also covers the second indicator. */
    public static List<Item> items(int count) {
        List<Item> items = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            Item.Builder b = item(n);
            if (n == 1) {
                b.indicator(STARTUPS);
            }
            items.add(b.build());
        }
        return items;
    }

    public static Portfolio portfolio(List<Item> items) {
        return portfolio(items, List.of(plan()), List.of(program()));
    }

    public static Portfolio portfolio(List<Item> items, List<Plan> plans, List<Program> programs) {
        return new Portfolio(
                PortfolioId.of("HN"),
                "Hà Nội",
                units(),
                programs,
                plans,
                items,
                List.of(indicator(INNOVATION), indicator(STARTUPS)),
                List.of(),
                List.of(),
                List.of());
    }

    public static Portfolio valid() {
        return portfolio(items(3));
    }
}
