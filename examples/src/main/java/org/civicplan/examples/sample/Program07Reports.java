package org.civicplan.examples.sample;

import static org.civicplan.examples.sample.Program07Units.QCG;
import static org.civicplan.examples.sample.Program07Units.SCT;
import static org.civicplan.examples.sample.Program07Units.SGDDT;
import static org.civicplan.examples.sample.Program07Units.SKHCN;
import static org.civicplan.examples.sample.Program07Units.SKHDT;
import static org.civicplan.examples.sample.Program07Units.SNNPTNT;
import static org.civicplan.examples.sample.Program07Units.SNV;
import static org.civicplan.examples.sample.Program07Units.STC;
import static org.civicplan.examples.sample.Program07Units.STTTT;
import static org.civicplan.examples.sample.Program07Units.VPUBND;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.AdjustmentId;
import org.civicplan.core.model.AdjustmentStatus;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemProgress;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.ReportId;
import org.civicplan.core.model.ReportStatus;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;

/**
 * Progress reports for 2021-H1, 2021-H2 and 2022, and the adjustment proposals. Item lines are
 * derived from the items' recorded statuses and completion dates so that reports and items agree;
 * the narrative, difficulties and proposals are written per unit.
 */
final class Program07Reports {
    /** Who reports for each period. SGDDT, SCT, SNNPTNT and QCG lead items but miss 2021-H1. */
    private static final List<UnitCode> REPORTED_2021_H1 = List.of(SKHCN, STTTT, STC, SKHDT, VPUBND, SNV);

    private static final List<UnitCode> REPORTED_2021_H2 =
            List.of(SKHCN, STTTT, STC, SKHDT, VPUBND, SNV, SGDDT, SCT, QCG);
    private static final List<UnitCode> REPORTED_2022 =
            List.of(SKHCN, STTTT, STC, SKHDT, VPUBND, SNV, SGDDT, SCT, QCG, SNNPTNT);

    private static final Map<UnitCode, String> WORK = Map.of(
            SKHCN,
            "tham mưu Ban Chỉ đạo, đôn đốc các đơn vị; triển khai các đề án về thị trường KH&CN, hệ sinh thái"
                    + " khởi nghiệp và tài sản trí tuệ",
            STTTT,
            "triển khai Đề án chuyển đổi số, chuẩn bị đầu tư Trung tâm dữ liệu Thành phố",
            STC,
            "cân đối, bố trí kinh phí sự nghiệp KH&CN; hướng dẫn cơ chế khoán chi đến sản phẩm cuối cùng",
            SKHDT,
            "tham mưu danh mục chuẩn bị đầu tư công trung hạn; xây dựng Đề án phát triển Khu công nghệ cao Hòa Lạc",
            VPUBND,
            "nâng cấp Cổng dịch vụ công, theo dõi tỷ lệ hồ sơ giải quyết trực tuyến",
            SNV,
            "thống nhất biểu mẫu báo cáo giữa 10 Chương trình, xây dựng kế hoạch phát triển nhân lực KH&CN",
            SGDDT,
            "triển khai Đề án giáo dục STEM tại các trường phổ thông",
            SCT,
            "triển khai Chương trình phát triển sản phẩm công nghiệp chủ lực",
            QCG,
            "rà soát không gian đổi mới sáng tạo, xây dựng Đề án của quận",
            SNNPTNT,
            "ứng dụng KH&CN trong nông nghiệp công nghệ cao tại huyện Đông Anh");

    private static final Map<UnitCode, List<String>> DIFFICULTIES = Map.of(
            SKHCN,
            List.of(
                    "Một số đơn vị chậm xây dựng kế hoạch cụ thể và chậm gửi báo cáo định kỳ.",
                    "Chưa có cơ chế để ngân sách Thành phố góp vốn cùng nhà đầu tư cho doanh nghiệp khởi nghiệp."),
            STTTT,
            List.of(
                    "Thủ tục chuẩn bị đầu tư dự án công nghệ thông tin kéo dài; thiếu nhân lực chuyên trách an toàn thông tin."),
            STC,
            List.of("Định mức chi cho nhiệm vụ KH&CN còn thấp so với thực tế."),
            SKHDT,
            List.of("Cơ chế phối hợp với các cơ quan Trung ương tại Khu công nghệ cao Hòa Lạc chưa rõ đầu mối."),
            VPUBND,
            List.of("Nhiều thủ tục hành chính chưa đủ điều kiện cung cấp trực tuyến mức độ 4 do yêu cầu bản gốc."),
            SNV,
            List.of("Chưa có chính sách đãi ngộ đủ hấp dẫn để thu hút chuyên gia, nhà khoa học đầu ngành."),
            SGDDT,
            List.of("Cơ sở vật chất phòng học STEM ở khu vực ngoại thành còn thiếu."),
            SCT,
            List.of("Doanh nghiệp còn e ngại thủ tục khi tham gia chương trình hỗ trợ."),
            QCG,
            List.of("Quỹ đất, mặt bằng cho không gian đổi mới sáng tạo trên địa bàn quận hạn chế."),
            SNNPTNT,
            List.of("Chi phí đầu tư ban đầu cho nông nghiệp công nghệ cao lớn, hộ sản xuất khó tiếp cận vốn."));

