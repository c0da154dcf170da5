package org.civicplan.examples.sample;

import static org.civicplan.examples.sample.Program07Indicators.BUDGET_SHARE;
import static org.civicplan.examples.sample.Program07Indicators.DIGITAL_ECONOMY;
import static org.civicplan.examples.sample.Program07Indicators.INCUBATORS;
import static org.civicplan.examples.sample.Program07Indicators.INNOVATING_FIRMS;
import static org.civicplan.examples.sample.Program07Indicators.KEY_PRODUCTS;
import static org.civicplan.examples.sample.Program07Indicators.ONLINE_FILES;
import static org.civicplan.examples.sample.Program07Indicators.ONLINE_SERVICES;
import static org.civicplan.examples.sample.Program07Indicators.PATENT_FILINGS;
import static org.civicplan.examples.sample.Program07Indicators.PII_RANK;
import static org.civicplan.examples.sample.Program07Indicators.POLICY_RESOLUTION;
import static org.civicplan.examples.sample.Program07Indicators.RD_SPENDING;
import static org.civicplan.examples.sample.Program07Indicators.RESEARCH_APPLIED;
import static org.civicplan.examples.sample.Program07Indicators.RESEARCH_TASKS;
import static org.civicplan.examples.sample.Program07Indicators.STARTUPS_SUPPORTED;
import static org.civicplan.examples.sample.Program07Indicators.STARTUP_CENTRE;
import static org.civicplan.examples.sample.Program07Indicators.STEM_SCHOOLS;
import static org.civicplan.examples.sample.Program07Indicators.ST_ENTERPRISES;
import static org.civicplan.examples.sample.Program07Indicators.TECH_MARKET;
import static org.civicplan.examples.sample.Program07Indicators.TFP;
import static org.civicplan.examples.sample.Program07Indicators.TRAINED_LABOUR;
import static org.civicplan.examples.sample.Program07Units.CTK;
import static org.civicplan.examples.sample.Program07Units.DHBKHN;
import static org.civicplan.examples.sample.Program07Units.DHQGHN;
import static org.civicplan.examples.sample.Program07Units.DNCNTD;
import static org.civicplan.examples.sample.Program07Units.DNKNST;
import static org.civicplan.examples.sample.Program07Units.HDA;
import static org.civicplan.examples.sample.Program07Units.HHDNNVV;
import static org.civicplan.examples.sample.Program07Units.HTT;
import static org.civicplan.examples.sample.Program07Units.QCG;
import static org.civicplan.examples.sample.Program07Units.QHBT;
import static org.civicplan.examples.sample.Program07Units.QHD;
import static org.civicplan.examples.sample.Program07Units.SCT;
import static org.civicplan.examples.sample.Program07Units.SGDDT;
import static org.civicplan.examples.sample.Program07Units.SKHCN;
import static org.civicplan.examples.sample.Program07Units.SKHDT;
import static org.civicplan.examples.sample.Program07Units.SLDTBXH;
import static org.civicplan.examples.sample.Program07Units.SNNPTNT;
import static org.civicplan.examples.sample.Program07Units.SNV;
import static org.civicplan.examples.sample.Program07Units.STC;
import static org.civicplan.examples.sample.Program07Units.STNMT;
import static org.civicplan.examples.sample.Program07Units.STP;
import static org.civicplan.examples.sample.Program07Units.STTTT;
import static org.civicplan.examples.sample.Program07Units.SXD;
import static org.civicplan.examples.sample.Program07Units.SYT;
import static org.civicplan.examples.sample.Program07Units.VHLKHCN;
import static org.civicplan.examples.sample.Program07Units.VPUBND;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.model.ApprovalLevel;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.FundingSource;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemKind;
import org.civicplan.core.model.ItemScope;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.Official;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.Product;
import org.civicplan.core.model.ProductKind;
import org.civicplan.core.model.PublicInvestment;
import org.civicplan.core.model.Resources;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;

/**
 * The 32 appendix items of the city plan and the items of the three cascaded unit plans. Statuses
 * are as of 31/12/2022. The deliberately unclear items are listed on {@link Program07Sample}.
 */
final class Program07Items {
    private static final int MECHANISMS = 1;
    private static final int CAPACITY = 2;
    private static final int STARTUPS = 3;
    private static final int DIGITAL = 4;
    private static final int OUTREACH = 5;

    private Program07Items() {}

