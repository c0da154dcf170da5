package org.civicplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.civicplan.core.Lang;
import org.civicplan.core.constraints.ClearTask;
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
import org.civicplan.core.model.Official;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.PlanStatus;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.model.Product;
import org.civicplan.core.model.ProductKind;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.PublicInvestment;
import org.civicplan.core.model.Resources;
import org.civicplan.core.model.Target;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitKind;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;
import org.civicplan.testing.TestPortfolios;
import org.civicplan.validation.internal.BuiltInConstraints;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.defs.SizeDef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The clarity check runs the per-item rules directly when its validator has nothing but the
 * civicplan constraints. Pins that this changes nothing: for the Program 07 sample and for seeded
 * portfolios full of deliberate defects (every rule broken somewhere, several findings of one rule
 * on one item), the report equals the one built with every item and indicator going through the
 * Bean Validation {@link Validator}: same findings in the same order with the same messages, same
 * statuses, same summary, same rendering.
 */
class DirectRulesTest {
    private static final UnitCode UNKNOWN = UnitCode.of("KHONG-CO");
    private static final PlanId ISSUED = PlanId.of("KH-UBND-2022");
    private static final PlanId CHILD = PlanId.of("KH-SKHCN-2022");
    private static final PlanId NO_SUCH_PLAN = PlanId.of("KH-KHONG-CO");

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void setUp() {
        factory = CivicValidation.validatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void tearDown() {
        factory.close();
    }

    @Test
    void theCivicValidatorHasNothingOfItsOwn() {
        // otherwise every comparison below would compare the validator with itself
        assertThat(BuiltInConstraints.onlyOnItems(validator)).isTrue();
        assertThat(BuiltInConstraints.onlyOnIndicators(validator)).isTrue();
    }

    @Test
    void program07Sample() {
        Portfolio sample = TestPortfolios.portfolio();
        assertSameReports(sample);
        assertSameReports(sample, TestPortfolios.PLAN);
        assertSameReports(sample, TestPortfolios.UNIT_PLAN);
    }

    @Test
    void handMadeCasesOneRuleEach() {
        List<Item> items = new ArrayList<>();
        int number = 1;
        for (RuleCases.Case c : RuleCases.all()) {
            items.add(c.item().toBuilder()
                    .id(ItemId.of("KH-UBND-2021/" + number))
                    .number(number++)
                    .build());
        }
        assertSameReports(Fixtures.portfolio(items));
    }

    @Test
    void seededPortfoliosWithManyDefects() {
        Set<Rule> seen = EnumSet.noneOf(Rule.class);
        for (long seed = 1; seed <= 12; seed++) {
            Portfolio portfolio = defective(new Random(seed), 150);
            ClarityReport direct = assertSameReports(portfolio);
            assertThat(direct.findings()).hasSizeGreaterThan(count(portfolio));
            direct.findings().forEach(f -> seen.add(f.rule()));
            assertSameReports(portfolio, Fixtures.PLAN);
            assertSameReports(portfolio, ISSUED);
        }
        // every rule but the embedding system's own must have been broken, or the comparison proves little
        // the calibrated check reports a missing reporting unit through the lead findings (one defect,
        // one finding); only a Validator on one item still reports it. A shared lead is a finding of
        // instructions only (these plans are all plans), and a task shared by formula needs the same title
        // with "theo chức năng, nhiệm vụ được giao" for two leads; CalibratedRulesTest breaks both on real rows
        assertThat(seen)
                .containsAll(EnumSet.complementOf(EnumSet.of(
                        Rule.CUSTOM,
                        Rule.RESPONSIBILITY_REPORTING_MISSING,
                        Rule.PERSON_LEAD_SHARED,
                        Rule.TASK_CONTENT_SHARED)));
    }

    @Test
    void aLargePortfolioCheckedOnSeveralThreadsGivesTheSameReport() {
        Portfolio portfolio = defective(new Random(5), 3 * ClarityCheck.PARALLEL_FROM / 2);
        // direct and parallel, against the validator on one thread
        ClarityReport parallel = assertSameReports(portfolio);
        assertThat(parallel.findings()).hasSizeGreaterThan(count(portfolio));
        // and one plan's items, fewer than the threshold, on several threads all the same
        assertSameReports(
                new ClarityCheck(validator, true, 1).check(portfolio, ISSUED),
                new ClarityCheck(validator, false, Integer.MAX_VALUE).check(portfolio, ISSUED));
    }

    @Test
    void aValidatorWithAConstraintOfItsOwnGoesThroughTheValidatorWithTheSameResult() {
        HibernateValidatorConfiguration configuration =
                Validation.byProvider(HibernateValidator.class).configure();
        ConstraintMapping mapping = configuration.createConstraintMapping();
        // never broken here: the report must be the one without it
        mapping.type(Item.class).field("title").constraint(new SizeDef().max(10_000));
        try (ValidatorFactory custom = configuration.addMapping(mapping).buildValidatorFactory()) {
            Validator withMapping = custom.getValidator();
            assertThat(BuiltInConstraints.onlyOnItems(withMapping)).isFalse();
            assertThat(BuiltInConstraints.onlyOnIndicators(withMapping)).isTrue();
            Portfolio portfolio = defective(new Random(99), 100);
            assertSameReports(
                    new ClarityCheck(validator).check(portfolio), new ClarityCheck(withMapping).check(portfolio));
        }
    }

    @Test
    void aReplacedValidatorIsNotOurs() {
        HibernateValidatorConfiguration configuration =
                Validation.byProvider(HibernateValidator.class).configure();
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(ClearTask.class)
                .includeExistingValidators(false)
                .validatedBy(AlwaysClear.class);
        try (ValidatorFactory custom = configuration.addMapping(mapping).buildValidatorFactory()) {
            Validator replaced = custom.getValidator();
            assertThat(BuiltInConstraints.onlyOnItems(replaced)).isFalse();
            // the replacement is honoured: a blank title is no longer reported
            Item blank = Fixtures.item(1).title(" ").build();
            ClarityReport report = new ClarityCheck(replaced).check(Fixtures.portfolio(List.of(blank)));
            assertThat(report.findings()).noneMatch(f -> f.rule() == Rule.TASK_TITLE_MISSING);
            ClarityReport ours = new ClarityCheck(validator).check(Fixtures.portfolio(List.of(blank)));
            assertThat(ours.findings()).anyMatch(f -> f.rule() == Rule.TASK_TITLE_MISSING);
        }
    }

    /** A replacement validator an embedding system might register for one of our constraints. */
    public static final class AlwaysClear implements ConstraintValidator<ClearTask, Item> {
        @Override
        public boolean isValid(Item value, ConstraintValidatorContext context) {
            return true;
        }
    }

    private static int count(Portfolio portfolio) {
        return portfolio.items().size();
    }

    private static ClarityReport assertSameReports(Portfolio portfolio) {
        return assertSameReports(
                new ClarityCheck(validator).check(portfolio),
                new ClarityCheck(validator, false, Integer.MAX_VALUE).check(portfolio));
    }

    private static void assertSameReports(Portfolio portfolio, PlanId plan) {
        assertSameReports(
                new ClarityCheck(validator).check(portfolio, plan),
                new ClarityCheck(validator, false, Integer.MAX_VALUE).check(portfolio, plan));
    }

    private static ClarityReport assertSameReports(ClarityReport direct, ClarityReport through) {
        assertSameElements("finding", direct.findings(), through.findings());
        assertSameElements("item status", direct.items(), through.items());
        assertThat(direct.summary()).isEqualTo(through.summary());
        // compared as booleans: a failure message quoting two large reports takes minutes to build
        assertThat(direct.toJson().equals(through.toJson())).as("same JSON").isTrue();
        assertThat(direct.toText(Lang.VI).equals(through.toText(Lang.VI)))
                .as("same text (vi)")
                .isTrue();
        assertThat(direct.toText(Lang.EN).equals(through.toText(Lang.EN)))
                .as("same text (en)")
                .isTrue();
        return direct;
    }

    /** Element by element, naming the first difference. */
    private static <T> void assertSameElements(String what, List<T> actual, List<T> expected) {
        for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
            if (!actual.get(i).equals(expected.get(i))) {
                assertThat(actual.get(i))
                        .as("%s %d of %d", what, i, expected.size())
                        .isEqualTo(expected.get(i));
            }
        }
        assertThat(actual.size()).as("number of %ss", what).isEqualTo(expected.size());
    }