    private static final Map<UnitCode, List<String>> PROPOSALS = Map.of(
            SKHCN,
            List.of(
                    "Đề nghị UBND Thành phố đôn đốc các đơn vị chưa ban hành kế hoạch cụ thể.",
                    "Đề nghị Thành ủy cho ý kiến để trình HĐND Thành phố bổ sung cơ chế, chính sách."),
            STTTT,
            List.of("Đề nghị ưu tiên bố trí vốn chuẩn bị đầu tư cho Dự án Trung tâm dữ liệu Thành phố."),
            STC,
            List.of("Đề nghị các đơn vị lập dự toán nhiệm vụ KH&CN sát với sản phẩm đăng ký."),
            SKHDT,
            List.of("Đề nghị Bộ KH&CN chỉ định đầu mối phối hợp tại Khu công nghệ cao Hòa Lạc."),
            VPUBND,
            List.of("Đề nghị các sở rà soát, đơn giản hóa thành phần hồ sơ để cung cấp trực tuyến toàn trình."),
            SNV,
            List.of("Đề nghị bổ sung biên chế cho bộ phận quản lý KH&CN tại các quận, huyện."),
            SGDDT,
            List.of("Đề nghị bố trí kinh phí trang bị phòng học STEM cho các trường ngoại thành."),
            SCT,
            List.of("Đề nghị đơn giản hóa hồ sơ đăng ký tham gia chương trình."),
            QCG,
            List.of("Đề nghị Thành phố có cơ chế cho thuê trụ sở dôi dư làm không gian đổi mới sáng tạo."),
            SNNPTNT,
            List.of("Đề nghị hỗ trợ lãi suất vay cho dự án nông nghiệp ứng dụng công nghệ cao."));

    private Program07Reports() {}

    static List<ProgressReport> reports(List<Item> items) {
        List<ProgressReport> reports = new ArrayList<>();
        for (UnitCode unit : REPORTED_2021_H1) {
            reports.add(report(unit, Period.firstHalf(2021), ReportStatus.APPROVED, items));
        }
        for (UnitCode unit : REPORTED_2021_H2) {
            reports.add(report(unit, Period.secondHalf(2021), ReportStatus.APPROVED, items));
        }
        for (UnitCode unit : REPORTED_2022) {
            reports.add(report(unit, Period.year(2022), ReportStatus.SUBMITTED, items));
        }
        return reports;
    }