    static List<Item> cityItems() {
        List<Item> items = new ArrayList<>();

        // ---- I. Hoàn thiện cơ chế, chính sách (framework items first) ----
        items.add(city(1, ItemKind.PLAN, MECHANISMS)
                .title("Kế hoạch 5 năm của Ban Chỉ đạo Chương trình số 07-CTr/TU giai đoạn 2021 - 2025")
                .content("Bám sát mục tiêu, chỉ tiêu, quan điểm của Chương trình; phân kỳ chỉ tiêu theo từng năm;"
                        + " xác định lịch giao ban, sơ kết 6 tháng và tổng kết hằng năm của Ban Chỉ đạo.")
                .product(Product.of(ProductKind.PLAN_DOCUMENT, "Kế hoạch của Ban Chỉ đạo"))
                .approvalLevel(ApprovalLevel.STEERING_COMMITTEE)
                .deadline(Period.parse("Quý III/2021"))
                .indicators(List.of(TFP, INNOVATING_FIRMS))
                .assignment(lead(SKHCN, Resources.regularOperatingBudget(), VPUBND, SKHDT))
                .status(ItemStatus.DONE)
                .completedOn(LocalDate.of(2021, 9, 20))
                .build());
        items.add(city(2, ItemKind.SCHEME, MECHANISMS)
                .title("Đề án cơ chế tài chính thực hiện nhiệm vụ khoa học và công nghệ theo phương thức khoán chi"
                        + " đến sản phẩm cuối cùng")
                .content("Xây dựng quy định khoán chi đến sản phẩm cuối cùng đối với nhiệm vụ KH&CN sử dụng ngân"
                        + " sách Thành phố; hướng dẫn định mức xây dựng dự toán, thanh quyết toán.")
                .product(Product.of(
                        ProductKind.DECISION,
                        "Quyết định của UBND Thành phố ban hành Quy định khoán chi nhiệm vụ KH&CN"))
                .approvalLevel(ApprovalLevel.PEOPLES_COMMITTEE)
                .deadline(Period.parse("Quý IV/2021"))
                .indicators(List.of(RESEARCH_TASKS, BUDGET_SHARE))
                .prerequisite(cityItemId(1))
                .assignment(lead(STC, Resources.regularOperatingBudget(), SKHCN, STP))
                .status(ItemStatus.DONE)
                .completedOn(LocalDate.of(2022, 3, 15))
                .build());
        items.add(city(3, ItemKind.TASK, MECHANISMS)
                .title("Rà soát, sửa đổi Quy định quản lý nhiệm vụ khoa học và công nghệ cấp Thành phố")
                .content("Sửa đổi quy trình xác định, tuyển chọn, giao trực tiếp, đánh giá nghiệm thu nhiệm vụ"
                        + " KH&CN; bổ sung cơ chế đặt hàng theo các vấn đề cấp bách của Thủ đô.")
                .product(Product.of(ProductKind.REGULATION, "Quyết định của UBND Thành phố sửa đổi Quy định"))
                .approvalLevel(ApprovalLevel.PEOPLES_COMMITTEE)
                .deadline(Period.parse("6 tháng đầu năm 2022"))
                .indicators(List.of(RESEARCH_TASKS, RESEARCH_APPLIED))
                .prerequisite(cityItemId(1))
                .assignment(lead(SKHCN, Resources.regularOperatingBudget(), STC, STP))
                .status(ItemStatus.DONE)
                .completedOn(LocalDate.of(2022, 5, 20))
                .build());
        items.add(city(4, ItemKind.SCHEME, MECHANISMS)
                .title("Đề án phát triển thị trường khoa học và công nghệ Thành phố Hà Nội giai đoạn 2021 - 2025")
                .content("Phát triển sàn giao dịch công nghệ, tổ chức trung gian; hỗ trợ định giá, chuyển giao,"
                        + " thương mại hóa kết quả nghiên cứu của các viện, trường trên địa bàn.")
                .product(Product.of(ProductKind.SCHEME_DOCUMENT, "Quyết định của UBND Thành phố phê duyệt Đề án"))
                .approvalLevel(ApprovalLevel.PEOPLES_COMMITTEE)
                .deadline(Period.parse("Năm 2022"))
                .indicators(List.of(TECH_MARKET))
                .prerequisite(cityItemId(3))
                .assignment(lead(SKHCN, money(city(2022, 1_200)), SCT, SKHDT, DHQGHN, VHLKHCN))
                .status(ItemStatus.DONE)
                .completedOn(LocalDate.of(2022, 11, 30))
                .build());
        items.add(city(5, ItemKind.TASK, MECHANISMS)
                .title("Xây dựng Nghị quyết của HĐND Thành phố quy định một số cơ chế, chính sách hỗ trợ phát triển"
                        + " khoa học, công nghệ và đổi mới sáng tạo trên địa bàn Thành phố")
                .content("Tổng kết các chính sách hiện hành; đề xuất cơ chế hỗ trợ doanh nghiệp đổi mới công nghệ,"
                        + " khởi nghiệp đổi mới sáng tạo, thu hút chuyên gia; đánh giá tác động chính sách; lấy ý"
                        + " kiến các sở, ngành, doanh nghiệp; trình Thành ủy cho ý kiến trước khi trình HĐND Thành"
                        + " phố.")
                .product(Product.of(ProductKind.RESOLUTION, "Nghị quyết của HĐND Thành phố"))
                .approvalLevel(ApprovalLevel.PEOPLES_COUNCIL)
                .start(LocalDate.of(2021, 8, 1))
                .deadline(Period.parse("Năm 2022"))
                .indicators(List.of(POLICY_RESOLUTION, INNOVATING_FIRMS))
                .prerequisite(cityItemId(1))
                .assignment(lead(SKHCN, money(city(2021, 350), city(2022, 450)), STC, STP, SKHDT, HHDNNVV))
                .status(ItemStatus.IN_PROGRESS)
                .build());
        items.add(city(6, ItemKind.TASK, MECHANISMS)
                .title("Xây dựng hướng dẫn và biểu mẫu báo cáo thống nhất cho 10 Chương trình công tác toàn khóa"
                        + " của Thành ủy")
                .content("Thống nhất vai trò các cơ quan, đơn vị và chung form mẫu báo cáo, bộ chỉ tiêu giữa 10"
                        + " Chương trình; hướng dẫn các đơn vị báo cáo sơ kết 6 tháng, hằng năm.")
                .product(Product.of(ProductKind.REGULATION, "Văn bản hướng dẫn kèm biểu mẫu báo cáo"))
                .approvalLevel(ApprovalLevel.PARTY_COMMITTEE)
                .deadline(Period.parse("Trước 31/12/2021"))
                .assignment(lead(SNV, Resources.regularOperatingBudget(), SKHCN, VPUBND))
                .status(ItemStatus.DONE)
                .completedOn(LocalDate.of(2021, 12, 20))
                .build());

        // ---- II. Phát triển tiềm lực khoa học và công nghệ ----
        items.add(city(7, ItemKind.SCHEME, CAPACITY)
                .title("Xây dựng Đề án phát triển Khu công nghệ cao Hòa Lạc gắn với đô thị khoa học phía Tây Thủ đô")
                .content("Phối hợp với Bộ KH&CN, Ban Quản lý Khu công nghệ cao Hòa Lạc và ĐHQG Hà Nội đề xuất cơ chế"
                        + " phát triển hạ tầng kết nối, nhà ở chuyên gia, thu hút doanh nghiệp công nghệ cao tại"
                        + " huyện Thạch Thất.")
                .product(Product.of(ProductKind.SCHEME_DOCUMENT, "Quyết định của UBND Thành phố phê duyệt Đề án"))
                .approvalLevel(ApprovalLevel.PEOPLES_COMMITTEE)
                .start(LocalDate.of(2022, 1, 1))
                .deadline(Period.parse("Năm 2023"))
                .indicators(List.of(TFP, ST_ENTERPRISES))
                .prerequisite(cityItemId(1))
                .assignment(lead(SKHDT, money(city(2022, 800), city(2023, 700)), SKHCN, SXD, HTT, DHQGHN))
                .status(ItemStatus.IN_PROGRESS)
                .build());
        items.add(city(8, ItemKind.PROGRAM, CAPACITY)
                .title("Chương trình hỗ trợ doanh nghiệp đổi mới công nghệ, ứng dụng và chuyển giao công nghệ giai"
                        + " đoạn 2022 - 2025")
                .content("Hỗ trợ tối thiểu 500 lượt doanh nghiệp đổi mới công nghệ, ứng dụng kết quả nghiên cứu;"
                        + " doanh nghiệp là chủ thể, ngân sách Thành phố hỗ trợ một phần theo Nghị quyết của HĐND.")
                .product(Product.of(ProductKind.SUPPORT, "Lượt doanh nghiệp được hỗ trợ đổi mới công nghệ", 500))
                .approvalLevel(ApprovalLevel.PEOPLES_COMMITTEE)
                .start(LocalDate.of(2022, 1, 1))
                .deadline(Period.parse("2021-2025"))
                .indicators(List.of(INNOVATING_FIRMS, ST_ENTERPRISES))
                .prerequisite(cityItemId(5))
                .assignment(lead(
                        SKHCN,
                        money(
                                city(2022, 15_000),
                                city(2023, 20_000),
                                city(2024, 20_000),
                                city(2025, 20_000),
                                line(FundingSource.ENTERPRISE, 2022, 30_000),
                                line(FundingSource.ENTERPRISE, 2023, 40_000)),
                        SCT,
                        STC,
                        HHDNNVV,
                        DNCNTD))
                .status(ItemStatus.IN_PROGRESS)
                .build());
        items.add(city(9, ItemKind.PROGRAM, CAPACITY)
                .title("Chương trình phát triển tài sản trí tuệ Thành phố Hà Nội giai đoạn 2021 - 2025")
                .content("Hỗ trợ đăng ký bảo hộ sáng chế, nhãn hiệu, chỉ dẫn địa lý; khai thác, thương mại hóa tài"
                        + " sản trí tuệ của các trường đại học, viện nghiên cứu và doanh nghiệp.")
                .product(Product.of(
                        ProductKind.PROGRAM_DOCUMENT, "Quyết định của UBND Thành phố phê duyệt Chương trình"))
                .approvalLevel(ApprovalLevel.PEOPLES_COMMITTEE)
                .deadline(Period.parse("Quý IV/2021"))
                .indicators(List.of(PATENT_FILINGS))
                .prerequisite(cityItemId(1))
                .assignment(lead(SKHCN, money(city(2021, 500), city(2022, 4_000)), DHQGHN, DHBKHN, SCT))
                .status(ItemStatus.DONE)
                .completedOn(LocalDate.of(2021, 12, 28))
                .build());
        items.add(city(10, ItemKind.PROJECT, CAPACITY)
                .title("Dự án đầu tư nâng cấp hệ thống phòng thí nghiệm, thử nghiệm trọng điểm của Thành phố")
                .content("Đầu tư trang thiết bị thử nghiệm, đo lường, kiểm định phục vụ doanh nghiệp và nhiệm vụ"
                        + " KH&CN; đề xuất đưa vào danh mục chuẩn bị đầu tư công trung hạn 2021 - 2025.")
                .product(Product.of(ProductKind.FACILITY, "Hệ thống phòng thí nghiệm được nâng cấp", 1))
                .approvalLevel(ApprovalLevel.PEOPLES_COUNCIL)
                .deadline(Period.parse("2023-2025"))
                .indicators(List.of(RESEARCH_TASKS, RD_SPENDING))
                .prerequisite(cityItemId(4))
                .publicInvestment(new PublicInvestment(
                        Vnd.parse("180 tỷ đồng"), Optional.of("B"), Optional.of("Chờ phê duyệt chủ trương đầu tư")))
                .assignment(
                        lead(SKHCN, money(city(2023, 60_000), city(2024, 70_000), city(2025, 50_000)), SKHDT, STC, SXD))
                .status(ItemStatus.NOT_STARTED)
                .build());
        items.add(city(11, ItemKind.PLAN, CAPACITY)
                .title("Kế hoạch phát triển nguồn nhân lực khoa học và công nghệ chất lượng cao, thu hút chuyên gia,"
                        + " nhà khoa học giai đoạn 2022 - 2025")
                .content("Đào tạo, bồi dưỡng cán bộ quản lý KH&CN; chính sách thu hút, trọng dụng nhà khoa học đầu"
                        + " ngành; gắn với đào tạo nghề chất lượng cao.")
                .product(Product.of(ProductKind.PLAN_DOCUMENT, "Kế hoạch của UBND Thành phố"))
                .approvalLevel(ApprovalLevel.PEOPLES_COMMITTEE)
                .deadline(Period.parse("Năm 2022"))
                .indicators(List.of(TRAINED_LABOUR))
                .prerequisite(cityItemId(6))
                .assignment(lead(SNV, money(city(2022, 500)), SKHCN, SGDDT, SLDTBXH, DHQGHN))
                .status(ItemStatus.DONE)
                .completedOn(LocalDate.of(2022, 12, 29))
                .build());
        items.add(city(12, ItemKind.SCHEME, CAPACITY)
                .title("Đề án đẩy mạnh giáo dục STEM trong các cơ sở giáo dục phổ thông trên địa bàn Thành phố")
                .content("Xây dựng tài liệu, bồi dưỡng giáo viên, trang bị phòng học STEM; tối thiểu 80% trường phổ"
                        + " thông triển khai giáo dục STEM đến năm 2025.")
                .product(Product.of(ProductKind.SCHEME_DOCUMENT, "Quyết định của UBND Thành phố phê duyệt Đề án"))
                .approvalLevel(ApprovalLevel.PEOPLES_COMMITTEE)
                .deadline(Period.parse("Quý IV/2021"))
                .indicators(List.of(STEM_SCHOOLS))
                .prerequisite(cityItemId(1))
                .assignment(lead(
                        SGDDT,
                        money(city(2022, 5_000), city(2023, 5_000), city(2024, 5_000), city(2025, 5_000)),
                        SKHCN,
                        STC))
                .status(ItemStatus.DONE)
                .completedOn(LocalDate.of(2022, 1, 25))
                .build());
        items.add(city(13, ItemKind.TASK, CAPACITY)
                .title("Đặt hàng nhiệm vụ khoa học và công nghệ giải quyết các vấn đề cấp bách của Thủ đô")
                .content("Hằng năm đặt hàng tối thiểu 40 nhiệm vụ KH&CN về quy hoạch, giao thông, môi trường, y tế,"
                        + " quản lý đô thị; ưu tiên nhiệm vụ do doanh nghiệp đề xuất và đối ứng kinh phí.")
                .product(Product.of(ProductKind.RESEARCH, "Nhiệm vụ KH&CN được đặt hàng mỗi năm", 40))
                .approvalLevel(ApprovalLevel.DEPARTMENT)
                .deadline(Period.parse("Hằng năm"))
                .indicators(List.of(RESEARCH_TASKS, RESEARCH_APPLIED, RD_SPENDING))
                .prerequisite(cityItemId(3))
                .assignment(lead(
                        SKHCN,
                        money(
                                city(2021, 80_000),
                                city(2022, 95_000),
                                city(2023, 100_000),
                                city(2024, 100_000),
                                city(2025, 100_000)),
                        SXD,
                        STNMT,
                        SYT,
                        VHLKHCN))
                .status(ItemStatus.IN_PROGRESS)
                .build());
        items.add(city(14, ItemKind.PLAN, CAPACITY)
                .title("Kế hoạch ứng dụng khoa học và công nghệ phát triển nông nghiệp công nghệ cao giai đoạn"
                        + " 2022 - 2025")
                .content("Xây dựng vùng sản xuất ứng dụng công nghệ cao, chuyển giao giống mới, truy xuất nguồn"
                        + " gốc nông sản; thí điểm tại huyện Đông Anh.")
                .product(Product.of(ProductKind.PLAN_DOCUMENT, "Kế hoạch của UBND Thành phố"))
                .approvalLevel(ApprovalLevel.PEOPLES_COMMITTEE)
                .deadline(Period.parse("Quý I/2022"))
                .indicators(List.of(TFP))
                .prerequisite(cityItemId(1))
                .assignment(lead(SNNPTNT, money(city(2022, 3_000)), SKHCN, HDA))
                .status(ItemStatus.DONE)
                .completedOn(LocalDate.of(2022, 3, 28))
                .build());

        // ---- III. Phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo ----
        items.add(city(15, ItemKind.SCHEME, STARTUPS)
                .title("Đề án hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo Thành phố Hà Nội đến năm 2025")
                .content("Xác định các thành phần hệ sinh thái (nhà đầu tư, vườn ươm, trường đại học, doanh nghiệp"
                        + " lớn); cơ chế hỗ trợ ươm tạo, kết nối đầu tư; chỉ tiêu hỗ trợ 500 doanh nghiệp khởi"
                        + " nghiệp.")
                .product(Product.of(ProductKind.SCHEME_DOCUMENT, "Quyết định của UBND Thành phố phê duyệt Đề án"))
                .approvalLevel(ApprovalLevel.PEOPLES_COMMITTEE)
                .deadline(Period.parse("Quý IV/2021"))
                .indicators(List.of(STARTUPS_SUPPORTED, INCUBATORS))
                .prerequisite(cityItemId(1))
                .assignment(lead(SKHCN, money(city(2021, 1_000)), SKHDT, STC, DHQGHN, HHDNNVV))
                .status(ItemStatus.DONE)
                .completedOn(LocalDate.of(2021, 12, 15))
                .build());
        items.add(city(16, ItemKind.PROJECT, STARTUPS)
                .title("Dự án đầu tư xây dựng Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo Hà Nội")
                .content("Lập báo cáo đề xuất chủ trương đầu tư; đầu tư cơ sở vật chất, không gian làm việc chung,"
                        + " phòng thí nghiệm mở cho doanh nghiệp khởi nghiệp; đề xuất danh mục chuẩn bị đầu tư công"
                        + " trung hạn.")
                .product(Product.of(ProductKind.FACILITY, "Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo", 1))
                .approvalLevel(ApprovalLevel.PEOPLES_COUNCIL)
                .start(LocalDate.of(2022, 7, 1))
                .deadline(Period.parse("2022-2025"))
                .indicators(List.of(INCUBATORS, STARTUP_CENTRE))
                .prerequisite(cityItemId(15))
                .publicInvestment(PublicInvestment.of(Vnd.parse("450 tỷ đồng"), "B"))
                .assignment(lead(
                        SKHCN,
                        money(city(2023, 150_000), city(2024, 200_000), city(2025, 100_000)),
                        SKHDT,
                        SXD,
                        STC,
                        QCG))
                .status(ItemStatus.IN_PROGRESS)
                .build());
        items.add(city(17, ItemKind.PROGRAM, STARTUPS)
                .title("Chương trình hỗ trợ khởi nghiệp đổi mới sáng tạo tiếp cận vốn đầu tư giai đoạn 2022 - 2025")
                .content("Kết nối doanh nghiệp khởi nghiệp với quỹ đầu tư mạo hiểm, nhà đầu tư thiên thần; hỗ trợ"
                        + " gọi vốn; thí điểm góp vốn đối ứng cùng nhà đầu tư tư nhân theo Nghị quyết của HĐND.")
                .product(Product.of(ProductKind.SUPPORT, "Doanh nghiệp khởi nghiệp được hỗ trợ gọi vốn", 200))
                .approvalLevel(ApprovalLevel.PEOPLES_COMMITTEE)
                .start(LocalDate.of(2022, 4, 1))
                .deadline(Period.parse("2022-2025"))
                .indicators(List.of(STARTUPS_SUPPORTED))
                .prerequisites(List.of(cityItemId(15), cityItemId(5)))
                .assignment(lead(
                        SKHDT,
                        money(
                                city(2022, 10_000),
                                city(2023, 10_000),
                                city(2024, 10_000),
                                city(2025, 10_000),
                                line(FundingSource.ENTERPRISE, 2023, 20_000),
                                line(FundingSource.ENTERPRISE, 2024, 20_000)),
                        SKHCN,
                        STC,
                        DNKNST))
                .status(ItemStatus.IN_PROGRESS)
                .build());
        items.add(city(18, ItemKind.TASK, STARTUPS)
                .title("Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo Hà Nội (Techfest Hà Nội) hằng năm")
                .content("Tổ chức triển lãm, kết nối đầu tư, cuộc thi khởi nghiệp; phối hợp các trường đại học và"
                        + " doanh nghiệp đồng tổ chức, xã hội hóa một phần kinh phí.")
                .product(Product.of(ProductKind.EVENT, "Ngày hội khởi nghiệp đổi mới sáng tạo (01 lần/năm)", 5))
                .approvalLevel(ApprovalLevel.DEPARTMENT)
                .deadline(Period.parse("Hằng năm"))
                .indicators(List.of(STARTUPS_SUPPORTED))
                .prerequisite(cityItemId(15))
                .assignment(lead(
                        SKHCN,
                        money(city(2021, 1_500), city(2022, 2_000), line(FundingSource.ENTERPRISE, 2022, 1_000)),
                        DHBKHN,
                        DNKNST,
                        QHBT))
                .status(ItemStatus.IN_PROGRESS)
                .build());
        // (g) A district leads a city-wide scheme and the plan gives no reason.
        items.add(city(Program07Sample.UNCLEAR_DISTRICT_LEAD, ItemKind.SCHEME, STARTUPS)
                .title("Đề án phát triển mạng lưới không gian đổi mới sáng tạo tại các quận nội thành")
                .content("Khảo sát, quy hoạch và hỗ trợ hình thành không gian làm việc chung, không gian sáng tạo"
                        + " tại các quận nội thành; kết nối với mạng lưới đổi mới sáng tạo quốc gia.")
                .product(Product.of(ProductKind.SCHEME_DOCUMENT, "Quyết định của UBND Thành phố phê duyệt Đề án"))
                .approvalLevel(ApprovalLevel.PEOPLES_COMMITTEE)
                .deadline(Period.parse("Năm 2023"))
                .indicators(List.of(INCUBATORS))
                .prerequisite(cityItemId(15))
                .scope(ItemScope.CITY)
                .assignment(lead(QCG, money(district(2022, 2_000), district(2023, 3_000)), SKHCN, QHBT, QHD))
                .status(ItemStatus.IN_PROGRESS)
                .build());
        // (f) Two lead units.
        items.add(city(Program07Sample.UNCLEAR_TWO_LEADS, ItemKind.TASK, STARTUPS)
                .title("Hỗ trợ doanh nghiệp nhỏ và vừa áp dụng hệ thống quản lý, công cụ cải tiến năng suất chất"
                        + " lượng")
                .content("Hỗ trợ 100 doanh nghiệp nhỏ và vừa áp dụng ISO 9001, 5S, Lean, Kaizen; đào tạo chuyên gia"
                        + " năng suất cho doanh nghiệp.")
                .product(Product.of(ProductKind.SUPPORT, "Doanh nghiệp được hỗ trợ", 100))
                .approvalLevel(ApprovalLevel.DEPARTMENT)
                .deadline(Period.parse("2021-2025"))
                .indicators(List.of(INNOVATING_FIRMS))
                .prerequisite(cityItemId(1))
                .assignment(new Assignment(
                        List.of(SKHCN, SCT),
                        List.of(HHDNNVV),
                        Optional.of(Program07Units.head(SKHCN)),
                        Optional.empty(),
                        Optional.empty(),
                        money(city(2022, 2_500), city(2023, 2_500), city(2024, 2_500), city(2025, 2_500))))
                .status(ItemStatus.IN_PROGRESS)
                .build());
        items.add(city(21, ItemKind.PROGRAM, STARTUPS)
                .title("Chương trình phát triển sản phẩm công nghiệp chủ lực, công nghiệp hỗ trợ có hàm lượng công"
                        + " nghệ cao giai đoạn 2022 - 2025")
                .content("Lựa chọn, hỗ trợ doanh nghiệp có sản phẩm chủ lực đổi mới công nghệ, nâng cao năng lực"
                        + " tham gia chuỗi cung ứng; doanh nghiệp là chủ thể đầu tư.")
                .product(Product.of(
                        ProductKind.PROGRAM_DOCUMENT, "Quyết định của UBND Thành phố phê duyệt Chương trình"))
                .approvalLevel(ApprovalLevel.PEOPLES_COMMITTEE)
                .deadline(Period.parse("Quý II/2022"))
                .indicators(List.of(KEY_PRODUCTS, INNOVATING_FIRMS))
                .prerequisite(cityItemId(1))
                .assignment(lead(
                        SCT,
                        money(
                                city(2022, 8_000),
                                city(2023, 8_000),
                                city(2024, 8_000),
                                city(2025, 8_000),
                                line(FundingSource.ENTERPRISE, 2023, 25_000)),
                        SKHCN,
                        SKHDT,
                        DNCNTD))
                .status(ItemStatus.DONE)
                .completedOn(LocalDate.of(2022, 6, 28))
                .build());

        // ---- IV. Chuyển đổi số, xây dựng chính quyền số ----
        items.add(city(22, ItemKind.SCHEME, DIGITAL)
                .title("Đề án chuyển đổi số, xây dựng chính quyền số Thành phố Hà Nội giai đoạn 2021 - 2025, định"
                        + " hướng đến năm 2030")
                .content("Nội dung mang tính khung cho chuyển đổi chính quyền số, chính quyền điện tử: kiến trúc,"
                        + " hạ tầng, dữ liệu, nền tảng dùng chung, an toàn thông tin; trình UBND Thành phố phê duyệt"
                        + " sớm.")
                .product(Product.of(ProductKind.SCHEME_DOCUMENT, "Quyết định của UBND Thành phố phê duyệt Đề án"))
                .approvalLevel(ApprovalLevel.PEOPLES_COMMITTEE)
                .deadline(Period.parse("Quý IV/2021"))
                .indicators(List.of(ONLINE_SERVICES, ONLINE_FILES, DIGITAL_ECONOMY))
                .prerequisite(cityItemId(1))
                .assignment(lead(STTTT, money(city(2021, 2_000)), VPUBND, SKHDT, STC, SNV))
                .status(ItemStatus.DONE)
                .completedOn(LocalDate.of(2021, 11, 5))
                .build());
        items.add(city(23, ItemKind.PROJECT, DIGITAL)
                .title("Dự án xây dựng Trung tâm dữ liệu và nền tảng tích hợp, chia sẻ dữ liệu dùng chung của Thành"
                        + " phố")
                .content("Đầu tư trung tâm dữ liệu tập trung, nền tảng tích hợp, chia sẻ dữ liệu (LGSP), kết nối cơ"
                        + " sở dữ liệu quốc gia; đề xuất danh mục chuẩn bị đầu tư công trung hạn.")
                .product(Product.of(ProductKind.IT_SYSTEM, "Trung tâm dữ liệu và nền tảng LGSP vận hành"))
                .approvalLevel(ApprovalLevel.PEOPLES_COUNCIL)
                .start(LocalDate.of(2022, 1, 1))
                .deadline(Period.parse("2022-2025"))
                .indicators(List.of(ONLINE_SERVICES, ONLINE_FILES))
                .prerequisite(cityItemId(22))
                .publicInvestment(new PublicInvestment(
                        Vnd.parse("1.200 tỷ đồng"),
                        Optional.of("A"),
                        Optional.of("Nhóm dự án minh họa; chờ thẩm định nguồn vốn")))
                .assignment(lead(
                        STTTT,
                        money(city(2023, 400_000), city(2024, 500_000), city(2025, 300_000)),
                        SKHDT,
                        STC,
                        VPUBND))
                .status(ItemStatus.IN_PROGRESS)
                .build());
        items.add(city(24, ItemKind.TASK, DIGITAL)
                .title("Nâng cấp Cổng dịch vụ công và Hệ thống thông tin giải quyết thủ tục hành chính Thành phố")
                .content("Đưa tối thiểu 60% dịch vụ công đủ điều kiện lên mức độ 4 trong năm 2022; tích hợp với Cổng"
                        + " Dịch vụ công quốc gia; số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.")
                .product(Product.of(ProductKind.IT_SYSTEM, "Cổng dịch vụ công Thành phố được nâng cấp"))
                .approvalLevel(ApprovalLevel.COMMITTEE_CHAIR)
                .deadline(Period.parse("Năm 2022"))
                .indicators(List.of(ONLINE_SERVICES, ONLINE_FILES))
                .prerequisite(cityItemId(22))
                .assignment(lead(VPUBND, money(city(2022, 35_000)), STTTT, SNV))
                .status(ItemStatus.IN_PROGRESS)
                .build());
        items.add(city(25, ItemKind.PLAN, DIGITAL)
                .title("Kế hoạch phát triển kinh tế số Thành phố Hà Nội giai đoạn 2022 - 2025")
                .content("Xác định phương pháp đo lường kinh tế số; hỗ trợ doanh nghiệp chuyển đổi số, thương mại"
                        + " điện tử; phát triển doanh nghiệp công nghệ số.")
                .product(Product.of(ProductKind.PLAN_DOCUMENT, "Kế hoạch của UBND Thành phố"))
                .approvalLevel(ApprovalLevel.PEOPLES_COMMITTEE)
                .deadline(Period.parse("6 tháng đầu năm 2022"))
                .indicators(List.of(DIGITAL_ECONOMY))
                .prerequisite(cityItemId(22))
                .assignment(lead(STTTT, Resources.regularOperatingBudget(), SCT, SKHDT, CTK))
                .status(ItemStatus.DONE)
                .completedOn(LocalDate.of(2022, 9, 14))
                .build());
        items.add(city(26, ItemKind.PROJECT, DIGITAL)
                .title("Dự án xây dựng Cơ sở dữ liệu khoa học và công nghệ Thành phố Hà Nội")
                .content("Cơ sở dữ liệu về nhiệm vụ KH&CN, chuyên gia, doanh nghiệp KH&CN, kết quả nghiên cứu; kết"
                        + " nối với cơ sở dữ liệu quốc gia về KH&CN và nền tảng dữ liệu dùng chung của Thành phố.")
                .product(Product.of(ProductKind.DATABASE, "Cơ sở dữ liệu KH&CN Thành phố"))
                .approvalLevel(ApprovalLevel.PEOPLES_COMMITTEE)
                .start(LocalDate.of(2022, 3, 1))
                .deadline(Period.parse("Năm 2023"))
                .indicators(List.of(ST_ENTERPRISES, RESEARCH_TASKS))
                .prerequisite(cityItemId(22))
                .publicInvestment(PublicInvestment.of(Vnd.parse("40 tỷ đồng"), "C"))
                .assignment(lead(SKHCN, money(city(2022, 12_000), city(2023, 28_000)), STTTT, DHQGHN, VHLKHCN))
                .status(ItemStatus.IN_PROGRESS)
                .build());
        // (a) No lead unit: only coordinating units are named.
        items.add(city(Program07Sample.UNCLEAR_NO_LEAD, ItemKind.TASK, DIGITAL)
                .title("Xây dựng bản đồ số hạ tầng đổi mới sáng tạo của Thành phố")
                .content("Số hóa, công khai trên bản đồ số vị trí các vườn ươm, không gian sáng tạo, phòng thí"
                        + " nghiệm mở, trường đại học, viện nghiên cứu trên địa bàn.")
                .product(Product.of(ProductKind.IT_SYSTEM, "Bản đồ số hạ tầng đổi mới sáng tạo"))
                .approvalLevel(ApprovalLevel.DEPARTMENT)
                .deadline(Period.parse("Năm 2022"))
                .indicators(List.of(INCUBATORS))
                .prerequisite(cityItemId(22))
                .assignment(new Assignment(
                        List.of(),
                        List.of(STTTT, SKHCN, STNMT),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        money(city(2022, 1_500))))
                .status(ItemStatus.NOT_STARTED)
                .build());
        // (b) No resources at all.
        items.add(city(Program07Sample.UNCLEAR_NO_RESOURCES, ItemKind.TASK, DIGITAL)
                .title("Thí điểm ứng dụng công nghệ số trong quản lý đô thị thông minh tại quận Hà Đông")
                .content("Thí điểm camera giám sát, cảm biến môi trường, phản ánh hiện trường qua ứng dụng di động;"
                        + " đánh giá, nhân rộng ra các quận khác.")
                .product(Product.of(ProductKind.IT_SYSTEM, "Hệ thống điều hành đô thị thông minh thí điểm"))
                .approvalLevel(ApprovalLevel.DISTRICT)
                .deadline(Period.parse("Năm 2023"))
                .indicators(List.of(ONLINE_FILES))
                .prerequisite(cityItemId(22))
                .scope(ItemScope.LOCAL)
                .assignment(lead(QHD, Resources.NONE, STTTT, SXD))
                .status(ItemStatus.IN_PROGRESS)
                .build());

        // ---- V. Hợp tác quốc tế, thông tin và truyền thông ----
        // (c) A generic task: nothing concrete to do.
        items.add(city(Program07Sample.UNCLEAR_GENERIC, ItemKind.TASK, OUTREACH)
                .title("Tăng cường công tác tuyên truyền")
                .content("Triển khai thực hiện")
                .product(Product.of(ProductKind.REPORT, "Báo cáo kết quả"))
                .approvalLevel(ApprovalLevel.DEPARTMENT)
                .deadline(Period.parse("2021-2025"))
                .assignment(lead(STTTT, Resources.regularOperatingBudget(), SKHCN))
                .status(ItemStatus.IN_PROGRESS)
                .build());
        // (d) A deadline after the end of the program period.
        items.add(city(Program07Sample.UNCLEAR_DEADLINE_OUTSIDE, ItemKind.PROGRAM, OUTREACH)
                .title("Chương trình hợp tác quốc tế về khoa học, công nghệ và đổi mới sáng tạo với các đối tác"
                        + " chiến lược")
                .content("Ký kết, triển khai thỏa thuận hợp tác với các thành phố, tổ chức quốc tế về chuyển giao"
                        + " công nghệ, đào tạo chuyên gia, kết nối mạng lưới đổi mới sáng tạo.")
                .product(Product.of(
                        ProductKind.PROGRAM_DOCUMENT, "Quyết định của UBND Thành phố phê duyệt Chương trình"))
                .approvalLevel(ApprovalLevel.PEOPLES_COMMITTEE)
                .deadline(Period.parse("Năm 2027"))
                .indicators(List.of(PII_RANK))
                .prerequisite(cityItemId(1))
                .assignment(lead(SKHCN, money(city(2023, 3_000), city(2024, 3_000), city(2025, 3_000)), SKHDT, DHQGHN))
                .status(ItemStatus.NOT_STARTED)
                .build());
        // (e) Two items, each the other's prerequisite.
        items.add(city(Program07Sample.UNCLEAR_CYCLE_A, ItemKind.TASK, OUTREACH)
                .title("Xây dựng cơ chế thu hút chuyên gia, trí thức người Việt Nam ở nước ngoài tham gia hoạt động"
                        + " khoa học và công nghệ của Thành phố")
                .content("Đề xuất chế độ đãi ngộ, điều kiện làm việc, hình thức hợp tác; tiếp thu ý kiến tại Diễn"
                        + " đàn trí thức, chuyên gia người Việt Nam ở nước ngoài.")
                .product(Product.of(ProductKind.POLICY, "Quyết định của UBND Thành phố ban hành quy định"))
                .approvalLevel(ApprovalLevel.PEOPLES_COMMITTEE)
                .deadline(Period.parse("Năm 2023"))
                .indicators(List.of(TRAINED_LABOUR))
                .prerequisite(cityItemId(Program07Sample.UNCLEAR_CYCLE_B))
                .assignment(lead(SNV, money(city(2023, 600)), SKHCN, DHQGHN))
                .status(ItemStatus.NOT_STARTED)
                .build());
        items.add(city(Program07Sample.UNCLEAR_CYCLE_B, ItemKind.TASK, OUTREACH)
                .title("Tổ chức Diễn đàn trí thức, chuyên gia người Việt Nam ở nước ngoài về đổi mới sáng tạo")
                .content("Tổ chức diễn đàn giới thiệu cơ chế thu hút chuyên gia của Thành phố, kết nối chuyên gia"
                        + " với doanh nghiệp, viện, trường trên địa bàn.")
                .product(Product.of(ProductKind.EVENT, "Diễn đàn", 1))
                .approvalLevel(ApprovalLevel.DEPARTMENT)
                .deadline(Period.parse("Năm 2023"))
                .indicators(List.of(PII_RANK))
                .prerequisite(cityItemId(Program07Sample.UNCLEAR_CYCLE_A))
                .assignment(lead(SKHCN, money(city(2023, 1_200)), SNV, DHQGHN))
                .status(ItemStatus.NOT_STARTED)
                .build());
        return items;
    }

