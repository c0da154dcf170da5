package org.civicplan.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;
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
import org.civicplan.core.model.PublicInvestment;
import org.civicplan.core.model.Resources;
import org.civicplan.core.model.Section;
import org.civicplan.core.model.SteeringCommittee;
import org.civicplan.core.model.Target;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitKind;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;

/**
 * A seeded synthetic portfolio with the shapes of DOMAIN.md's scale section: units (30 departments,
 * 30 districts, enterprises, universities), programs of about 100 items each (a city plan of 50 and
 * five cascaded unit plans of 10), 20 indicators per program, and 50 monthly measurements per
 * indicator. Text is realistic Vietnamese built from plan phrases. The same seed and size always give
 * the same portfolio.
 *
 * <p>Sizes: S = 10^3 items / 10^4 measurements, M = 10^4 / 10^5, L = 10^5 / 10^6.
 */
public final class PortfolioGenerator {
    public enum Size {
        S(1_000),
        M(10_000),
        L(100_000);

        final int items;

        Size(int items) {
            this.items = items;
        }

        public int items() {
            return items;
        }

        public int programs() {
            return items / ITEMS_PER_PROGRAM;
        }

        public long measurements() {
            return (long) programs() * INDICATORS_PER_PROGRAM * MONTHS;
        }
    }

    static final int ITEMS_PER_PROGRAM = 100;
    static final int CITY_ITEMS = 50;
    static final int UNIT_PLANS = 5;
    static final int INDICATORS_PER_PROGRAM = 20;
    static final int MONTHS = 50;
    static final YearMonth FIRST_MONTH = YearMonth.of(2021, 1);

    private static final String[] DEPARTMENTS = {
        "Khoa học và Công nghệ",
        "Thông tin và Truyền thông",
        "Kế hoạch và Đầu tư",
        "Tài chính",
        "Công Thương",
        "Giáo dục và Đào tạo",
        "Y tế",
        "Nội vụ",
        "Tư pháp",
        "Nông nghiệp và Phát triển nông thôn",
        "Xây dựng",
        "Tài nguyên và Môi trường",
        "Lao động - Thương binh và Xã hội",
        "Giao thông vận tải",
        "Văn hóa và Thể thao",
        "Du lịch",
        "Quy hoạch - Kiến trúc",
        "Ngoại vụ",
        "Dân tộc",
        "Thanh tra Thành phố",
        "Văn phòng UBND Thành phố",
        "Ban Quản lý các Khu công nghiệp và chế xuất",
        "Ban Quản lý Khu công nghệ cao Hòa Lạc",
        "Cục Thống kê Thành phố",
        "Đài Phát thanh và Truyền hình",
        "Trung tâm Xúc tiến đầu tư",
        "Quỹ Phát triển khoa học và công nghệ",
        "Liên hiệp các hội Khoa học và Kỹ thuật",
        "Trung tâm Phục vụ hành chính công",
        "Sở Quy hoạch"
    };

    static final String[] DISTRICTS = {
        "Ba Đình", "Hoàn Kiếm", "Tây Hồ", "Long Biên", "Cầu Giấy", "Đống Đa", "Hai Bà Trưng", "Hoàng Mai", "Thanh Xuân",
                "Nam Từ Liêm",
        "Bắc Từ Liêm", "Hà Đông", "Sơn Tây", "Ba Vì", "Phúc Thọ", "Đan Phượng", "Hoài Đức", "Quốc Oai", "Thạch Thất",
                "Chương Mỹ",
        "Thanh Oai", "Thường Tín", "Phú Xuyên", "Ứng Hòa", "Mỹ Đức", "Sóc Sơn", "Đông Anh", "Gia Lâm", "Mê Linh",
                "Thanh Trì"
    };

