package org.civicplan.storage.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.AdjustmentId;
import org.civicplan.core.model.AdjustmentStatus;
import org.civicplan.core.model.ApprovalLevel;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.Baseline;
import org.civicplan.core.model.Comparison;
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

/** Random but valid portfolios from a fixed seed, exercising every optional part and variant. */
final class PortfolioGenerator {
    private static final String[] WORDS = {
        "Đề án",
        "phát triển",
        "khoa học",
        "công nghệ",
        "đổi mới sáng tạo",
        "Thủ đô",
        "doanh nghiệp",
        "hỗ trợ",
        "chuyển đổi số",
        "hạ tầng",
        "\"ngoặc\"",
        "a/b",
        "\\",
        "<script>",
        "𝔘",
        "tab\tin",
        "quận Cầu Giấy"
    };
    private static final String[] DOCS = {"07-CTr/TU", "186/KH-UBND", "30/2020/NĐ-CP", "3013/VP-KGVX"};

    private final Random r;

    private PortfolioGenerator(long seed) {
        this.r = new Random(seed);
    }

    static Portfolio generate(
            long seed, int unitCount, int programCount, int itemCount, int indicatorCount, int measurementCount) {
        return new PortfolioGenerator(seed)
                .portfolio(unitCount, programCount, itemCount, indicatorCount, measurementCount);
    }

    /** Just measurements, for streaming tests. */
    static List<Measurement> measurements(long seed, int count, List<IndicatorCode> indicators, List<UnitCode> units) {
        return new PortfolioGenerator(seed).measurementList(count, indicators, units);
    }

