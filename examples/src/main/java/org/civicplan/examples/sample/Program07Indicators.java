package org.civicplan.examples.sample;

import static org.civicplan.examples.sample.Program07Units.SCT;
import static org.civicplan.examples.sample.Program07Units.SGDDT;
import static org.civicplan.examples.sample.Program07Units.SKHCN;
import static org.civicplan.examples.sample.Program07Units.SKHDT;
import static org.civicplan.examples.sample.Program07Units.SLDTBXH;
import static org.civicplan.examples.sample.Program07Units.STC;
import static org.civicplan.examples.sample.Program07Units.STTTT;
import static org.civicplan.examples.sample.Program07Units.VPUBND;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.model.Baseline;
import org.civicplan.core.model.Comparison;
import org.civicplan.core.model.Direction;
import org.civicplan.core.model.Frequency;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.IndicatorKind;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.Target;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;

/**
 * The program's 20 indicators (CT07-01..CT07-20) and their measurements for 2021 and 2022. All
 * figures are illustrative: plausible orders of magnitude, not official statistics. Some indicators
 * are on track against their interim targets and some are not, so that a review has both.
 */
final class Program07Indicators {
    static final IndicatorCode TFP = code(1);
    static final IndicatorCode INNOVATING_FIRMS = code(2);
    static final IndicatorCode ST_ENTERPRISES = code(3);
    static final IndicatorCode PATENT_FILINGS = code(4);
    static final IndicatorCode RD_SPENDING = code(5);
    static final IndicatorCode BUDGET_SHARE = code(6);
    static final IndicatorCode INCUBATORS = code(7);
    static final IndicatorCode STARTUPS_SUPPORTED = code(8);
    static final IndicatorCode PII_RANK = code(9);
    static final IndicatorCode ONLINE_SERVICES = code(10);
    static final IndicatorCode ONLINE_FILES = code(11);
    static final IndicatorCode DIGITAL_ECONOMY = code(12);
    static final IndicatorCode RESEARCH_TASKS = code(13);
    static final IndicatorCode RESEARCH_APPLIED = code(14);
    static final IndicatorCode TECH_MARKET = code(15);
    static final IndicatorCode POLICY_RESOLUTION = code(16);
    static final IndicatorCode STARTUP_CENTRE = code(17);
    static final IndicatorCode KEY_PRODUCTS = code(18);
    static final IndicatorCode TRAINED_LABOUR = code(19);
    static final IndicatorCode STEM_SCHOOLS = code(20);

    private static final Period BASE_YEAR = Period.year(2020);

    private Program07Indicators() {}

    static IndicatorCode code(int n) {
        return IndicatorCode.of(String.format("CT07-%02d", n));
    }