    private static final String[] VERBS = {
        "Xây dựng", "Triển khai", "Hoàn thiện", "Tổ chức", "Đầu tư", "Nghiên cứu", "Ban hành", "Phát triển"
    };
    private static final String[] OBJECTS = {
        "Đề án phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo", "Trung tâm đổi mới sáng tạo",
                "cơ sở dữ liệu khoa học và công nghệ",
        "cơ chế hỗ trợ doanh nghiệp đổi mới công nghệ", "chương trình đào tạo nhân lực chất lượng cao",
                "nền tảng chuyển đổi số dùng chung",
        "quy chế quản lý nhiệm vụ khoa học và công nghệ", "mạng lưới phòng thí nghiệm trọng điểm",
                "sàn giao dịch công nghệ",
        "vườn ươm doanh nghiệp công nghệ", "chương trình hỗ trợ sở hữu trí tuệ",
                "hệ thống đo lường chỉ số đổi mới sáng tạo cấp tỉnh"
    };
    private static final String[] INDICATORS = {
        "Tỷ lệ đóng góp của TFP vào tăng trưởng GRDP", "Số doanh nghiệp khoa học và công nghệ",
                "Số đơn đăng ký sáng chế",
        "Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo", "Chi cho nghiên cứu và phát triển so với GRDP",
                "Số trung tâm đổi mới sáng tạo",
        "Thứ hạng chỉ số đổi mới sáng tạo cấp địa phương (PII)", "Tỷ lệ dịch vụ công trực tuyến toàn trình",
                "Số doanh nghiệp khởi nghiệp được hỗ trợ",
        "Giá trị hợp đồng chuyển giao công nghệ"
    };

    private final long seed;

    public PortfolioGenerator(long seed) {
        this.seed = seed;
    }

    public static List<OrgUnit> units() {
        List<OrgUnit> units = new ArrayList<>();
        units.add(OrgUnit.of("TU", "Thành ủy", UnitKind.PARTY_COMMITTEE));
        units.add(OrgUnit.of("UBND", "Ủy ban nhân dân Thành phố", UnitKind.PEOPLES_COMMITTEE));
        UnitCode ubnd = UnitCode.of("UBND");
        for (int i = 0; i < DEPARTMENTS.length; i++) {
            units.add(OrgUnit.of(dept(i).value(), "Sở " + DEPARTMENTS[i], UnitKind.DEPARTMENT)
                    .withParent(ubnd));
        }
        for (int i = 0; i < DISTRICTS.length; i++) {
            units.add(OrgUnit.of(district(i).value(), "UBND quận, huyện " + DISTRICTS[i], UnitKind.DISTRICT)
                    .withParent(ubnd));
        }
        for (int i = 0; i < 5; i++) {
            units.add(OrgUnit.of(
                    "DN" + i, "Công ty cổ phần công nghệ số " + (i + 1) + " (giả lập)", UnitKind.ENTERPRISE));
            units.add(
                    OrgUnit.of("DH" + i, "Trường Đại học kỹ thuật số " + (i + 1) + " (giả lập)", UnitKind.UNIVERSITY));
        }
        return units;
    }

    static UnitCode dept(int i) {
        return UnitCode.of("S" + String.format("%02d", i));
    }

    static UnitCode district(int i) {
        return UnitCode.of("Q" + String.format("%02d", i));
    }

    /** The whole portfolio in memory, measurements included. */
    public Portfolio generate(Size size) {
        return generate(size, true);
    }

    /** The portfolio in memory, with or without its measurements (see {@link #measurements(Size)}). */
    public Portfolio generate(Size size, boolean withMeasurements) {
        List<Program> programs = new ArrayList<>();
        List<Plan> plans = new ArrayList<>();
        List<Item> items = new ArrayList<>(size.items());
        List<Indicator> indicators = new ArrayList<>();
        for (int p = 0; p < size.programs(); p++) {
            Random random = new Random(seed * 1_000_003L + p);
            TaskTexts texts = new TaskTexts(~(seed * 1_000_003L + p) * 0x9E3779B97F4A7C15L);
            Program program = program(p);
            programs.add(program);
            List<Indicator> programIndicators = indicators(p);
            indicators.addAll(programIndicators);
            Plan city = plan(
                    PlanId.of("KH-" + p),
                    program.id(),
                    Optional.empty(),
                    UnitCode.of("UBND"),
                    "Kế hoạch thực hiện " + program.title());
            plans.add(city);
            texts.newPlan();
            for (int n = 1; n <= CITY_ITEMS; n++) {
                items.add(item(
                        random, texts, -1, city.id(), n, programIndicators, dept(random.nextInt(DEPARTMENTS.length))));
            }
            for (int u = 0; u < UNIT_PLANS; u++) {
                UnitCode unit = u % 2 == 0 ? dept((p + u) % DEPARTMENTS.length) : district((p + u) % DISTRICTS.length);
                Plan unitPlan = plan(
                        PlanId.of("KH-" + p + "-" + unit.value()),
                        null,
                        Optional.of(city.id()),
                        unit,
                        "Kế hoạch của đơn vị " + unit);
                plans.add(unitPlan);
                texts.newPlan();
                int district = u % 2 == 0 ? -1 : (p + u) % DISTRICTS.length;
                int per = (ITEMS_PER_PROGRAM - CITY_ITEMS) / UNIT_PLANS;
                for (int n = 1; n <= per; n++) {
                    items.add(item(random, texts, district, unitPlan.id(), n, programIndicators, unit));
                }
            }
        }
        List<Measurement> measurements = new ArrayList<>(withMeasurements ? (int) size.measurements() : 0);
        if (withMeasurements) {
            measurements(size).forEachRemaining(measurements::add);
        }
        return new Portfolio(
                PortfolioId.of("synthetic-" + size.name().toLowerCase(java.util.Locale.ROOT)),
                "Danh mục giả lập " + size,
                units(),
                programs,
                plans,
                items,
                indicators,
                measurements,
                List.of(),
                List.of());
    }