    private Portfolio portfolio(
            int unitCount, int programCount, int itemCount, int indicatorCount, int measurementCount) {
        List<OrgUnit> units = new ArrayList<>();
        for (int n = 0; n < unitCount; n++) {
            int i = n;
            OrgUnit u = new OrgUnit(
                    UnitCode.of("U" + i),
                    "Đơn vị " + words(3),
                    maybe(() -> "ĐV " + i),
                    pick(UnitKind.values()),
                    i > 0 && r.nextBoolean() ? Optional.of(UnitCode.of("U" + r.nextInt(i))) : Optional.empty());
            // aliases on every third unit, without drawing from r (the rest of the sequence stays as it was)
            if (i % 3 == 0) {
                u = u.withAliases(List.of("ĐV số " + i, "Đơn vị thứ \"" + i + "\" \\ ngoặc"));
            }
            units.add(u);
        }
        List<UnitCode> codes = units.stream().map(OrgUnit::code).toList();
        List<Program> programs = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        for (int p = 0; p < programCount; p++) {
            ProgramId pid = ProgramId.of(p + 1 + "-CTr/TU");
            List<IndicatorCode> mine = new ArrayList<>();
            for (int i = p; i < indicatorCount; i += programCount) {
                IndicatorCode code = IndicatorCode.of("CT" + p + "-" + i);
                mine.add(code);
                indicators.add(indicator(code, pid, codes));
            }
            int from = 2015 + r.nextInt(10);
            programs.add(new Program(
                    pid,
                    maybe(() -> DocumentRef.parse(pick(DOCS))),
                    "Chương trình " + words(6),
                    pick(codes),
                    maybe(() -> "XVII"),
                    Period.years(from, from + 1 + r.nextInt(5)),
                    list(3, () -> words(5)),
                    list(3, () -> words(7)),
                    mine,
                    list(
                            2,
                            () -> new Section(
                                    "s" + r.nextInt(1000), words(2), maybe(() -> words(9) + "\n" + words(4)))),
                    maybe(() -> new SteeringCommittee(
                            official(codes), official(codes), list(3, () -> official(codes)), pick(codes))),
                    r.nextInt(5)));
        }
        List<IndicatorCode> indicatorCodes =
                indicators.stream().map(Indicator::code).toList();
        List<Plan> plans = new ArrayList<>();
        int planCount = Math.max(1, programCount * 2);
        for (int p = 0; p < planCount; p++) {
            int pp = p;
            plans.add(new Plan(
                    PlanId.of("KH-" + p + "/UBND"),
                    programs.isEmpty()
                            ? Optional.empty()
                            : maybe(() -> pick(programs).id()),
                    p > 0 && r.nextBoolean()
                            ? Optional.of(PlanId.of("KH-" + r.nextInt(pp) + "/UBND"))
                            : Optional.empty(),
                    pick(codes),
                    maybe(() -> DocumentRef.parse(pick(DOCS)).withDate(date())),
                    "Kế hoạch " + words(5),
                    maybe(this::period),
                    r.nextBoolean()
                            ? PlanSections.EMPTY
                            : new PlanSections(maybe(() -> words(5)), maybe(() -> words(5)), maybe(() -> words(5))),
                    list(3, () -> words(3)),
                    pick(PlanStatus.values()),
                    r.nextInt(3)));
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < itemCount; i++) {
            items.add(item(ItemId.of("KH/" + i), pick(plans).id(), i + 1, items, indicatorCodes, codes));
        }
        List<Measurement> measurements =
                indicatorCodes.isEmpty() ? List.of() : measurementList(measurementCount, indicatorCodes, codes);
        List<ProgressReport> reports = new ArrayList<>();
        for (int i = 0; i < programCount; i++) {
            ProgramId pid = programs.get(i).id();
            reports.add(new ProgressReport(
                    ReportId.of("BC-" + i),
                    pid,
                    pick(codes),
                    period(),
                    pick(ReportStatus.values()),
                    items.isEmpty()
                            ? List.of()
                            : list(
                                    3,
                                    () -> new ItemProgress(
                                            pick(items).id(),
                                            pick(ItemStatus.values()),
                                            r.nextInt(101),
                                            maybe(this::date),
                                            maybe(() -> words(4) + "\n" + words(2)),
                                            list(2, () -> funding()))),
                    maybe(() -> words(10)),
                    list(2, () -> words(4)),
                    list(2, () -> words(4)),
                    maybe(() -> words(3)),
                    r.nextInt(4)));
        }
        List<Adjustment> adjustments = new ArrayList<>();
        for (int i = 0; i < Math.min(5, items.size()); i++) {
            Item base = items.get(i);
            Item proposed = base.toBuilder().deadline(period()).title(words(4)).build();
            boolean decided = r.nextBoolean();
            adjustments.add(new Adjustment(
                    AdjustmentId.of("DC-" + i),
                    base.id(),
                    1 + r.nextInt(3),
                    pick(codes),
                    words(6),
                    proposed,
                    decided ? AdjustmentStatus.ACCEPTED : AdjustmentStatus.PROPOSED,
                    Instant.ofEpochSecond(1_600_000_000L + r.nextInt(100_000_000)),
                    decided ? Optional.of(pick(codes)) : Optional.empty(),
                    decided
                            ? Optional.of(Instant.ofEpochSecond(1_700_000_000L, r.nextInt(1_000_000_000)))
                            : Optional.empty(),
                    decided ? maybe(() -> words(3)) : Optional.empty(),
                    r.nextInt(3)));
        }
        return new Portfolio(
                PortfolioId.of("gen-" + r.nextInt(1000)),
                "Danh mục " + words(2),
                units,
                programs,
                plans,
                items,
                indicators,
                measurements,
                reports,
                adjustments);
    }

    private List<Measurement> measurementList(int count, List<IndicatorCode> indicators, List<UnitCode> units) {
        List<Measurement> out = new ArrayList<>(count);
        Set<String> keys = new HashSet<>();
        while (out.size() < count) {
            Measurement m = new Measurement(pick(indicators), period(), pick(units), value(), maybe(() -> words(3)));
            if (keys.add(m.key())) {
                out.add(m);
            }
        }
        return out;
    }

    private MeasuredValue value() {
        return switch (r.nextInt(4)) {
            case 0 -> new MeasuredValue.Count(decimal());
            case 1 -> new MeasuredValue.Ratio(decimal(), BigDecimal.valueOf(1 + r.nextInt(1000)));
            case 2 ->
                new MeasuredValue.Money(new Vnd(
                        BigInteger.valueOf(r.nextLong() & Long.MAX_VALUE).multiply(BigInteger.TEN)));
            default -> new MeasuredValue.Milestone(r.nextBoolean());
        };
    }

