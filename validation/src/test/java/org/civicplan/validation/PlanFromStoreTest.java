package org.civicplan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.civicplan.core.NoSuchEntityException;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.PlanStatus;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.spi.AdjustmentRepository;
import org.civicplan.core.spi.AuditSink;
import org.civicplan.core.spi.IndicatorRepository;
import org.civicplan.core.spi.ItemRepository;
import org.civicplan.core.spi.MeasurementRepository;
import org.civicplan.core.spi.PlanRepository;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.core.spi.ProgramRepository;
import org.civicplan.core.spi.ReportRepository;
import org.civicplan.core.spi.UnitRepository;
import org.civicplan.testing.ForwardingPortfolioStore;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ClarityCheck#check(PortfolioStore, PlanId)}: the findings of the whole-portfolio check
 * restricted to the plan, read from the store by key and by plan, never through {@code snapshot()}
 * or a repository's {@code all()}.
 */
class PlanFromStoreTest {
    private static final ClarityCheck CHECK = ClarityCheck.create();

    @Test
    void aCleanPlanReadsAsTheWholePortfolioDoes() {
        sameAsTheWholeCheck(Fixtures.valid(), false);
    }

    @Test
    void theTestPortfolioGivesTheSameFindingsForEachOfItsPlans() {
        sameAsTheWholeCheck(TestPortfolios.portfolio(), false);
    }