    /**
     * The portfolio's units, programs and indicators only: no plans, items or measurements (those
     * of {@link #generate} for the same size; for stores that generate measurements on demand and
     * need no items, without building 10^5 items to drop them).
     */
    public Portfolio withoutItems(Size size) {
        List<Program> programs = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        for (int p = 0; p < size.programs(); p++) {
            programs.add(program(p));
            indicators.addAll(indicators(p));
        }
        return new Portfolio(
                PortfolioId.of("synthetic-" + size.name().toLowerCase(java.util.Locale.ROOT)),
                "Danh mục giả lập " + size,
                units(),
                programs,
                List.of(),
                List.of(),
                indicators,
                List.of(),
                List.of(),
                List.of());
    }

    /** The same portfolio with no measurements (to store them separately, or for checks that ignore them). */
    public static Portfolio withoutMeasurements(Portfolio p) {
        return new Portfolio(
                p.id(),
                p.name(),
                p.units(),
                p.programs(),
                p.plans(),
                p.items(),
                p.indicators(),
                List.of(),
                p.reports(),
                p.adjustments());
    }

    /** The id of program {@code p} (0-based) in every generated portfolio. */
    public static ProgramId programId(int p) {
        return ProgramId.of(String.format("%02d", p + 1) + "-CTr/TU-" + p);
    }

    /** The measurements alone, generated one at a time (for memory-bounded exports). */
    public Iterator<Measurement> measurements(Size size) {
        long total = size.measurements();
        return new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return next < total;
            }

