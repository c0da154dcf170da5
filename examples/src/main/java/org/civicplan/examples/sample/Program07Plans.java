package org.civicplan.examples.sample;

import static org.civicplan.examples.sample.Program07Units.DHQGHN;
import static org.civicplan.examples.sample.Program07Units.QCG;
import static org.civicplan.examples.sample.Program07Units.SKHCN;
import static org.civicplan.examples.sample.Program07Units.SKHDT;
import static org.civicplan.examples.sample.Program07Units.SNV;
import static org.civicplan.examples.sample.Program07Units.STC;
import static org.civicplan.examples.sample.Program07Units.STTTT;
import static org.civicplan.examples.sample.Program07Units.TU;
import static org.civicplan.examples.sample.Program07Units.UBND;
import static org.civicplan.examples.sample.Program07Units.VPUBND;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.model.Official;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.PlanSections;
import org.civicplan.core.model.PlanStatus;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.Section;
import org.civicplan.core.model.SteeringCommittee;
import org.civicplan.core.period.Period;

/** The program, the city plan and the three cascaded unit plans of the illustrative sample. */
final class Program07Plans {
    private Program07Plans() {}

    static Program program() {
        return new Program(
                Program07Sample.PROGRAM,
                // The briefing does not give the program's date of issue: 17/3/2021 is illustrative.
                Optional.of(DocumentRef.parse("07-CTr/TU").withDate(LocalDate.of(2021, 3, 17))),
                "Đẩy mạnh phát triển khoa học, công nghệ và đổi mới sáng tạo trên địa bàn thành phố Hà Nội"
                        + " giai đoạn 2021 - 2025",
                TU,
                Optional.of("XVII"),
                Period.years(2021, 2025),
                List.of(
                        "Khoa học, công nghệ và đổi mới sáng tạo là một trong những nội dung, giải pháp quan trọng"
                                + " để đổi mới mô hình tăng trưởng và cơ cấu lại nền kinh tế Thủ đô.",
                        "Doanh nghiệp là chủ thể trong triển khai; các cơ quan quản lý nhà nước có vai trò định"
                                + " hướng, tạo ra môi trường, cơ chế, chính sách và các công cụ để thúc đẩy.",
                        "Nhiệm vụ, giải pháp phải cụ thể, có sản phẩm thực tế, cân đong đo đếm được; xác định rõ"
                                + " người, rõ việc, rõ nguồn lực.",
                        "Trước hết thực hiện các nội dung mang tính định hướng, tính chất khung, tiếp đó mới triển"
                                + " khai các nội dung khác."),
                List.of(
                        "Đến năm 2025, khoa học, công nghệ và đổi mới sáng tạo trở thành động lực chính của tăng"
                                + " trưởng kinh tế Thủ đô; đóng góp của TFP vào tăng trưởng GRDP đạt trên 55%.",
                        "Hình thành hệ sinh thái khởi nghiệp đổi mới sáng tạo của Thủ đô hoạt động hiệu quả, kết"
                                + " nối với khu vực và quốc tế.",
                        "Hà Nội thuộc nhóm dẫn đầu cả nước về chỉ số đổi mới sáng tạo cấp địa phương.",
                        "Cơ bản hoàn thành xây dựng chính quyền số; tối thiểu 80% dịch vụ công trực tuyến đạt mức"
                                + " độ 4."),
                Program07Indicators.codes(),
                List.of(
                        Section.of(
                                "muc-tieu",
                                "I. MỤC TIÊU",
                                "Mục tiêu tổng quát và các chỉ tiêu cụ thể đến năm 2025 (Phụ lục chỉ tiêu CT07-01"
                                        + " đến CT07-20)."),
                        Section.of(
                                "nhiem-vu-giai-phap",
                                "II. NHIỆM VỤ VÀ GIẢI PHÁP",
                                "1. Hoàn thiện cơ chế, chính sách phát triển khoa học, công nghệ và đổi mới sáng"
                                        + " tạo.\n2. Phát triển tiềm lực khoa học và công nghệ, nguồn nhân lực chất"
                                        + " lượng cao.\n3. Phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo, lấy"
                                        + " doanh nghiệp làm chủ thể.\n4. Đẩy mạnh chuyển đổi số, xây dựng chính"
                                        + " quyền số, chính quyền điện tử.\n5. Mở rộng hợp tác quốc tế về khoa học,"
                                        + " công nghệ và đổi mới sáng tạo."),
                        Section.of(
                                "to-chuc-thuc-hien",
                                "III. TỔ CHỨC THỰC HIỆN",
                                "Thành lập Ban Chỉ đạo Chương trình; Sở Khoa học và Công nghệ là cơ quan thường"
                                        + " trực. Ban cán sự đảng UBND Thành phố lãnh đạo xây dựng kế hoạch thực"
                                        + " hiện; các sở, ban, ngành, quận, huyện, thị xã xây dựng kế hoạch cụ thể"
                                        + " của đơn vị. Định kỳ sơ kết 6 tháng, hằng năm báo cáo Ban Thường vụ"
                                        + " Thành ủy.")),
                Optional.of(new SteeringCommittee(
                        Official.named("Nguyễn Văn Phong", "Phó Bí thư Thành ủy, Trưởng Ban Chỉ đạo", TU),
                        Official.named(
                                "Chử Xuân Dũng", "Phó Chủ tịch UBND Thành phố, Phó Trưởng ban Thường trực", UBND),
                        List.of(
                                Official.post("Giám đốc Sở Khoa học và Công nghệ, Phó Trưởng ban", SKHCN),
                                Official.post("Giám đốc Sở Kế hoạch và Đầu tư, thành viên", SKHDT),
                                Official.post("Giám đốc Sở Tài chính, thành viên", STC),
                                Official.post("Giám đốc Sở Thông tin và Truyền thông, thành viên", STTTT),
                                Official.post("Giám đốc Sở Nội vụ, thành viên", SNV),
                                Official.post("Chánh Văn phòng UBND Thành phố, thành viên", VPUBND),
                                Official.post("Giám đốc Đại học Quốc gia Hà Nội, thành viên", DHQGHN)),
                        SKHCN)),
                0);
    }