    static List<IndicatorCode> codes() {
        List<IndicatorCode> codes = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            codes.add(code(i));
        }
        return codes;
    }

    static List<Indicator> indicators() {
        return List.of(
                indicator(
                        TFP,
                        "Tỷ lệ đóng góp của năng suất các nhân tố tổng hợp (TFP) vào tăng trưởng GRDP",
                        "%",
                        IndicatorKind.PERCENT,
                        "45",
                        "55",
                        yearly("47", "49", "51", "53"),
                        Frequency.ANNUAL,
                        "Niên giám thống kê Thành phố; báo cáo của Cục Thống kê Thành phố",
                        SKHDT),
                indicator(
                        INNOVATING_FIRMS,
                        "Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo",
                        "%",
                        IndicatorKind.PERCENT,
                        "20",
                        "40",
                        yearly("24", "28", "32", "36"),
                        Frequency.ANNUAL,
                        "Điều tra doanh nghiệp hằng năm của Cục Thống kê Thành phố (mẫu 2.000 doanh nghiệp)",
                        SKHCN),
                indicator(
                        ST_ENTERPRISES,
                        "Số doanh nghiệp khoa học và công nghệ được cấp Giấy chứng nhận (lũy kế)",
                        "doanh nghiệp",
                        IndicatorKind.COUNT,
                        "120",
                        "300",
                        yearly("150", "190", "230", "265"),
                        Frequency.ANNUAL,
                        "Sổ theo dõi cấp Giấy chứng nhận doanh nghiệp KH&CN của Sở KH&CN",
                        SKHCN),
                indicator(
                        PATENT_FILINGS,
                        "Số đơn đăng ký sáng chế, giải pháp hữu ích của tổ chức, cá nhân trên địa bàn Thành phố",
                        "đơn/năm",
                        IndicatorKind.COUNT,
                        "1200",
                        "1800",
                        yearly("1300", "1400", "1550", "1650"),
                        Frequency.ANNUAL,
                        "Số liệu của Cục Sở hữu trí tuệ (Bộ KH&CN) cung cấp cho Sở KH&CN",
                        SKHCN),
                indicator(
                        RD_SPENDING,
                        "Tổng chi cho nghiên cứu và phát triển (R&D) so với GRDP",
                        "% GRDP",
                        IndicatorKind.PERCENT,
                        "0.8",
                        "1.5",
                        yearly("0.9", "1.0", "1.2", "1.35"),
                        Frequency.ANNUAL,
                        "Điều tra nghiên cứu và phát triển; quyết toán ngân sách của Sở Tài chính",
                        SKHCN),
                indicator(
                        BUDGET_SHARE,
                        "Tỷ lệ chi ngân sách Thành phố cho khoa học và công nghệ trên tổng chi ngân sách",
                        "%",
                        IndicatorKind.PERCENT,
                        "1.2",
                        "2",
                        yearly("1.4", "1.6", "1.8", "1.9"),
                        Frequency.ANNUAL,
                        "Báo cáo quyết toán ngân sách Thành phố của Sở Tài chính",
                        STC),
                indicator(
                        INCUBATORS,
                        "Số trung tâm đổi mới sáng tạo, vườn ươm, cơ sở ươm tạo đang hoạt động (lũy kế)",
                        "cơ sở",
                        IndicatorKind.COUNT,
                        "15",
                        "30",
                        yearly("18", "21", "25", "28"),
                        Frequency.ANNUAL,
                        "Khảo sát của Sở KH&CN với các quận, huyện, thị xã và trường đại học",
                        SKHCN),
                indicator(
                        STARTUPS_SUPPORTED,
                        "Số doanh nghiệp khởi nghiệp đổi mới sáng tạo được hỗ trợ (lũy kế từ năm 2021)",
                        "doanh nghiệp",
                        IndicatorKind.COUNT,
                        "0",
                        "500",
                        yearly("60", "160", "280", "400"),
                        Frequency.SEMI_ANNUAL,
                        "Cơ sở dữ liệu hỗ trợ khởi nghiệp của Sở KH&CN",
                        SKHCN),
                // Deliberately incomplete: a new national index (PII) with no 2020 baseline.
                new Indicator(
                        PII_RANK,
                        Program07Sample.PROGRAM,
                        "Thứ hạng của Hà Nội trong Bộ chỉ số đổi mới sáng tạo cấp địa phương (PII)",
                        Optional.of("thứ hạng"),
                        IndicatorKind.COUNT,
                        Direction.DECREASE,
                        Optional.empty(),
                        Optional.of(Target.atMost(new BigDecimal("1"), Period.year(2025))),
                        List.of(
                                Target.atMost(new BigDecimal("3"), Period.year(2022)),
                                Target.atMost(new BigDecimal("2"), Period.year(2023)),
                                Target.atMost(new BigDecimal("2"), Period.year(2024))),
                        Optional.of(Frequency.ANNUAL),
                        Optional.of("Kết quả PII do Bộ Khoa học và Công nghệ công bố"),
                        Optional.of(SKHCN),
                        0),
                indicator(
                        ONLINE_SERVICES,
                        "Tỷ lệ dịch vụ công trực tuyến mức độ 4 trên tổng số thủ tục hành chính của Thành phố",
                        "%",
                        IndicatorKind.PERCENT,
                        "40",
                        "80",
                        yearly("50", "60", "70", "75"),
                        Frequency.SEMI_ANNUAL,
                        "Cổng dịch vụ công Thành phố; báo cáo của Sở TT&TT",
                        STTTT),
                indicator(
                        ONLINE_FILES,
                        "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến mức độ 4",
                        "%",
                        IndicatorKind.PERCENT,
                        "15",
                        "50",
                        yearly("20", "30", "40", "45"),
                        Frequency.SEMI_ANNUAL,
                        "Hệ thống thông tin giải quyết thủ tục hành chính Thành phố",
                        VPUBND),
                // Deliberately incomplete: no data source (no agreed method to measure it yet).
                new Indicator(
                        DIGITAL_ECONOMY,
                        Program07Sample.PROGRAM,
                        "Tỷ trọng kinh tế số trong GRDP của Thành phố",
                        Optional.of("% GRDP"),
                        IndicatorKind.PERCENT,
                        Direction.INCREASE,
                        Optional.of(new Baseline(new BigDecimal("14.5"), BASE_YEAR)),
                        Optional.of(Target.atLeast(new BigDecimal("20"), Period.year(2025))),
                        yearly("16", "17", "18", "19"),
                        Optional.of(Frequency.ANNUAL),
                        Optional.empty(),
                        Optional.of(STTTT),
                        0),
                indicator(
                        RESEARCH_TASKS,
                        "Số nhiệm vụ khoa học và công nghệ cấp Thành phố được nghiệm thu trong năm",
                        "nhiệm vụ/năm",
                        IndicatorKind.COUNT,
                        "90",
                        "120",
                        yearly("95", "100", "110", "115"),
                        Frequency.ANNUAL,
                        "Hệ thống quản lý nhiệm vụ KH&CN của Sở KH&CN",
                        SKHCN),
                indicator(
                        RESEARCH_APPLIED,
                        "Tỷ lệ nhiệm vụ khoa học và công nghệ cấp Thành phố có kết quả được ứng dụng vào thực tiễn",
                        "%",
                        IndicatorKind.PERCENT,
                        "60",
                        "80",
                        yearly("65", "70", "74", "77"),
                        Frequency.ANNUAL,
                        "Báo cáo đánh giá sau nghiệm thu của Sở KH&CN",
                        SKHCN),
                new Indicator(
                        TECH_MARKET,
                        Program07Sample.PROGRAM,
                        "Giá trị giao dịch trên thị trường khoa học và công nghệ (mua bán, chuyển giao công nghệ)",
                        Optional.of("đồng/năm"),
                        IndicatorKind.MONEY,
                        Direction.INCREASE,
                        Optional.of(new Baseline(billions(5_000), BASE_YEAR)),
                        Optional.of(Target.atLeast(billions(10_000), Period.year(2025))),
                        List.of(
                                Target.atLeast(billions(5_800), Period.year(2021)),
                                Target.atLeast(billions(6_700), Period.year(2022)),
                                Target.atLeast(billions(7_800), Period.year(2023)),
                                Target.atLeast(billions(8_900), Period.year(2024))),
                        Optional.of(Frequency.ANNUAL),
                        Optional.of(
                                "Số liệu hợp đồng chuyển giao công nghệ đăng ký tại Sở KH&CN; sàn giao dịch công nghệ"),
                        Optional.of(SKHCN),
                        0),
                milestone(
                        POLICY_RESOLUTION,
                        "Nghị quyết của HĐND Thành phố về cơ chế, chính sách hỗ trợ phát triển KH&CN và đổi mới sáng tạo được ban hành",
                        Period.year(2022),
                        "Văn bản do HĐND Thành phố ban hành",
                        SKHCN),
                milestone(
                        STARTUP_CENTRE,
                        "Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo Hà Nội đi vào hoạt động",
                        Period.year(2025),
                        "Quyết định thành lập và báo cáo hoạt động của Trung tâm",
                        SKHCN),
                indicator(
                        KEY_PRODUCTS,
                        "Số sản phẩm công nghiệp chủ lực, công nghiệp hỗ trợ có hàm lượng công nghệ cao được hỗ trợ (lũy kế)",
                        "sản phẩm",
                        IndicatorKind.COUNT,
                        "0",
                        "120",
                        yearly("20", "45", "70", "95"),
                        Frequency.ANNUAL,
                        "Báo cáo của Sở Công Thương",
                        SCT),
                indicator(
                        TRAINED_LABOUR,
                        "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ",
                        "%",
                        IndicatorKind.PERCENT,
                        "48",
                        "55",
                        yearly("49.5", "51", "52.5", "54"),
                        Frequency.ANNUAL,
                        "Điều tra lao động việc làm; báo cáo của Sở LĐ-TB&XH",
                        SLDTBXH),
                indicator(
                        STEM_SCHOOLS,
                        "Tỷ lệ cơ sở giáo dục phổ thông triển khai giáo dục STEM",
                        "%",
                        IndicatorKind.PERCENT,
                        "30",
                        "80",
                        yearly("40", "50", "60", "70"),
                        Frequency.ANNUAL,
                        "Hệ thống thông tin quản lý giáo dục của Sở GD&ĐT",
                        SGDDT));
    }

    /** Values for 2021-H1 (semi-annual indicators), 2021-H2 or 2021, and 2022. */
    static List<Measurement> measurements() {
        List<Measurement> m = new ArrayList<>();
        Period h1 = Period.firstHalf(2021);
        Period h2 = Period.secondHalf(2021);
        Period y21 = Period.year(2021);
        Period y22 = Period.year(2022);
        String ctk21 = "Báo cáo số 58/BC-CTK ngày 25/02/2022 của Cục Thống kê Thành phố";
        String ctk22 = "Báo cáo số 47/BC-CTK ngày 20/02/2023 của Cục Thống kê Thành phố";
        String kh21 = "Báo cáo số 215/BC-SKHCN ngày 10/01/2022 của Sở KH&CN";
        String kh22 = "Báo cáo số 19/BC-SKHCN ngày 12/01/2023 của Sở KH&CN";

        // CT07-01 TFP: below the 2021 interim target, above the 2022 one.
        m.add(ratio(TFP, y21, SKHDT, "462", "1000", ctk21));
        m.add(ratio(TFP, y22, SKHDT, "495", "1000", ctk22));
        // CT07-02 enterprises with innovation (survey of 2,000): off in 2021, on in 2022.
        m.add(ratio(INNOVATING_FIRMS, y21, SKHCN, "470", "2000", ctk21));
        m.add(ratio(INNOVATING_FIRMS, y22, SKHCN, "582", "2000", ctk22));
        // CT07-03 S&T enterprises: on in 2021, off in 2022.
        m.add(count(ST_ENTERPRISES, y21, SKHCN, 158, kh21));
        m.add(count(ST_ENTERPRISES, y22, SKHCN, 176, kh22));
        // CT07-04 patent filings: off, then on.
        m.add(count(PATENT_FILINGS, y21, SKHCN, 1_285, kh21));
        m.add(count(PATENT_FILINGS, y22, SKHCN, 1_460, kh22));
        // CT07-05 R&D / GRDP (billion đồng over billion đồng): off track both years.
        m.add(ratio(RD_SPENDING, y21, SKHCN, "8700", "1023000", kh21));
        m.add(ratio(RD_SPENDING, y22, SKHCN, "10700", "1127000", kh22));
        // CT07-06 S&T share of the city budget: on, then off.
        m.add(ratio(BUDGET_SHARE, y21, STC, "1450", "100000", "Báo cáo số 120/BC-STC ngày 15/3/2022 của Sở Tài chính"));
        m.add(ratio(BUDGET_SHARE, y22, STC, "1620", "106500", "Báo cáo số 98/BC-STC ngày 10/3/2023 của Sở Tài chính"));
        // CT07-07 incubators and innovation centres: on track.
        m.add(count(INCUBATORS, y21, SKHCN, 19, kh21));
        m.add(count(INCUBATORS, y22, SKHCN, 22, kh22));
        // CT07-08 start-ups supported (cumulative): semi-annual; on in 2021, off in 2022.
        m.add(count(STARTUPS_SUPPORTED, h1, SKHCN, 25, "Báo cáo số 132/BC-SKHCN ngày 05/7/2021 của Sở KH&CN"));
        m.add(count(STARTUPS_SUPPORTED, h2, SKHCN, 64, kh21));
        m.add(count(STARTUPS_SUPPORTED, y22, SKHCN, 150, kh22));
        // CT07-09 PII rank: first published for 2022.
        m.add(count(PII_RANK, y22, SKHCN, 1, "Quyết định công bố kết quả PII năm 2022 của Bộ KH&CN"));
        // CT07-10 level-4 online public services: off, on, off.
        m.add(ratio(ONLINE_SERVICES, h1, STTTT, "880", "1960", "Báo cáo số 2105/BC-STTTT ngày 02/7/2021 của Sở TT&TT"));
        m.add(ratio(ONLINE_SERVICES, h2, STTTT, "1010", "1955", "Báo cáo số 45/BC-STTTT ngày 06/01/2022 của Sở TT&TT"));
        m.add(ratio(
                ONLINE_SERVICES, y22, STTTT, "1140", "1960", "Báo cáo số 38/BC-STTTT ngày 05/01/2023 của Sở TT&TT"));
        // CT07-11 files handled online: off, on, off.
        String vp =
                "Hệ thống thông tin giải quyết thủ tục hành chính Thành phố, số liệu trích xuất của Văn phòng UBND TP";
        m.add(ratio(ONLINE_FILES, h1, VPUBND, "126000", "700000", vp));
        m.add(ratio(ONLINE_FILES, h2, VPUBND, "165000", "750000", vp));
        m.add(ratio(ONLINE_FILES, y22, VPUBND, "410000", "1520000", vp));
        // CT07-12 digital economy (no agreed data source): off, then on.
        m.add(ratio(DIGITAL_ECONOMY, y21, STTTT, "158", "1000", "Ước tính của Sở TT&TT"));
        m.add(ratio(DIGITAL_ECONOMY, y22, STTTT, "172", "1000", "Ước tính của Sở TT&TT"));
        // CT07-13 research tasks completed: on, then off.
        m.add(count(RESEARCH_TASKS, y21, SKHCN, 97, kh21));
        m.add(count(RESEARCH_TASKS, y22, SKHCN, 92, kh22));
        // CT07-14 research results applied: on, then off.
        m.add(ratio(RESEARCH_APPLIED, y21, SKHCN, "64", "97", kh21));
        m.add(ratio(RESEARCH_APPLIED, y22, SKHCN, "63", "92", kh22));
        // CT07-15 technology market value: on, then off.
        m.add(new Measurement(
                TECH_MARKET, y21, SKHCN, new MeasuredValue.Money(Vnd.of(6_120_000_000_000L)), Optional.of(kh21)));
        m.add(new Measurement(
                TECH_MARKET, y22, SKHCN, new MeasuredValue.Money(Vnd.of(6_350_000_000_000L)), Optional.of(kh22)));
        // CT07-16 the council resolution: not yet adopted (item 5 is late).
        m.add(new Measurement(POLICY_RESOLUTION, y21, SKHCN, new MeasuredValue.Milestone(false), Optional.of(kh21)));
        m.add(new Measurement(POLICY_RESOLUTION, y22, SKHCN, new MeasuredValue.Milestone(false), Optional.of(kh22)));
        // CT07-17 start-up centre: not yet open (due 2025).
        m.add(new Measurement(STARTUP_CENTRE, y22, SKHCN, new MeasuredValue.Milestone(false), Optional.of(kh22)));
        // CT07-18 key industrial products supported: on, then off.
        m.add(count(KEY_PRODUCTS, y21, SCT, 22, "Báo cáo số 310/BC-SCT ngày 14/01/2022 của Sở Công Thương"));
        m.add(count(KEY_PRODUCTS, y22, SCT, 41, "Báo cáo số 27/BC-SCT ngày 13/01/2023 của Sở Công Thương"));
        // CT07-19 trained labour with certificates (thousand workers): on track.
        m.add(ratio(TRAINED_LABOUR, y21, SLDTBXH, "1980", "3980", ctk21));
        m.add(ratio(TRAINED_LABOUR, y22, SLDTBXH, "2075", "4053", ctk22));
        // CT07-20 schools teaching STEM: off, then on.
        m.add(ratio(STEM_SCHOOLS, y21, SGDDT, "672", "1700", "Báo cáo số 402/BC-SGDĐT ngày 20/01/2022 của Sở GD&ĐT"));
        m.add(ratio(STEM_SCHOOLS, y22, SGDDT, "885", "1702", "Báo cáo số 35/BC-SGDĐT ngày 18/01/2023 của Sở GD&ĐT"));
        return m;
    }

    private static Indicator indicator(
            IndicatorCode code,
            String name,
            String unit,
            IndicatorKind kind,
            String baseline,
            String target,
            List<Target> interim,
            Frequency frequency,
            String dataSource,
            UnitCode reportingUnit) {
        return new Indicator(
                code,
                Program07Sample.PROGRAM,
                name,
                Optional.of(unit),
                kind,
                Direction.INCREASE,
                Optional.of(new Baseline(new BigDecimal(baseline), BASE_YEAR)),
                Optional.of(new Target(Comparison.AT_LEAST, new BigDecimal(target), Period.year(2025))),
                interim,
                Optional.of(frequency),
                Optional.of(dataSource),
                Optional.of(reportingUnit),
                0);
    }

    private static Indicator milestone(
            IndicatorCode code, String name, Period due, String dataSource, UnitCode reportingUnit) {
        return new Indicator(
                code,
                Program07Sample.PROGRAM,
                name,
                Optional.of("có/không"),
                IndicatorKind.MILESTONE,
                Direction.INCREASE,
                Optional.of(new Baseline(BigDecimal.ZERO, BASE_YEAR)),
                Optional.of(Target.atLeast(BigDecimal.ONE, due)),
                List.of(),
                Optional.of(Frequency.ONCE),
                Optional.of(dataSource),
                Optional.of(reportingUnit),
                0);
    }

    /** Interim targets for 2021, 2022, 2023 and 2024, all "at least". */
    private static List<Target> yearly(String y2021, String y2022, String y2023, String y2024) {
        return List.of(
                Target.atLeast(new BigDecimal(y2021), Period.year(2021)),
                Target.atLeast(new BigDecimal(y2022), Period.year(2022)),
                Target.atLeast(new BigDecimal(y2023), Period.year(2023)),
                Target.atLeast(new BigDecimal(y2024), Period.year(2024)));
    }

    private static BigDecimal billions(long billions) {
        return BigDecimal.valueOf(billions).movePointRight(9);
    }

    private static Measurement ratio(
            IndicatorCode code, Period period, UnitCode unit, String numerator, String denominator, String source) {
        return new Measurement(
                code,
                period,
                unit,
                new MeasuredValue.Ratio(new BigDecimal(numerator), new BigDecimal(denominator)),
                Optional.of(source));
    }

    private static Measurement count(IndicatorCode code, Period period, UnitCode unit, long value, String source) {
        return new Measurement(code, period, unit, MeasuredValue.count(value), Optional.of(source));
    }
}