    /**
     * Fixtures' clear items, each broken in zero to four random ways; plans that are issued, cascaded,
     * unknown; duplicate units, ids, numbers and indicators; prerequisites in all directions (so
     * cycles); indicators that cannot be measured; a second program with another template.
     */
    static Portfolio defective(Random random, int count) {
        List<Item> items = new ArrayList<>();
        PlanId[] plans = {Fixtures.PLAN, ISSUED, CHILD};
        for (int n = 1; n <= count; n++) {
            PlanId plan = random.nextInt(40) == 0 ? NO_SUCH_PLAN : plans[random.nextInt(plans.length)];
            int number = random.nextInt(30) == 0 && n > 1 ? n - 1 : n;
            String id = random.nextInt(30) == 0 && n > 1
                    ? items.get(random.nextInt(items.size())).id().value()
                    : plan.value() + "/" + n;
            Item.Builder b = Fixtures.item(number).id(ItemId.of(id)).plan(plan);
            for (int k = random.nextInt(5); k > 0; k--) {
                b = DEFECTS.get(random.nextInt(DEFECTS.size())).apply(b);
            }
            if (random.nextInt(5) == 0 && !items.isEmpty()) {
                ItemId earlier = items.get(random.nextInt(items.size())).id();
                if (!earlier.value().equals(id)) {
                    b.prerequisite(earlier);
                }
            }
            items.add(b.build());
        }
        // two dependency cycles: a pair and a ring of three
        for (int[] ring : new int[][] {{10, 20}, {30, 40, 50}}) {
            for (int k = 0; k < ring.length; k++) {
                Item item = items.get(ring[k]);
                ItemId next = items.get(ring[(k + 1) % ring.length]).id();
                if (!next.equals(item.id())) {
                    items.set(ring[k], item.toBuilder().prerequisite(next).build());
                }
            }
        }
        List<OrgUnit> units = new ArrayList<>(Fixtures.units());
        units.add(OrgUnit.of(COLLECTIVE.value(), "Các đơn vị liên quan", UnitKind.DEPARTMENT));
        units.add(OrgUnit.of(COUNCIL.value(), "Hội đồng nhân dân Thành phố", UnitKind.PEOPLES_COUNCIL));
        if (random.nextBoolean()) {
            units.add(OrgUnit.of(Fixtures.SKHCN.value(), "Sở Khoa học và Công nghệ (trùng)", UnitKind.DEPARTMENT));
        }
        List<Indicator> indicators = new ArrayList<>(List.of(Fixtures.indicator(Fixtures.INNOVATION)));
        indicators.add(measurableIndicator(IndicatorCode.of("CT07-03"), random));
        indicators.add(measurableIndicator(IndicatorCode.of("CT07-04"), random));
        if (random.nextBoolean()) {
            indicators.add(Fixtures.indicator(Fixtures.INNOVATION));
        }
        return new Portfolio(
                PortfolioId.of("HN"),
                "Hà Nội",
                units,
                List.of(Fixtures.program(), Fixtures.program(ProgramId.of("CT08"), Optional.empty())),
                List.of(
                        Fixtures.plan(),
                        Fixtures.plan(ISSUED, Optional.empty(), Fixtures.UBND, PlanStatus.ISSUED),
                        Fixtures.plan(CHILD, Optional.of(ISSUED), Fixtures.SKHCN, PlanStatus.DRAFT)),
                items,
                indicators,
                List.of(),
                List.of(),
                List.of());
    }