    static Plan cityPlan() {
        return new Plan(
                Program07Sample.CITY_PLAN,
                Optional.of(Program07Sample.PROGRAM),
                Optional.empty(),
                UBND,
                // Number and date are illustrative: the briefing asks for issue "trong tháng 7/2021".
                Optional.of(DocumentRef.parse("186/KH-UBND").withDate(LocalDate.of(2021, 7, 26))),
                "Kế hoạch thực hiện Chương trình số 07-CTr/TU ngày 17/3/2021 của Thành ủy về đẩy mạnh phát triển"
                        + " khoa học, công nghệ và đổi mới sáng tạo trên địa bàn thành phố Hà Nội giai đoạn"
                        + " 2021 - 2025",
                Optional.of(Period.month(2021, 7)),
                new PlanSections(
                        Optional.of("1. Mục đích: Cụ thể hóa các mục tiêu, chỉ tiêu, nhiệm vụ và giải pháp của"
                                + " Chương trình số 07-CTr/TU thành các đề án, dự án, chương trình, kế hoạch,"
                                + " nhiệm vụ cụ thể; xác định rõ người, rõ việc, rõ nguồn lực, rõ thời gian và rõ"
                                + " sản phẩm.\n2. Yêu cầu: Các nhiệm vụ phải gắn với chỉ tiêu của Chương trình,"
                                + " có sản phẩm cân đong đo đếm được; ưu tiên các nội dung mang tính định hướng,"
                                + " tính chất khung; doanh nghiệp là chủ thể trong triển khai."),
                        Optional.of("Thực hiện 05 nhóm nhiệm vụ, giải pháp: hoàn thiện cơ chế, chính sách; phát"
                                + " triển tiềm lực khoa học và công nghệ; phát triển hệ sinh thái khởi nghiệp đổi"
                                + " mới sáng tạo; chuyển đổi số, xây dựng chính quyền số; hợp tác quốc tế, thông"
                                + " tin, truyền thông. Danh mục 32 đề án, dự án, chương trình, kế hoạch, nhiệm vụ"
                                + " và phân công thực hiện tại Phụ lục kèm theo."),
                        Optional.of("1. Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì theo dõi, đôn đốc,"
                                + " tổng hợp báo cáo UBND Thành phố và Ban Chỉ đạo; định kỳ sơ kết 6 tháng, tổng"
                                + " kết hằng năm.\n2. Sở Tài chính, Sở Kế hoạch và Đầu tư cân đối, bố trí nguồn"
                                + " lực; tham mưu đưa các dự án vào danh mục chuẩn bị đầu tư công trung hạn.\n3."
                                + " Các sở, ban, ngành, UBND quận, huyện, thị xã xây dựng ngay kế hoạch cụ thể của"
                                + " đơn vị sau khi Kế hoạch này được ban hành; báo cáo định kỳ trước ngày 05/7 và"
                                + " 05/01 hằng năm.\n4. Trong quá trình thực hiện, nội dung nào cần điều chỉnh thì"
                                + " đơn vị đề xuất và đăng ký lại qua Sở Khoa học và Công nghệ.")),
                List.of(
                        "Hoàn thiện cơ chế, chính sách",
                        "Phát triển tiềm lực khoa học và công nghệ",
                        "Phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo",
                        "Chuyển đổi số, xây dựng chính quyền số",
                        "Hợp tác quốc tế, thông tin và truyền thông"),
                PlanStatus.ISSUED,
                0);
    }

