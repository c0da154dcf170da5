package org.civicplan.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.AdjustmentStatus;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemKind;
import org.civicplan.core.model.ItemProgress;
import org.civicplan.core.model.ItemScope;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.ProgressState;
import org.civicplan.core.model.Resources;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitKind;
import org.civicplan.core.period.Period;
import org.civicplan.core.service.PlanService;
import org.junit.jupiter.api.Test;

class Program07SampleTest {
    private final Portfolio portfolio = Program07Sample.portfolio();

    private List<Item> cityItems() {
        return portfolio.items().stream()
                .filter(i -> i.plan().equals(Program07Sample.CITY_PLAN))
                .toList();
    }

    private Item cityItem(int number) {
        return cityItems().stream()
                .filter(i -> i.number() == number)
                .findFirst()
                .orElseThrow();
    }

    private Set<UnitCode> unitCodes() {
        return portfolio.units().stream().map(OrgUnit::code).collect(Collectors.toSet());
    }

    @Test
    void cityPlanHas32ItemsNumberedInOrderWithAllFiveKinds() {
        List<Item> items = cityItems();
        assertThat(items).hasSize(Program07Sample.CITY_ITEM_COUNT);
        assertThat(items)
                .extracting(Item::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 32).boxed().toList());
        assertThat(items).extracting(i -> i.id().value()).allMatch(id -> id.matches("KH-UBND-07/\\d\\d"));
        assertThat(items.stream().map(Item::kind).collect(Collectors.toSet())).isEqualTo(EnumSet.allOf(ItemKind.class));
        assertThat(items).allSatisfy(i -> assertThat(i.section()).isPresent());
        Plan city = portfolio.plans().stream()
                .filter(p -> p.id().equals(Program07Sample.CITY_PLAN))
                .findFirst()
                .orElseThrow();
        int sections = city.appendixSections().size();
        assertThat(items).allSatisfy(i -> assertThat(i.section().orElseThrow()).isBetween(1, sections));
        assertThat(Program07Sample.cityItem(5).value()).isEqualTo("KH-UBND-07/05");
    }

    @Test
    void sizes() {
        assertThat(portfolio.id()).isEqualTo(PortfolioId.of("hanoi"));
        assertThat(portfolio.units()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(portfolio.indicators()).hasSize(20);
        assertThat(portfolio.programs()).hasSize(1);
        assertThat(portfolio.plans()).hasSize(4);
        List<Plan> cascaded = portfolio.plans().stream()
                .filter(p -> p.parentPlan().equals(Optional.of(Program07Sample.CITY_PLAN)))
                .toList();
        assertThat(cascaded).hasSize(3);
        for (Plan plan : cascaded) {
            List<Item> own = portfolio.items().stream()
                    .filter(i -> i.plan().equals(plan.id()))
                    .toList();
            assertThat(own).as(plan.id().value()).hasSizeBetween(5, 8);
            assertThat(own)
                    .allSatisfy(i -> assertThat(i.assignment().leadUnits()).containsExactly(plan.issuer()));
            assertThat(own)
                    .allSatisfy(i -> assertThat(i.content().orElseThrow()).contains("nhiệm vụ số"));
        }
        assertThat(portfolio.measurements()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(portfolio.adjustments()).isNotEmpty();
    }

    @Test
    void programHasTheSteeringCommitteeFromThePressReport() {
        var program = portfolio.programs().get(0);
        assertThat(program.id()).isEqualTo(Program07Sample.PROGRAM);
        assertThat(program.term()).contains("XVII");
        assertThat(program.period()).isEqualTo(Period.years(2021, 2025));
        assertThat(program.standingAgency()).contains(Program07Sample.STANDING_AGENCY);
        var committee = program.steeringCommittee().orElseThrow();
        assertThat(committee.head().name()).contains("Nguyễn Văn Phong");
        assertThat(committee.standingDeputy().name()).contains("Chử Xuân Dũng");
        assertThat(program.indicators())
                .containsExactlyElementsOf(
                        portfolio.indicators().stream().map(Indicator::code).toList());
    }

    @Test
    void reportsForTheThreePeriodsAndUnitsThatDidNotReport() {
        Map<Period, List<ProgressReport>> byPeriod =
                portfolio.reports().stream().collect(Collectors.groupingBy(ProgressReport::period));
        assertThat(byPeriod.keySet())
                .containsExactlyInAnyOrder(Period.firstHalf(2021), Period.secondHalf(2021), Period.year(2022));
        assertThat(byPeriod.values()).allSatisfy(list -> assertThat(list).hasSizeGreaterThanOrEqualTo(6));

        Set<UnitCode> leads = cityItems().stream()
                .flatMap(i -> i.assignment().leadUnits().stream())
                .collect(Collectors.toSet());
        Set<UnitCode> reportedH1 = byPeriod.get(Period.firstHalf(2021)).stream()
                .map(ProgressReport::unit)
                .collect(Collectors.toSet());
        Set<UnitCode> silent = new HashSet<>(leads);
        silent.removeAll(reportedH1);
        assertThat(silent).hasSizeGreaterThanOrEqualTo(2);
        assertThat(portfolio.reports()).allSatisfy(r -> {
            assertThat(r.narrative()).isPresent();
            assertThat(r.difficulties()).isNotEmpty();
            assertThat(r.proposals()).isNotEmpty();
        });
    }

    @Test
    void deliberatelyUnclearItemsHaveExactlyTheirDefect() {
        assertThat(cityItem(Program07Sample.UNCLEAR_NO_LEAD).assignment().leadUnits())
                .isEmpty();
        assertThat(cityItem(Program07Sample.UNCLEAR_NO_RESOURCES).assignment().resources())
                .isEqualTo(Resources.NONE);
        Item generic = cityItem(Program07Sample.UNCLEAR_GENERIC);
        assertThat(generic.title()).isEqualTo("Tăng cường công tác tuyên truyền");
        assertThat(generic.content()).contains("Triển khai thực hiện");
        assertThat(cityItem(Program07Sample.UNCLEAR_DEADLINE_OUTSIDE)
                        .deadline()
                        .orElseThrow()
                        .within(Period.years(2021, 2025)))
                .isFalse();
        Item a = cityItem(Program07Sample.UNCLEAR_CYCLE_A);
        Item b = cityItem(Program07Sample.UNCLEAR_CYCLE_B);
        assertThat(a.prerequisites()).containsExactly(b.id());
        assertThat(b.prerequisites()).containsExactly(a.id());
        assertThat(cityItem(Program07Sample.UNCLEAR_TWO_LEADS).assignment().leadUnits())
                .hasSize(2);
        Item district = cityItem(Program07Sample.UNCLEAR_DISTRICT_LEAD);
        UnitCode lead = district.assignment().lead().orElseThrow();
        assertThat(unit(lead).kind()).isEqualTo(UnitKind.DISTRICT);
        assertThat(district.scope()).isEqualTo(ItemScope.CITY);
        assertThat(district.assignment().leadRationale()).isEmpty();

        Set<Integer> unclear = Set.of(
                Program07Sample.UNCLEAR_NO_LEAD,
                Program07Sample.UNCLEAR_NO_RESOURCES,
                Program07Sample.UNCLEAR_GENERIC,
                Program07Sample.UNCLEAR_DEADLINE_OUTSIDE,
                Program07Sample.UNCLEAR_CYCLE_A,
                Program07Sample.UNCLEAR_CYCLE_B,
                Program07Sample.UNCLEAR_TWO_LEADS,
                Program07Sample.UNCLEAR_DISTRICT_LEAD);
        assertThat(unclear).hasSize(8);
        // Every other item is clear on these points.
        for (Item item : portfolio.items()) {
            if (item.plan().equals(Program07Sample.CITY_PLAN) && unclear.contains(item.number())) {
                continue;
            }
            String id = item.id().value();
            assertThat(item.assignment().leadUnits()).as(id).hasSize(1);
            assertThat(item.assignment().responsible()).as(id).isPresent();
            assertThat(item.assignment().resources().isUnstated()).as(id).isFalse();
            assertThat(item.content()).as(id).isPresent();
            assertThat(item.product().kind()).as(id).isPresent();
            assertThat(item.approvalLevel()).as(id).isPresent();
            Period deadline = item.deadline().orElseThrow();
            if (deadline.bounded()) {
                assertThat(deadline.within(Period.years(2021, 2025))).as(id).isTrue();
            }
            item.product()
                    .kind()
                    .filter(k -> k.countable())
                    .ifPresent(k -> assertThat(item.product().quantity()).as(id).isPresent());
            UnitCode itemLead = item.assignment().leadUnits().get(0);
            if (unit(itemLead).kind() == UnitKind.DISTRICT && item.scope() == ItemScope.CITY) {
                assertThat(item.assignment().leadRationale()).as(id).isPresent();
            }
        }
    }

    @Test
    void prerequisitesOfClearItemsExistAndAreDueNoLater() {
        Map<ItemId, Item> byId = portfolio.items().stream().collect(Collectors.toMap(Item::id, Function.identity()));
        for (Item item : portfolio.items()) {
            for (ItemId pre : item.prerequisites()) {
                assertThat(byId).as(item.id() + " -> " + pre).containsKey(pre);
                Item prerequisite = byId.get(pre);
                if (item.number() >= Program07Sample.UNCLEAR_CYCLE_A
                        && item.plan().equals(Program07Sample.CITY_PLAN)) {
                    continue;
                }
                assertThat(prerequisite.number()).as(item.id() + " -> " + pre).isLessThan(item.number());
                if (item.dueDate().isPresent() && prerequisite.dueDate().isPresent()) {
                    assertThat(prerequisite.dueDate().get())
                            .as(item.id() + " -> " + pre)
                            .isBeforeOrEqualTo(item.dueDate().get());
                }
            }
        }
    }

    @Test
    void everyReferencedUnitExists() {
        Set<UnitCode> codes = unitCodes();
        List<UnitCode> referenced = new ArrayList<>();
        for (Item item : portfolio.items()) {
            referenced.addAll(item.assignment().leadUnits());
            referenced.addAll(item.assignment().coordinatingUnits());
            item.assignment().reportingUnit().ifPresent(referenced::add);
            item.assignment().responsible().flatMap(o -> o.unit()).ifPresent(referenced::add);
        }
        portfolio.indicators().forEach(i -> i.reportingUnit().ifPresent(referenced::add));
        portfolio.reports().forEach(r -> referenced.add(r.unit()));
        portfolio.measurements().forEach(m -> referenced.add(m.reportedBy()));
        portfolio.plans().forEach(p -> referenced.add(p.issuer()));
        portfolio.programs().forEach(p -> {
            referenced.add(p.issuer());
            p.steeringCommittee().ifPresent(sc -> {
                referenced.add(sc.standingAgency());
                sc.head().unit().ifPresent(referenced::add);
                sc.standingDeputy().unit().ifPresent(referenced::add);
                sc.members().forEach(m -> m.unit().ifPresent(referenced::add));
            });
        });
        portfolio.adjustments().forEach(a -> referenced.add(a.proposedBy()));
        portfolio.units().forEach(u -> u.parent().ifPresent(referenced::add));
        assertThat(codes).containsAll(referenced);
        assertThat(codes).allMatch(c -> c.value().matches("[A-Z0-9]+"));
        assertThatCode(portfolio::directory).doesNotThrowAnyException();
    }

    @Test
    void everyReferencedIndicatorItemAndPlanExists() {
        Set<IndicatorCode> indicators =
                portfolio.indicators().stream().map(Indicator::code).collect(Collectors.toSet());
        Set<ItemId> items = portfolio.items().stream().map(Item::id).collect(Collectors.toSet());
        assertThat(items).hasSize(portfolio.items().size());
        for (Item item : portfolio.items()) {
            assertThat(indicators).containsAll(item.indicators());
            assertThat(portfolio.plans()).anySatisfy(p -> assertThat(p.id()).isEqualTo(item.plan()));
        }
        assertThat(indicators)
                .containsAll(portfolio.measurements().stream()
                        .map(Measurement::indicator)
                        .toList());
        for (ProgressReport report : portfolio.reports()) {
            assertThat(items)
                    .containsAll(report.items().stream().map(ItemProgress::item).toList());
        }
        portfolio.adjustments().forEach(a -> assertThat(items).contains(a.item()));
    }

    @Test
    void measurementsFitTheirIndicatorKind() {
        Map<IndicatorCode, Indicator> byCode =
                portfolio.indicators().stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
        assertThat(portfolio.measurements())
                .allSatisfy(m -> assertThat(m.value().kind())
                        .as(m.key())
                        .isEqualTo(byCode.get(m.indicator()).kind()));
        assertThat(portfolio.measurements())
                .allSatisfy(m -> assertThat(m.source()).isPresent());
        // Both on-track and off-track values against the interim targets.
        long met = portfolio.measurements().stream()
                .filter(m -> byCode.get(m.indicator())
                        .targetFor(m.period())
                        .map(t -> t.metBy(m.value().numeric()))
                        .orElse(false))
                .count();
        assertThat(met).isBetween(5L, (long) portfolio.measurements().size() - 5);
    }

    @Test
    void deliberatelyIncompleteIndicators() {
        Map<IndicatorCode, Indicator> byCode =
                portfolio.indicators().stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
        assertThat(byCode.get(Program07Sample.INCOMPLETE_NO_BASELINE).baseline())
                .isEmpty();
        assertThat(byCode.get(Program07Sample.INCOMPLETE_NO_DATA_SOURCE).dataSource())
                .isEmpty();
        long complete = portfolio.indicators().stream()
                .filter(i -> i.baseline().isPresent()
                        && i.dataSource().isPresent()
                        && i.target().isPresent()
                        && i.reportingUnit().isPresent())
                .count();
        assertThat(complete).isEqualTo(18);
    }

    @Test
    void allTextIsNfc() throws IOException {
        List<String> texts = new ArrayList<>();
        collectStrings(portfolio, texts);
        texts.add(Program07Sample.DISCLAIMER_VI);
        texts.add(Program07Sample.DISCLAIMER_EN);
        assertThat(texts).hasSizeGreaterThan(500);
        assertThat(texts).allMatch(s -> Normalizer.isNormalized(s, Normalizer.Form.NFC));
        // The sources themselves, so that nothing relies on the records' normalisation.
        Path dir = Path.of("src/main/java/org/civicplan/examples/sample");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                assertThat(Normalizer.isNormalized(source, Normalizer.Form.NFC))
                        .as(file.toString())
                        .isTrue();
            }
        }
    }

    @Test
    void importsIntoTheInMemoryStore() {
        InMemoryPortfolioStore store = new InMemoryPortfolioStore(PortfolioId.of("hanoi"));
        assertThatCode(() -> store.importPortfolio(portfolio)).doesNotThrowAnyException();
        Portfolio back = store.snapshot();
        assertThat(back.items()).hasSize(portfolio.items().size());
        assertThat(back.reports()).hasSize(portfolio.reports().size());
        assertThat(back.measurements()).hasSize(portfolio.measurements().size());
    }

    @Test
    void proposedAdjustmentCanBeAcceptedByTheStandingAgency() {
        InMemoryPortfolioStore store = new InMemoryPortfolioStore(PortfolioId.of("hanoi"));
        store.importPortfolio(portfolio);
        PlanService service = PlanService.of(store);
        assertThat(portfolio.adjustments())
                .allSatisfy(a -> assertThat(a.status()).isEqualTo(AdjustmentStatus.PROPOSED));
        Adjustment first = portfolio.adjustments().get(0);
        Item accepted = service.acceptAdjustment(
                Actor.of(Program07Sample.STANDING_AGENCY.value(), "chuyen-vien"), first.id(), "Đồng ý");
        assertThat(accepted.revision()).isEqualTo(2);
        assertThat(accepted.deadline()).isEqualTo(first.proposed().deadline());
    }

    @Test
    void atTheReviewDateTheItemsDueIn2022AndNotDoneAreOverdue() {
        List<Integer> overdue = cityItems().stream()
                .filter(i -> i.stateOn(Program07Sample.REVIEW_DATE) == ProgressState.OVERDUE)
                .map(Item::number)
                .toList();
        assertThat(overdue).containsExactly(5, 24, Program07Sample.UNCLEAR_NO_LEAD);
        assertThat(cityItems())
                .filteredOn(i -> i.stateOn(Program07Sample.REVIEW_DATE) == ProgressState.DONE_LATE)
                .extracting(Item::number)
                .containsExactly(2, 12, 25);
    }

    @Test
    void disclaimerIsPresent() {
        assertThat(portfolio.name()).contains("minh họa");
        assertThat(Program07Sample.DISCLAIMER_VI).contains("minh họa").contains("KHÔNG");
        assertThat(Program07Sample.DISCLAIMER_EN).contains("Illustrative").contains("NOT the official list");
    }

    @Test
    void portfolioIsAFreshEqualValueEachCall() {
        assertThat(Program07Sample.portfolio()).isEqualTo(portfolio);
    }

    private OrgUnit unit(UnitCode code) {
        return portfolio.units().stream()
                .filter(u -> u.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** Every String reachable from a record through record components, optionals and collections. */
    private static void collectStrings(Object value, List<String> out) {
        if (value == null) {
            return;
        }
        if (value instanceof String s) {
            out.add(s);
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> collectStrings(v, out));
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> collectStrings(v, out));
        } else if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                collectStrings(k, out);
                collectStrings(v, out);
            });
        } else if (value instanceof Record r) {
            for (RecordComponent component : r.getClass().getRecordComponents()) {
                try {
                    collectStrings(component.getAccessor().invoke(r), out);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }
}