    /** An indicator with some of its parts missing or wrong. */
    private static Indicator measurableIndicator(IndicatorCode code, Random random) {
        boolean early = random.nextBoolean();
        return new Indicator(
                code,
                Fixtures.PROGRAM,
                "Số doanh nghiệp khởi nghiệp đổi mới sáng tạo",
                random.nextBoolean() ? Optional.of("doanh nghiệp") : Optional.empty(),
                random.nextBoolean() ? IndicatorKind.COUNT : IndicatorKind.MILESTONE,
                Direction.INCREASE,
                random.nextBoolean()
                        ? Optional.of(new Baseline(new BigDecimal("100"), Period.year(2020)))
                        : Optional.empty(),
                random.nextBoolean()
                        ? Optional.of(Target.atLeast(new BigDecimal("500"), Period.year(early ? 2019 : 2025)))
                        : Optional.empty(),
                List.of(),
                random.nextBoolean() ? Optional.of(Frequency.ANNUAL) : Optional.empty(),
                random.nextBoolean() ? Optional.of("Sở Kế hoạch và Đầu tư") : Optional.empty(),
                Optional.empty(),
                0);
    }

    private static Assignment assignment(
            List<UnitCode> lead,
            List<UnitCode> coordinating,
            Optional<UnitCode> reporting,
            Optional<String> rationale,
            Resources resources,
            boolean responsible) {
        return new Assignment(
                lead,
                coordinating,
                responsible ? Optional.of(Official.post("Giám đốc", Fixtures.SKHCN)) : Optional.empty(),
                reporting,
                rationale,
                resources);
    }