    static List<Item> unitItems() {
        List<Item> items = new ArrayList<>();
        PlanId kh = Program07Sample.SKHCN_PLAN;
        items.add(unit(kh, "KH-SKHCN-07", 1, ItemKind.TASK, SKHCN)
                .title("Thành lập Tổ soạn thảo, xây dựng dự thảo Nghị quyết của HĐND Thành phố về cơ chế, chính sách"
                        + " hỗ trợ KH&CN và đổi mới sáng tạo")
                .content("Thực hiện nhiệm vụ số 5 tại Phụ lục Kế hoạch số 186/KH-UBND: thành lập Tổ soạn thảo, xây"
                        + " dựng đề cương và dự thảo lần 1.")
                .product(Product.of(ProductKind.DECISION, "Quyết định thành lập Tổ soạn thảo và dự thảo lần 1"))
                .deadline(Period.parse("Quý IV/2021"))
                .indicators(List.of(POLICY_RESOLUTION))
                .status(ItemStatus.DONE)
                .completedOn(LocalDate.of(2021, 10, 15))
                .build());
        items.add(unit(kh, "KH-SKHCN-07", 2, ItemKind.TASK, SKHCN)
                .title("Lấy ý kiến, đánh giá tác động và hoàn thiện hồ sơ dự thảo Nghị quyết trình UBND Thành phố")
                .content("Thực hiện nhiệm vụ số 5 tại Phụ lục Kế hoạch số 186/KH-UBND: tổ chức hội thảo lấy ý kiến"
                        + " doanh nghiệp, gửi Sở Tư pháp thẩm định, hoàn thiện hồ sơ.")
                .product(Product.of(ProductKind.REPORT, "Hồ sơ dự thảo Nghị quyết đã thẩm định"))
                .deadline(Period.parse("Quý IV/2022"))
                .indicators(List.of(POLICY_RESOLUTION))
                .prerequisite(ItemId.of("KH-SKHCN-07/01"))
                .status(ItemStatus.IN_PROGRESS)
                .build());
        items.add(unit(kh, "KH-SKHCN-07", 3, ItemKind.TASK, SKHCN)
                .title("Xây dựng tiêu chí, quy trình lựa chọn doanh nghiệp tham gia Chương trình hỗ trợ đổi mới công"
                        + " nghệ")
                .content("Thực hiện nhiệm vụ số 8 tại Phụ lục Kế hoạch số 186/KH-UBND.")
                .product(Product.of(ProductKind.REGULATION, "Quyết định của Giám đốc Sở ban hành tiêu chí, quy trình"))
                .deadline(Period.parse("Quý I/2022"))
                .indicators(List.of(INNOVATING_FIRMS))
                .status(ItemStatus.DONE)
                .completedOn(LocalDate.of(2022, 3, 30))
                .build());
        items.add(unit(kh, "KH-SKHCN-07", 4, ItemKind.TASK, SKHCN)
                .title("Tổ chức Techfest Hà Nội năm 2022")
                .content("Thực hiện nhiệm vụ số 18 tại Phụ lục Kế hoạch số 186/KH-UBND; phối hợp ĐH Bách khoa Hà Nội"
                        + " và doanh nghiệp đồng tổ chức.")
                .product(Product.of(ProductKind.EVENT, "Techfest Hà Nội 2022", 1))
                .deadline(Period.parse("Quý IV/2022"))
                .indicators(List.of(STARTUPS_SUPPORTED))
                .status(ItemStatus.DONE)
                .completedOn(LocalDate.of(2022, 12, 10))
                .build());
        items.add(unit(kh, "KH-SKHCN-07", 5, ItemKind.TASK, SKHCN)
                .title("Lập báo cáo đề xuất chủ trương đầu tư Dự án Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo Hà"
                        + " Nội")
                .content("Thực hiện nhiệm vụ số 16 tại Phụ lục Kế hoạch số 186/KH-UBND; gửi Sở Kế hoạch và Đầu tư"
                        + " thẩm định nguồn vốn.")
                .product(Product.of(ProductKind.REPORT, "Báo cáo đề xuất chủ trương đầu tư"))
                .deadline(Period.parse("6 tháng cuối năm 2022"))
                .indicators(List.of(STARTUP_CENTRE))
                .status(ItemStatus.IN_PROGRESS)
                .build());
        items.add(unit(kh, "KH-SKHCN-07", 6, ItemKind.PROJECT, SKHCN)
                .title("Xây dựng phân hệ quản lý nhiệm vụ KH&CN của Cơ sở dữ liệu KH&CN Thành phố")
                .content("Thực hiện một phần nhiệm vụ số 26 tại Phụ lục Kế hoạch số 186/KH-UBND.")
                .product(Product.of(ProductKind.IT_SYSTEM, "Phân hệ quản lý nhiệm vụ KH&CN"))
                .deadline(Period.parse("Năm 2023"))
                .indicators(List.of(RESEARCH_TASKS))
                .status(ItemStatus.IN_PROGRESS)
                .build());
        items.add(unit(kh, "KH-SKHCN-07", 7, ItemKind.TASK, SKHCN)
                .title("Tổng hợp báo cáo sơ kết 6 tháng, tổng kết hằng năm tình hình thực hiện Chương trình số"
                        + " 07-CTr/TU")
                .content("Thực hiện nhiệm vụ số 1 tại Phụ lục Kế hoạch số 186/KH-UBND: đôn đốc các đơn vị báo cáo"
                        + " trước ngày 05/7 và 05/01; tổng hợp báo cáo Ban Chỉ đạo.")
                .product(Product.of(ProductKind.REPORT, "Báo cáo sơ kết, tổng kết của Ban Chỉ đạo"))
                .approvalLevel(ApprovalLevel.STEERING_COMMITTEE)
                .deadline(Period.parse("Hằng năm"))
                .status(ItemStatus.IN_PROGRESS)
                .build());

        PlanId tt = Program07Sample.STTTT_PLAN;
        items.add(unit(tt, "KH-STTTT-07", 1, ItemKind.TASK, STTTT)
                .title("Tham mưu trình UBND Thành phố phê duyệt Đề án chuyển đổi số, xây dựng chính quyền số")
                .content("Thực hiện nhiệm vụ số 22 tại Phụ lục Kế hoạch số 186/KH-UBND.")
                .product(Product.of(ProductKind.REPORT, "Tờ trình và hồ sơ Đề án"))
                .deadline(Period.parse("Quý IV/2021"))
                .indicators(List.of(ONLINE_SERVICES))
                .status(ItemStatus.DONE)
                .completedOn(LocalDate.of(2021, 10, 25))
                .build());
        items.add(unit(tt, "KH-STTTT-07", 2, ItemKind.TASK, STTTT)
                .title("Cập nhật Kiến trúc Chính quyền điện tử Thành phố Hà Nội phiên bản 2.0")
                .content("Thực hiện nhiệm vụ số 22 tại Phụ lục Kế hoạch số 186/KH-UBND.")
                .product(Product.of(ProductKind.DECISION, "Quyết định của UBND Thành phố ban hành Kiến trúc"))
                .approvalLevel(ApprovalLevel.PEOPLES_COMMITTEE)
                .deadline(Period.parse("Quý II/2022"))
                .indicators(List.of(ONLINE_SERVICES, ONLINE_FILES))
                .prerequisite(ItemId.of("KH-STTTT-07/01"))
                .status(ItemStatus.DONE)
                .completedOn(LocalDate.of(2022, 6, 20))
                .build());
        items.add(unit(tt, "KH-STTTT-07", 3, ItemKind.TASK, STTTT)
                .title("Lập báo cáo nghiên cứu tiền khả thi Dự án Trung tâm dữ liệu Thành phố")
                .content("Thực hiện nhiệm vụ số 23 tại Phụ lục Kế hoạch số 186/KH-UBND.")
                .product(Product.of(ProductKind.REPORT, "Báo cáo nghiên cứu tiền khả thi"))
                .deadline(Period.parse("Năm 2022"))
                .indicators(List.of(ONLINE_FILES))
                .prerequisite(ItemId.of("KH-STTTT-07/02"))
                .status(ItemStatus.IN_PROGRESS)
                .build());
        items.add(unit(tt, "KH-STTTT-07", 4, ItemKind.TASK, STTTT)
                .title("Phối hợp Văn phòng UBND Thành phố tích hợp dịch vụ công mức độ 4 với Cổng Dịch vụ công quốc"
                        + " gia")
                .content("Thực hiện phần việc của Sở tại nhiệm vụ số 24 Phụ lục Kế hoạch số 186/KH-UBND.")
                .product(Product.of(ProductKind.IT_SYSTEM, "Dịch vụ công mức độ 4 được tích hợp"))
                .deadline(Period.parse("Năm 2022"))
                .indicators(List.of(ONLINE_SERVICES))
                .status(ItemStatus.IN_PROGRESS)
                .build());
        items.add(unit(tt, "KH-STTTT-07", 5, ItemKind.TASK, STTTT)
                .title("Tuyên truyền về chuyển đổi số, khởi nghiệp đổi mới sáng tạo trên báo chí và hệ thống thông"
                        + " tin cơ sở")
                .content("Thực hiện nhiệm vụ số 29 tại Phụ lục Kế hoạch số 186/KH-UBND: chuyên mục trên báo, đài"
                        + " Thành phố; tối thiểu 200 tin, bài, phóng sự mỗi năm.")
                .product(Product.of(ProductKind.OTHER, "Tin, bài, phóng sự mỗi năm", 200))
                .deadline(Period.parse("Hằng năm"))
                .status(ItemStatus.IN_PROGRESS)
                .build());

        PlanId cg = Program07Sample.QCG_PLAN;
        items.add(unit(cg, "KH-QCG-07", 1, ItemKind.TASK, QCG)
                .title("Rà soát, đánh giá thực trạng không gian làm việc chung, cơ sở ươm tạo trên địa bàn quận")
                .content("Thực hiện nhiệm vụ số 19 tại Phụ lục Kế hoạch số 186/KH-UBND.")
                .product(Product.of(ProductKind.REPORT, "Báo cáo rà soát"))
                .deadline(Period.parse("Quý I/2022"))
                .indicators(List.of(INCUBATORS))
                .status(ItemStatus.DONE)
                .completedOn(LocalDate.of(2022, 3, 25))
                .build());
        items.add(unit(cg, "KH-QCG-07", 2, ItemKind.SCHEME, QCG)
                .title("Xây dựng Đề án phát triển không gian đổi mới sáng tạo quận Cầu Giấy")
                .content("Thực hiện nhiệm vụ số 19 tại Phụ lục Kế hoạch số 186/KH-UBND, làm cơ sở đề xuất Đề án cấp"
                        + " Thành phố.")
                .product(Product.of(ProductKind.SCHEME_DOCUMENT, "Quyết định của UBND quận phê duyệt Đề án"))
                .deadline(Period.parse("Năm 2022"))
                .indicators(List.of(INCUBATORS))
                .prerequisite(ItemId.of("KH-QCG-07/01"))
                .status(ItemStatus.IN_PROGRESS)
                .build());
        items.add(unit(cg, "KH-QCG-07", 3, ItemKind.TASK, QCG)
                .title("Hỗ trợ doanh nghiệp khởi nghiệp trên địa bàn quận tham gia Chương trình hỗ trợ tiếp cận vốn"
                        + " của Thành phố")
                .content("Thực hiện nhiệm vụ số 17 tại Phụ lục Kế hoạch số 186/KH-UBND.")
                .product(Product.of(ProductKind.SUPPORT, "Doanh nghiệp khởi nghiệp được giới thiệu, hỗ trợ", 30))
                .deadline(Period.parse("2022-2025"))
                .indicators(List.of(STARTUPS_SUPPORTED))
                .status(ItemStatus.IN_PROGRESS)
                .build());
        items.add(unit(cg, "KH-QCG-07", 4, ItemKind.TASK, QCG)
                .title("Nâng tỷ lệ hồ sơ thủ tục hành chính cấp quận được giải quyết trực tuyến")
                .content("Thực hiện phần việc của quận tại nhiệm vụ số 24 Phụ lục Kế hoạch số 186/KH-UBND.")
                .product(Product.of(ProductKind.REPORT, "Báo cáo kết quả giải quyết hồ sơ trực tuyến"))
                .deadline(Period.parse("Năm 2022"))
                .indicators(List.of(ONLINE_FILES))
                .status(ItemStatus.IN_PROGRESS)
                .build());
        items.add(unit(cg, "KH-QCG-07", 5, ItemKind.TASK, QCG)
                .title("Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo quận Cầu Giấy")
                .content("Hưởng ứng nhiệm vụ số 18 tại Phụ lục Kế hoạch số 186/KH-UBND.")
                .product(Product.of(ProductKind.EVENT, "Ngày hội khởi nghiệp cấp quận", 1))
                .deadline(Period.parse("Quý IV/2022"))
                .indicators(List.of(STARTUPS_SUPPORTED))
                .status(ItemStatus.NOT_STARTED)
                .build());
        return items;
    }