    static List<Adjustment> adjustments(List<Item> items) {
        Item resolution = find(items, Program07Items.cityItemId(5));
        Item portal = find(items, Program07Items.cityItemId(24));
        return List.of(
                new Adjustment(
                        AdjustmentId.of("DC-2022-01"),
                        resolution.id(),
                        resolution.revision(),
                        SKHCN,
                        "Cần thêm thời gian lấy ý kiến các bộ, ngành Trung ương và đánh giá tác động chính sách theo"
                                + " Luật Ban hành văn bản quy phạm pháp luật; đề nghị lùi thời hạn đến Quý II/2023",
                        resolution.toBuilder().deadline(Period.quarter(2023, 2)).build(),
                        AdjustmentStatus.PROPOSED,
                        Instant.parse("2022-11-25T03:00:00Z"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        0),
                new Adjustment(
                        AdjustmentId.of("DC-2022-02"),
                        portal.id(),
                        portal.revision(),
                        VPUBND,
                        "Chờ hướng dẫn tích hợp, đồng bộ hồ sơ của Cổng Dịch vụ công quốc gia; đề nghị lùi thời hạn đến"
                                + " Quý IV/2023",
                        portal.toBuilder().deadline(Period.quarter(2023, 4)).build(),
                        AdjustmentStatus.PROPOSED,
                        Instant.parse("2022-12-12T08:30:00Z"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        0));
    }

    private static ProgressReport report(UnitCode unit, Period period, ReportStatus status, List<Item> items) {
        LocalDate end = period.end().orElseThrow();
        boolean firstHalf2021 = period.equals(Period.firstHalf(2021));
        List<ItemProgress> lines = new ArrayList<>();
        for (Item item : items) {
            if (!item.assignment().effectiveReportingUnit().equals(Optional.of(unit))) {
                continue;
            }
            // The city plan was issued at the end of July 2021: the first review covers city items only.
            if (firstHalf2021 && !item.plan().equals(Program07Sample.CITY_PLAN)) {
                continue;
            }
            lines.add(line(item, period, end));
        }
        String name = Program07Units.units().stream()
                .filter(u -> u.code().equals(unit))
                .findFirst()
                .orElseThrow()
                .name();
        String narrative = firstHalf2021
                ? "6 tháng đầu năm 2021, " + name + " tập trung góp ý dự thảo Kế hoạch của UBND Thành phố thực hiện"
                        + " Chương trình số 07-CTr/TU (theo văn bản số 3013/VP-KGVX ngày 07/4/2021 của Văn phòng UBND"
                        + " Thành phố), rà soát các nhiệm vụ được giao và chuẩn bị " + WORK.get(unit) + "."
                : "Trong kỳ báo cáo (" + period.format(org.civicplan.core.Lang.VI) + "), " + name + " đã "
                        + WORK.get(unit) + ". Kết quả từng nhiệm vụ tại phần chi tiết; số liệu chỉ tiêu được cập"
                        + " nhật theo biểu mẫu chung.";
        List<String> difficulties = firstHalf2021 ? DIFFICULTIES.get(unit).subList(0, 1) : DIFFICULTIES.get(unit);
        return new ProgressReport(
                ReportId.of("BC-" + unit.value() + "-" + period.code()),
                Program07Sample.PROGRAM,
                unit,
                period,
                status,
                lines,
                Optional.of(narrative),
                difficulties,
                PROPOSALS.get(unit),
                Optional.empty(),
                0);
    }

    /** The item's line as it stood at the end of the period, consistent with its recorded status. */
    private static ItemProgress line(Item item, Period period, LocalDate end) {
        int year = end.getYear();
        boolean doneBy =
                item.completedOn().isPresent() && !item.completedOn().get().isAfter(end);
        boolean started = item.status() != ItemStatus.NOT_STARTED
                && item.start().map(s -> !s.isAfter(end)).orElse(true);
        if (doneBy) {
            LocalDate on = item.completedOn().get();
            return new ItemProgress(
                    item.id(),
                    ItemStatus.DONE,
                    100,
                    Optional.of(on),
                    Optional.of(
                            on.isAfter(item.dueDate().orElse(on)) ? "Hoàn thành chậm so với thời hạn." : "Hoàn thành."),
                    spent(item, year, 100, period));
        }
        if (!started) {
            return new ItemProgress(
                    item.id(),
                    ItemStatus.NOT_STARTED,
                    0,
                    Optional.empty(),
                    Optional.of("Chưa triển khai; đang chuẩn bị hồ sơ, nhân lực."),
                    List.of());
        }
        int percent = period.equals(Period.firstHalf(2021)) ? 5 : period.equals(Period.secondHalf(2021)) ? 30 : 65;
        String note = item.dueDate().filter(d -> d.isBefore(end)).isPresent()
                ? "Đang thực hiện, chậm so với thời hạn; đơn vị đã đề xuất điều chỉnh hoặc đang hoàn thiện hồ sơ."
                : "Đang thực hiện theo tiến độ.";
        return new ItemProgress(
                item.id(),
                ItemStatus.IN_PROGRESS,
                percent,
                Optional.empty(),
                Optional.of(note),
                spent(item, year, 80, period));
    }

    /** Money spent in the report's year: a share of what was planned for that year (nothing in 2021-H1). */
    private static List<FundingLine> spent(Item item, int year, int percent, Period period) {
        if (period.equals(Period.firstHalf(2021))) {
            return List.of();
        }
        List<FundingLine> spent = new ArrayList<>();
        for (FundingLine planned : item.assignment().resources().funding()) {
            if (planned.year() == year) {
                long dong = planned.amount().toBigDecimal().longValueExact() / 100 * percent;
                spent.add(new FundingLine(planned.source(), year, Vnd.of(dong)));
            }
        }
        return spent;
    }

    private static Item find(List<Item> items, ItemId id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }
}