    private Item item(
            ItemId id,
            PlanId plan,
            int number,
            List<Item> earlier,
            List<IndicatorCode> indicators,
            List<UnitCode> units) {
        Item.Builder b = Item.builder(id, plan, number)
                .kind(pick(ItemKind.values()))
                .section(r.nextBoolean() ? 1 + r.nextInt(5) : null)
                .title("Nhiệm vụ " + words(6))
                .content(r.nextBoolean() ? words(12) + "\n" + words(5) : null)
                .product(
                        r.nextBoolean()
                                ? Product.NONE
                                : new Product(
                                        maybe(() -> pick(ProductKind.values())),
                                        maybe(() -> words(4)),
                                        maybe(() -> r.nextInt(50))))
                .approvalLevel(r.nextBoolean() ? pick(ApprovalLevel.values()) : null)
                .start(r.nextBoolean() ? date() : null)
                .deadline(r.nextBoolean() ? period() : null)
                .scope(pick(ItemScope.values()))
                .status(pick(ItemStatus.values()))
                .completedOn(r.nextBoolean() ? date() : null)
                .revision(1 + r.nextInt(3))
                .version(r.nextInt(9));
        if (!indicators.isEmpty()) {
            b.indicators(list(3, () -> pick(indicators)));
        }
        if (!earlier.isEmpty()) {
            b.prerequisites(list(2, () -> pick(earlier).id()));
        }
        if (r.nextBoolean()) {
            b.publicInvestment(new PublicInvestment(
                    Vnd.of(r.nextInt(1_000_000) * 1_000_000L),
                    maybe(() -> pick(new String[] {"A", "B", "C"})),
                    maybe(() -> words(3))));
        }
        if (r.nextBoolean()) {
            b.assignment(new Assignment(
                    list(2, () -> pick(units)),
                    list(3, () -> pick(units)),
                    maybe(() -> official(units)),
                    maybe(() -> pick(units)),
                    maybe(() -> words(5)),
                    r.nextBoolean()
                            ? Resources.NONE
                            : new Resources(
                                    list(4, this::funding),
                                    r.nextBoolean(),
                                    maybe(() -> r.nextInt(30)),
                                    maybe(() -> words(3)))));
        }
        return b.build();
    }

    private Indicator indicator(IndicatorCode code, ProgramId program, List<UnitCode> units) {
        return new Indicator(
                code,
                program,
                "Chỉ tiêu " + words(5),
                maybe(() -> pick(new String[] {"%", "doanh nghiệp", "tỷ đồng", "mốc"})),
                pick(IndicatorKind.values()),
                pick(Direction.values()),
                maybe(() -> new Baseline(decimal(), period())),
                maybe(this::target),
                list(3, this::target),
                maybe(() -> pick(Frequency.values())),
                maybe(() -> words(3)),
                maybe(() -> pick(units)),
                r.nextInt(4));
    }

    private Target target() {
        return new Target(pick(Comparison.values()), decimal(), period());
    }

    private FundingLine funding() {
        return new FundingLine(pick(FundingSource.values()), 2021 + r.nextInt(5), Vnd.of(r.nextInt(1_000_000) * 1000L));
    }

    private Official official(List<UnitCode> units) {
        return new Official(
                maybe(() -> "Nguyễn Văn " + words(1)), maybe(() -> "Giám đốc " + words(2)), maybe(() -> pick(units)));
    }

    private BigDecimal decimal() {
        return switch (r.nextInt(4)) {
            case 0 -> BigDecimal.valueOf(r.nextInt(1000));
            case 1 -> new BigDecimal(BigInteger.valueOf(r.nextInt(100_000)), 1 + r.nextInt(4));
            case 2 -> new BigDecimal(BigInteger.valueOf(1 + r.nextInt(9)), -3);
            default -> new BigDecimal("-" + r.nextInt(100) + ".5");
        };
    }

    private LocalDate date() {
        return LocalDate.of(2015 + r.nextInt(15), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    private Period period() {
        int y = 2015 + r.nextInt(15);
        return switch (r.nextInt(9)) {
            case 0 -> Period.month(y, 1 + r.nextInt(12));
            case 1 -> Period.quarter(y, 1 + r.nextInt(4));
            case 2 -> r.nextBoolean() ? Period.firstHalf(y) : Period.secondHalf(y);
            case 3 -> Period.year(y);
            case 4 -> Period.years(y, y + 1 + r.nextInt(5));
            case 5 -> new Period.Before(date());
            case 6 -> new Period.OnDate(date());
            case 7 -> new Period.Yearly();
            default -> new Period.Ongoing();
        };
    }

    private String words(int max) {
        int n = 1 + r.nextInt(max);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(pick(WORDS));
        }
        return sb.toString();
    }

    private <T> Optional<T> maybe(Supplier<T> value) {
        return r.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
    }

    private <T> List<T> list(int max, Supplier<T> value) {
        int n = r.nextInt(max + 1);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(value.get());
        }
        return out;
    }

    private <T> T pick(T[] values) {
        return values[r.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