    static ItemId cityItemId(int number) {
        return ItemId.of(String.format("KH-UBND-07/%02d", number));
    }

    private static Item.Builder city(int number, ItemKind kind, int section) {
        return Item.builder(cityItemId(number), Program07Sample.CITY_PLAN, number)
                .kind(kind)
                .section(section);
    }

    /** A unit-plan item: led by the unit, scope within it, approved at its own level. */
    private static Item.Builder unit(PlanId plan, String prefix, int number, ItemKind kind, UnitCode lead) {
        boolean district = lead.equals(QCG);
        Resources resources =
                district ? money(line(FundingSource.DISTRICT_BUDGET, 2022, 300)) : Resources.regularOperatingBudget();
        return Item.builder(ItemId.of(String.format("%s/%02d", prefix, number)), plan, number)
                .kind(kind)
                .scope(district ? ItemScope.LOCAL : ItemScope.SECTOR)
                .approvalLevel(district ? ApprovalLevel.DISTRICT : ApprovalLevel.DEPARTMENT)
                .assignment(Assignment.lead(lead, List.of(), Program07Units.head(lead), resources));
    }

    private static Assignment lead(UnitCode lead, Resources resources, UnitCode... coordinating) {
        Official responsible = Program07Units.head(lead);
        return Assignment.lead(lead, Arrays.asList(coordinating), responsible, resources);
    }

    private static Resources money(FundingLine... lines) {
        return Resources.of(lines);
    }

    /** City budget, in millions of đồng (triệu đồng), as budget tables state it. */
    private static FundingLine city(int year, long millions) {
        return line(FundingSource.CITY_BUDGET, year, millions);
    }

    private static FundingLine district(int year, long millions) {
        return line(FundingSource.DISTRICT_BUDGET, year, millions);
    }

    private static FundingLine line(FundingSource source, int year, long millions) {
        return new FundingLine(source, year, Vnd.of(millions * 1_000_000L));
    }
}