    private static Assignment current(Item.Builder b) {
        return b.build().assignment();
    }

    private static Assignment lead(Assignment a, List<UnitCode> lead) {
        return new Assignment(
                lead, a.coordinatingUnits(), a.responsible(), a.reportingUnit(), a.leadRationale(), a.resources());
    }

    private static Assignment coordinating(Assignment a, List<UnitCode> coordinating) {
        return new Assignment(
                a.leadUnits(), coordinating, a.responsible(), a.reportingUnit(), a.leadRationale(), a.resources());
    }

    private static Assignment resources(Assignment a, Resources resources) {
        return new Assignment(
                a.leadUnits(), a.coordinatingUnits(), a.responsible(), a.reportingUnit(), a.leadRationale(), resources);
    }

    /** Ways to break an item; several may apply to one item. */
    private static final UnitCode COLLECTIVE = UnitCode.of("CAC-DV-LQ");

    private static final UnitCode COUNCIL = UnitCode.of("HDND-TP");

    private static final List<UnaryOperator<Item.Builder>> DEFECTS = List.of(
            b -> b.assignment(lead(current(b), List.of())),
            b -> b.assignment(lead(current(b), List.of(Fixtures.SKHCN, Fixtures.STTTT, UNKNOWN))),
            b -> b.assignment(lead(current(b), List.of(UNKNOWN))),
            b -> b.assignment(lead(current(b), List.of(Fixtures.STTTT))),
            b -> b.scope(ItemScope.CITY).assignment(lead(current(b), List.of(Fixtures.QBD))),
            b -> b.kind(ItemKind.SCHEME).assignment(lead(current(b), List.of(Fixtures.VIETTEL))),
            b -> b.assignment(assignment(
                    current(b).leadUnits(),
                    current(b).coordinatingUnits(),
                    Optional.of(UNKNOWN),
                    Optional.empty(),
                    current(b).resources(),
                    false)),
            b -> b.assignment(assignment(
                    List.of(),
                    current(b).coordinatingUnits(),
                    Optional.empty(),
                    Optional.empty(),
                    current(b).resources(),
                    true)),
            // twelve coordinating units: paths [10] and [11] sort before [2] as text, on both paths
            b -> b.assignment(coordinating(
                    current(b),
                    List.of(
                            Fixtures.STTTT,
                            Fixtures.SKHCN,
                            Fixtures.STTTT,
                            UNKNOWN,
                            Fixtures.QBD,
                            UnitCode.of("KHONG-CO-2"),
                            Fixtures.STTTT,
                            Fixtures.QBD,
                            UNKNOWN,
                            Fixtures.VIETTEL,
                            Fixtures.STTTT,
                            Fixtures.SKHCN))),
            b -> b.assignment(lead(current(b), List.of(COLLECTIVE))),
            b -> b.assignment(lead(current(b), List.of(COUNCIL))),
            b -> b.title("Tổ chức triển khai thực hiện").content(null),
            b -> b.product(Product.of(ProductKind.REPORT, "Báo cáo kết quả")),
            // before the plan is issued (July 2021), inside the program
            b -> b.deadline(Period.month(2021, 6)),
            b -> b.title(" "),
            b -> b.content(null),
            b -> b.title("Đề án hỗ trợ khởi nghiệp").content("DE AN  ho tro\n\n\n\n\n\n\nkhoi nghiep"),
            b -> b.content("Tiếp tục đẩy mạnh triển khai thực hiện."),
            b -> b.deadline(null),
            b -> b.kind(ItemKind.PROJECT).deadline(new Period.Ongoing()),
            b -> b.deadline(Period.year(2027)),
            b -> b.start(LocalDate.of(2022, 3, 1)),
            b -> b.start(LocalDate.of(2019, 3, 1)).deadline(Period.quarter(2020, 2)),
            b -> b.start(LocalDate.of(9999, 1, 1)),
            b -> b.completedOn(LocalDate.of(1, 1, 1)),
            // earlier than the items it may depend on
            b -> b.deadline(Period.month(2021, 9)),
            b -> b.prerequisite(ItemId.of("KHONG-CO/1")),
            b -> b.product(Product.NONE),
            b -> b.product(new Product(Optional.of(ProductKind.REPORT), Optional.empty(), Optional.empty())),
            b -> b.product(Product.of(ProductKind.EVENT, "Hội thảo khoa học")),
            b -> b.product(Product.of(ProductKind.EVENT, "Hội thảo khoa học", 0)),
            b -> b.approvalLevel(null),
            b -> b.approvalLevel(ApprovalLevel.DISTRICT),
            b -> b.kind(ItemKind.PROJECT).publicInvestment(PublicInvestment.of(Vnd.of(5_000_000_000_000L), "A")),
            b -> b.kind(ItemKind.PROJECT).publicInvestment(PublicInvestment.of(Vnd.ZERO, "C")),
            b -> b.assignment(resources(current(b), Resources.NONE)),
            // twelve funding lines, some zero, some absurd, some outside the program; negative staff
            b -> {
                List<FundingLine> lines = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    Vnd amount = i % 3 == 0
                            ? Vnd.ZERO
                            : i % 3 == 1 ? new Vnd(BigInteger.TEN.pow(17)) : Vnd.of(1_000_000_000L);
                    lines.add(new FundingLine(FundingSource.CITY_BUDGET, i % 4 == 0 ? 2030 : 2022, amount));
                }
                return b.assignment(
                        resources(current(b), new Resources(lines, false, Optional.of(-1), Optional.empty())));
            },
            b -> b.indicators(List.of()).product(Product.of(ProductKind.DECISION, "Quyết định")),
            b -> b.indicators(List.of(IndicatorCode.of("CT07-99"), Fixtures.INNOVATION, IndicatorCode.of("X"))),
            b -> b.indicator(IndicatorCode.of("CT07-03")));
}