            @Override
            public Measurement next() {
                if (next >= total) {
                    throw new NoSuchElementException();
                }
                long i = next++;
                int month = (int) (i % MONTHS);
                long indicatorIndex = i / MONTHS;
                int program = (int) (indicatorIndex / INDICATORS_PER_PROGRAM);
                int k = (int) (indicatorIndex % INDICATORS_PER_PROGRAM);
                return measurement(program, k, month);
            }
        };
    }

    /** The measurements of one indicator, in period order; empty for a code this generator never makes. */
    public List<Measurement> measurementsOf(Size size, IndicatorCode code) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("CT(\\d+)-(\\d+)").matcher(code.value());
        if (!m.matches()) {
            return List.of();
        }
        int program = Integer.parseInt(m.group(1));
        int k = Integer.parseInt(m.group(2)) - 1;
        if (program >= size.programs() || k < 0 || k >= INDICATORS_PER_PROGRAM) {
            return List.of();
        }
        List<Measurement> out = new ArrayList<>(MONTHS);
        for (int month = 0; month < MONTHS; month++) {
            out.add(measurement(program, k, month));
        }
        return out;
    }

    Measurement measurement(int program, int k, int month) {
        IndicatorCode code = indicatorCode(program, k);
        YearMonth ym = FIRST_MONTH.plusMonths(month);
        Period period = Period.month(ym.getYear(), ym.getMonthValue());
        UnitCode unit = dept(k % DEPARTMENTS.length);
        long h = mix(seed, program, k, month);
        MeasuredValue value =
                switch (kind(k)) {
                    case PERCENT ->
                        new MeasuredValue.Ratio(
                                BigDecimal.valueOf(30 + Math.floorMod(h, 40) + month / 5), BigDecimal.valueOf(100));
                    case COUNT -> MeasuredValue.count(50 + month * 3L + Math.floorMod(h, 20));
                    case MONEY ->
                        new MeasuredValue.Money(
                                Vnd.of(1_000_000_000L + month * 25_000_000L + Math.floorMod(h, 1000) * 1_000_000L));
                    case MILESTONE -> new MeasuredValue.Milestone(month > 30 || Math.floorMod(h, 7) == 0);
                };
        return new Measurement(
                code, period, unit, value, Optional.of("Báo cáo tháng " + ym.getMonthValue() + "/" + ym.getYear()));
    }

    static IndicatorCode indicatorCode(int program, int k) {
        return IndicatorCode.of("CT" + program + "-" + String.format("%02d", k + 1));
    }

    static IndicatorKind kind(int k) {
        return switch (k % 4) {
            case 0 -> IndicatorKind.PERCENT;
            case 1 -> IndicatorKind.COUNT;
            case 2 -> IndicatorKind.MONEY;
            default -> IndicatorKind.MILESTONE;
        };
    }

    private static long mix(long seed, int a, int b, int c) {
        long x = seed ^ (a * 0x9E3779B97F4A7C15L) ^ (b * 0xC2B2AE3D27D4EB4FL) ^ (c * 0x165667B19E3779F9L);
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return x;
    }

    private Program program(int p) {
        UnitCode standing = dept(0);
        return new Program(
                programId(p),
                Optional.empty(),
                "Chương trình số " + (p + 1)
                        + " về phát triển khoa học, công nghệ và đổi mới sáng tạo giai đoạn 2021-2025",
                UnitCode.of("TU"),
                Optional.of("XVII"),
                Period.years(2021, 2025),
                List.of("Khoa học, công nghệ và đổi mới sáng tạo là động lực then chốt"),
                List.of("Nâng cao năng lực đổi mới sáng tạo của Thành phố"),
                java.util.stream.IntStream.range(0, INDICATORS_PER_PROGRAM)
                        .mapToObj(k -> indicatorCode(p, k))
                        .toList(),
                List.of(
                        Section.of("muc-tieu", "Mục tiêu", "Mục tiêu chung và mục tiêu cụ thể"),
                        Section.of("nhiem-vu", "Nhiệm vụ, giải pháp", null)),
                Optional.of(new SteeringCommittee(
                        Official.post("Phó Bí thư Thành ủy", UnitCode.of("TU")),
                        Official.post("Phó Chủ tịch UBND Thành phố", UnitCode.of("UBND")),
                        List.of(Official.post("Giám đốc Sở Khoa học và Công nghệ", standing)),
                        standing)),
                0);
    }

    private static Plan plan(PlanId id, ProgramId program, Optional<PlanId> parent, UnitCode issuer, String title) {
        return new Plan(
                id,
                Optional.ofNullable(program),
                parent,
                issuer,
                Optional.empty(),
                title,
                Optional.of(Period.month(2021, 7)),
                new PlanSections(
                        Optional.of("Cụ thể hóa mục tiêu, nhiệm vụ"),
                        Optional.of("Các nhiệm vụ tại Phụ lục"),
                        Optional.of("Phân công tổ chức thực hiện")),
                List.of("Hoàn thiện cơ chế, chính sách", "Phát triển tiềm lực khoa học và công nghệ", "Chuyển đổi số"),
                PlanStatus.ISSUED,
                0);
    }

    private List<Indicator> indicators(int p) {
        List<Indicator> out = new ArrayList<>(INDICATORS_PER_PROGRAM);
        for (int k = 0; k < INDICATORS_PER_PROGRAM; k++) {
            IndicatorKind kind = kind(k);
            BigDecimal base = kind == IndicatorKind.MILESTONE
                    ? BigDecimal.ZERO
                    : BigDecimal.valueOf(kind == IndicatorKind.MONEY ? 1_000_000_000L : 40);
            BigDecimal goal = kind == IndicatorKind.MILESTONE ? BigDecimal.ONE : base.multiply(BigDecimal.valueOf(2));
            List<Target> interim = new ArrayList<>();
            for (int y = 2021; y <= 2024; y++) {
                BigDecimal step = base.add(goal.subtract(base)
                        .multiply(BigDecimal.valueOf(y - 2020))
                        .divide(BigDecimal.valueOf(5)));
                interim.add(Target.atLeast(step, Period.year(y)));
            }
            out.add(new Indicator(
                    indicatorCode(p, k),
                    program(p).id(),
                    INDICATORS[k % INDICATORS.length] + " (chỉ tiêu " + (k + 1) + ")",
                    Optional.of(
                            switch (kind) {
                                case PERCENT -> "%";
                                case COUNT -> "đơn vị";
                                case MONEY -> "đồng";
                                case MILESTONE -> "mốc";
                            }),
                    kind,
                    Direction.INCREASE,
                    Optional.of(new Baseline(base, Period.year(2020))),
                    Optional.of(Target.atLeast(goal, Period.year(2025))),
                    interim,
                    Optional.of(Frequency.MONTHLY),
                    Optional.of("Cục Thống kê Thành phố"),
                    Optional.of(dept(k % DEPARTMENTS.length)),
                    0));
        }
        return out;
    }

    /**
     * @param texts the program's words (their own random stream: {@code random} draws what it drew
     *     before texts were varied)
     * @param district the district whose plan this is, or -1
     */
    private static Item item(
            Random random,
            TaskTexts texts,
            int district,
            PlanId plan,
            int n,
            List<Indicator> indicators,
            UnitCode lead) {
        ItemKind kind = ItemKind.values()[random.nextInt(ItemKind.values().length)];
        String verb = VERBS[random.nextInt(VERBS.length)];
        String object = OBJECTS[random.nextInt(OBJECTS.length)];
        int year = 2021 + random.nextInt(5);
        Period deadline =
                switch (random.nextInt(5)) {
                    case 0 -> Period.quarter(year, 1 + random.nextInt(4));
                    case 1 -> random.nextBoolean() ? Period.firstHalf(year) : Period.secondHalf(year);
                    case 2 -> Period.year(year);
                    case 3 -> Period.years(2021, 2025);
                    default -> Period.month(year, 1 + random.nextInt(12));
                };
        List<FundingLine> funding = new ArrayList<>();
        FundingSource source = random.nextInt(4) == 0 ? FundingSource.ENTERPRISE : FundingSource.CITY_BUDGET;
        for (int y = 2021; y <= year; y++) {
            funding.add(new FundingLine(source, y, Vnd.of((1 + random.nextInt(50)) * 100_000_000L)));
        }
        boolean regular = random.nextInt(5) == 0;
        int section = 1 + random.nextInt(3);
        String[] text = texts.next(verb, object, district, 1 + random.nextInt(10));
        Item.Builder builder = Item.builder(ItemId.of(plan.value() + "/" + n), plan, n)
                .kind(kind)
                .section(section)
                .title(text[0])
                .content(text[1])
                .product(
                        random.nextBoolean()
                                ? Product.of(ProductKind.DECISION, "Quyết định phê duyệt của UBND Thành phố")
                                : Product.of(ProductKind.EVENT, "Hội nghị, hội thảo chuyên đề", 1 + random.nextInt(5)))
                .approvalLevel(kind == ItemKind.TASK ? ApprovalLevel.DEPARTMENT : ApprovalLevel.PEOPLES_COMMITTEE)
                .start(LocalDate.of(2021, 8, 1))
                .deadline(deadline)
                .indicator(indicators.get(random.nextInt(indicators.size())).code())
                .scope(ItemScope.CITY)
                .assignment(Assignment.lead(
                        lead,
                        List.of(dept(random.nextInt(DEPARTMENTS.length))).stream()
                                .filter(u -> !u.equals(lead))
                                .toList(),
                        Official.post("Giám đốc", lead),
                        regular
                                ? Resources.regularOperatingBudget()
                                : new Resources(funding, false, Optional.empty(), Optional.empty())))
                .status(ItemStatus.values()[random.nextInt(3)]);
        if (builder.build().status() == ItemStatus.DONE) {
            builder.completedOn(deadline.end().orElseThrow().minusDays(random.nextInt(60) - 20));
        }
        if (n > 1 && random.nextInt(10) == 0) {
            builder.prerequisite(ItemId.of(plan.value() + "/" + (1 + random.nextInt(n - 1))));
        }
        if (kind == ItemKind.PROJECT && random.nextInt(4) == 0) {
            builder.publicInvestment(PublicInvestment.of(
                    Vnd.of((10 + random.nextInt(500)) * 1_000_000_000L), random.nextBoolean() ? "B" : "C"));
            builder.approvalLevel(ApprovalLevel.PEOPLES_COUNCIL);
        }
        return builder.build();
    }
}