    @Test
    void contextFromOtherPlansTheProgramAndTheDirectoryIsRead() {
        PlanId cityPlan = Fixtures.PLAN;
        PlanId unitPlan = PlanId.of("KH-STTTT");
        Plan issued = Fixtures.plan(cityPlan, Optional.empty(), Fixtures.UBND, PlanStatus.ISSUED);
        Plan child = Fixtures.plan(unitPlan, Optional.of(cityPlan), Fixtures.STTTT, PlanStatus.DRAFT);
        Item elsewhere = Fixtures.item(1)
                .id(ItemId.of("KH-STTTT/1"))
                .plan(unitPlan)
                .deadline(org.civicplan.core.period.Period.year(2024))
                .build();
        List<Item> items = new ArrayList<>();
        // 1 waits for an item of the unit plan that is due later: a context finding across plans
        items.add(Fixtures.item(1).prerequisite(elsewhere.id()).build());
        // 2 and 3 wait for each other: a cycle inside the plan
        items.add(Fixtures.item(2).prerequisite(ItemId.of("KH-UBND-2021/3")).build());
        items.add(Fixtures.item(3).prerequisite(ItemId.of("KH-UBND-2021/2")).build());
        // 4 is led by a unit the directory lacks and links an indicator nobody defined
        items.add(Fixtures.item(4)
                .assignment(
                        RuleCases.assignment(a -> a.lead(UnitCode.of("SO-MA")).coordinating()))
                .indicator(IndicatorCode.of("CT07-99"))
                .build());
        // 5 is led by Viettel (an enterprise), which has no unit plan: the issued plan's cascade is missing
        items.add(Fixtures.item(5)
                .assignment(RuleCases.assignment(a -> a.lead(Fixtures.VIETTEL).coordinating()))
                .build());
        items.add(elsewhere);
        Portfolio portfolio = Fixtures.portfolio(items, List.of(issued, child), List.of(Fixtures.program()));

        // a store refuses references to nothing (issue 18): item 4's unknown lead and indicator
        // cannot be stored, so the unknown-unit and unknown-indicator rules are met in files only
        ClarityReport report = sameAsTheWholeCheck(storable(portfolio), false).get(cityPlan);

        assertThat(report.findings())
                .extracting(Finding::code)
                .contains("time.prerequisite.later", "structure.dependency.cycle", "structure.cascade.missing")
                .doesNotContain("person.lead.unknown", "measurable.indicator.unknown");
        assertThat(report.items()).hasSize(5);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2021, 186})
    void defectivePortfoliosGiveTheSameFindingsPlanByPlan(long seed) {
        Portfolio portfolio = storable(DirectRulesTest.defective(new Random(seed), 160));
        Map<PlanId, ClarityReport> reports = sameAsTheWholeCheck(portfolio, true);
        assertThat(reports.values().stream().mapToInt(r -> r.findings().size()).sum())
                .as("the generated plans have findings to compare")
                .isGreaterThan(100);
    }

    @Test
    void aCycleThroughSeveralPlansIsReportedOnThePlansFirstItemInIt() {
        PlanId other = PlanId.of("KH-STTTT");
        Item theirs = Fixtures.item(1)
                .id(ItemId.of("KH-STTTT/1"))
                .plan(other)
                .prerequisite(ItemId.of("KH-UBND-2021/2"))
                .build();
        Item ours = Fixtures.item(2).prerequisite(theirs.id()).build();
        // the other plan's item comes first in the portfolio: the whole check reports the cycle on it
        Portfolio portfolio = Fixtures.portfolio(
                List.of(theirs, Fixtures.item(1).build(), ours),
                List.of(
                        Fixtures.plan(),
                        Fixtures.plan(other, Optional.of(Fixtures.PLAN), Fixtures.STTTT, PlanStatus.DRAFT)),
                List.of(Fixtures.program()));
        PortfolioStore store = InMemoryPortfolioStore.of(portfolio);

        assertThat(CHECK.check(portfolio, Fixtures.PLAN).findings())
                .extracting(Finding::code)
                .doesNotContain("structure.dependency.cycle");
        assertThat(CHECK.check(new NarrowStore(store), Fixtures.PLAN).findings())
                .extracting(f -> f.subject().id(), Finding::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KH-UBND-2021/2", "structure.dependency.cycle"));
        // with the plan's items first, the whole check agrees
        assertThat(CHECK.check(planFirst(portfolio, Fixtures.PLAN), Fixtures.PLAN)
                        .findings())
                .isEqualTo(CHECK.check(new NarrowStore(store), Fixtures.PLAN).findings());
    }

    @Test
    void anUnknownPlanIsRefused() {
        PortfolioStore store = new NarrowStore(InMemoryPortfolioStore.of(Fixtures.valid()));
        assertThatThrownBy(() -> CHECK.check(store, PlanId.of("KH-KHONG-CO")))
                .isInstanceOf(NoSuchEntityException.class);
    }

    @Test
    void theNarrowStoreRefusesWhatTheCheckMustNotRead() {
        PortfolioStore store = new NarrowStore(InMemoryPortfolioStore.of(Fixtures.valid()));
        assertThatThrownBy(store::snapshot).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> store.items().all()).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> store.units().directory()).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> store.measurements().byIndicator(Fixtures.INNOVATION))
                .isInstanceOf(AssertionError.class);
        assertThat(store.items().byPlan(Fixtures.PLAN)).hasSize(3);
    }

    /**
     * Checks every plan of {@code portfolio} from a store that refuses whole reads, and compares with
     * the whole-portfolio check of the store's snapshot restricted to the plan: exactly when the
     * snapshot lists the plan's items in appendix order ahead of the others and the indicators in the
     * order they are first linked (the order the store check reads them in); else, when {@code
     * reorder} is false, on the snapshot as it is.
     */
    private static Map<PlanId, ClarityReport> sameAsTheWholeCheck(Portfolio portfolio, boolean reorder) {
        PortfolioStore store = InMemoryPortfolioStore.of(portfolio);
        Portfolio snapshot = store.snapshot();
        Map<PlanId, ClarityReport> reports = new LinkedHashMap<>();
        for (Plan plan : snapshot.plans()) {
            ClarityReport fromStore = CHECK.check(new NarrowStore(store), plan.id());
            ClarityReport whole = CHECK.check(reorder ? planFirst(snapshot, plan.id()) : snapshot, plan.id());
            assertThat(fromStore.findings()).as("findings of %s", plan.id()).isEqualTo(whole.findings());
            assertThat(fromStore.items()).as("items of %s", plan.id()).isEqualTo(whole.items());
            assertThat(fromStore.summary()).as("summary of %s", plan.id()).isEqualTo(whole.summary());
            assertThat(fromStore.toJson()).isEqualTo(whole.toJson());
            reports.put(plan.id(), fromStore);
        }
        return reports;
    }

    /** The portfolio with the plan's items first, in appendix order, and its indicators in first-linked order. */
    static Portfolio planFirst(Portfolio portfolio, PlanId plan) {
        List<Item> items = new ArrayList<>(portfolio.items().stream()
                .filter(i -> i.plan().equals(plan))
                .sorted(Comparator.comparingInt(Item::number).thenComparing(Item::id))
                .toList());
        portfolio.items().stream().filter(i -> !i.plan().equals(plan)).forEach(items::add);
        Set<IndicatorCode> linked = new LinkedHashSet<>();
        items.stream().filter(i -> i.plan().equals(plan)).forEach(i -> linked.addAll(i.indicators()));
        List<Indicator> indicators = new ArrayList<>();
        for (IndicatorCode code : linked) {
            portfolio.indicators().stream().filter(i -> i.code().equals(code)).forEach(indicators::add);
        }
        portfolio.indicators().stream().filter(i -> !linked.contains(i.code())).forEach(indicators::add);
        return new Portfolio(
                portfolio.id(),
                portfolio.name(),
                portfolio.units(),
                portfolio.programs(),
                portfolio.plans(),
                items,
                indicators,
                portfolio.measurements(),
                portfolio.reports(),
                portfolio.adjustments());
    }

    /** What a store can hold of a generated portfolio: one unit, item and indicator per key, items of known plans. */
    private static Portfolio storable(Portfolio p) {
        Set<PlanId> plans = new HashSet<>();
        p.plans().forEach(plan -> plans.add(plan.id()));
        Map<UnitCode, OrgUnit> units = new LinkedHashMap<>();
        p.units().forEach(u -> units.putIfAbsent(u.code(), u));
        Map<IndicatorCode, Indicator> indicators = new LinkedHashMap<>();
        p.indicators().forEach(i -> indicators.putIfAbsent(i.code(), i));
        Set<ItemId> itemIds = new HashSet<>();
        p.items().stream().filter(i -> plans.contains(i.plan())).forEach(i -> itemIds.add(i.id()));
        Map<ItemId, Item> items = new LinkedHashMap<>();
        p.items().stream()
                .filter(i -> plans.contains(i.plan()))
                .map(i -> withoutDanglingReferences(i, units.keySet(), indicators.keySet(), itemIds))
                .forEach(i -> items.putIfAbsent(i.id(), i));
        return new Portfolio(
                p.id(),
                p.name(),
                List.copyOf(units.values()),
                p.programs(),
                p.plans(),
                List.copyOf(items.values()),
                List.copyOf(indicators.values()),
                List.of(),
                List.of(),
                List.of());
    }

    /** The item without the references a store refuses (issue 18): units, indicators and prerequisites it lacks. */
    private static Item withoutDanglingReferences(
            Item i, Set<UnitCode> units, Set<IndicatorCode> indicators, Set<ItemId> items) {
        org.civicplan.core.model.Assignment a = i.assignment();
        return i.toBuilder()
                .assignment(new org.civicplan.core.model.Assignment(
                        a.leadUnits().stream().filter(units::contains).toList(),
                        a.coordinatingUnits().stream().filter(units::contains).toList(),
                        a.responsible(),
                        a.reportingUnit().filter(units::contains),
                        a.leadRationale(),
                        a.resources()))
                .indicators(i.indicators().stream().filter(indicators::contains).toList())
                .prerequisites(
                        i.prerequisites().stream().filter(items::contains).toList())
                .build();
    }

    /**
     * A store that answers reads by key and by plan and fails the test on anything that reads a
     * whole aggregate list or the portfolio: {@code snapshot()}, any repository's {@code all()}, and
     * measurements, reports, adjustments and the audit trail altogether.
     */
    static final class NarrowStore extends ForwardingPortfolioStore {
        private final PortfolioStore store;

        NarrowStore(PortfolioStore store) {
            super(store);
            this.store = store;
        }

        @Override
        public Portfolio snapshot() {
            throw new AssertionError("snapshot() must not be called");
        }

        @Override
        public UnitRepository units() {
            return narrow(UnitRepository.class, store.units(), false);
        }

        @Override
        public ProgramRepository programs() {
            return narrow(ProgramRepository.class, store.programs(), false);
        }

        @Override
        public PlanRepository plans() {
            return narrow(PlanRepository.class, store.plans(), false);
        }

        @Override
        public ItemRepository items() {
            return narrow(ItemRepository.class, store.items(), false);
        }

        @Override
        public IndicatorRepository indicators() {
            return narrow(IndicatorRepository.class, store.indicators(), false);
        }

        @Override
        public MeasurementRepository measurements() {
            return narrow(MeasurementRepository.class, store.measurements(), true);
        }

        @Override
        public ReportRepository reports() {
            return narrow(ReportRepository.class, store.reports(), true);
        }

        @Override
        public AdjustmentRepository adjustments() {
            return narrow(AdjustmentRepository.class, store.adjustments(), true);
        }

        @Override
        public AuditSink audit() {
            return narrow(AuditSink.class, store.audit(), true);
        }

        private static <T> T narrow(Class<T> type, T target, boolean refuseEverything) {
            return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
                if (refuseEverything || m.getName().equals("all")) {
                    throw new AssertionError(type.getSimpleName() + "." + m.getName() + " must not be called");
                }
                if (m.isDefault()) {
                    // through the proxy, so that a default method's own reads are judged too
                    return java.lang.reflect.InvocationHandler.invokeDefault(p, m, args);
                }
                try {
                    return m.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }));
        }
    }
}