    static List<Plan> unitPlans() {
        return List.of(
                unitPlan(
                        Program07Sample.SKHCN_PLAN,
                        SKHCN,
                        "245/KH-SKHCN",
                        LocalDate.of(2021, 8, 20),
                        "Kế hoạch của Sở Khoa học và Công nghệ thực hiện Kế hoạch số 186/KH-UBND của UBND Thành phố"
                                + " triển khai Chương trình số 07-CTr/TU",
                        "Sở Khoa học và Công nghệ"),
                unitPlan(
                        Program07Sample.STTTT_PLAN,
                        STTTT,
                        "1930/KH-STTTT",
                        LocalDate.of(2021, 8, 30),
                        "Kế hoạch của Sở Thông tin và Truyền thông thực hiện Kế hoạch số 186/KH-UBND về chuyển đổi"
                                + " số, xây dựng chính quyền số",
                        "Sở Thông tin và Truyền thông"),
                unitPlan(
                        Program07Sample.QCG_PLAN,
                        QCG,
                        "212/KH-UBND",
                        LocalDate.of(2021, 9, 10),
                        "Kế hoạch của UBND quận Cầu Giấy thực hiện Chương trình số 07-CTr/TU và Kế hoạch số"
                                + " 186/KH-UBND của UBND Thành phố",
                        "UBND quận Cầu Giấy"));
    }

    private static Plan unitPlan(
            PlanId id, org.civicplan.core.model.UnitCode issuer, String doc, LocalDate date, String title, String who) {
        return new Plan(
                id,
                Optional.of(Program07Sample.PROGRAM),
                Optional.of(Program07Sample.CITY_PLAN),
                issuer,
                // Numbers and dates of the unit plans are illustrative.
                Optional.of(DocumentRef.parse(doc).withDate(date)),
                title,
                Optional.of(Period.quarter(2021, 3)),
                new PlanSections(
                        Optional.of("Cụ thể hóa các nhiệm vụ được UBND Thành phố giao cho " + who
                                + " tại Phụ lục Kế hoạch số 186/KH-UBND; phân công rõ người, rõ việc, rõ thời"
                                + " gian, rõ sản phẩm."),
                        Optional.of("Các nhiệm vụ cụ thể tại Phụ lục kèm theo; mỗi nhiệm vụ ghi rõ số thứ tự"
                                + " nhiệm vụ tương ứng trong Phụ lục Kế hoạch của UBND Thành phố."),
                        Optional.of("Các phòng, đơn vị trực thuộc triển khai; định kỳ 6 tháng, hằng năm báo cáo"
                                + " kết quả về Sở Khoa học và Công nghệ để tổng hợp.")),
                List.of(),
                PlanStatus.ISSUED,
                0);
    }
}
