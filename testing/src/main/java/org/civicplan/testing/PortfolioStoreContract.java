package org.civicplan.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicplan.testing.TestPortfolios.IND_INNOV;
import static org.civicplan.testing.TestPortfolios.IND_TFP;
import static org.civicplan.testing.TestPortfolios.PLAN;
import static org.civicplan.testing.TestPortfolios.PROGRAM;
import static org.civicplan.testing.TestPortfolios.QCG;
import static org.civicplan.testing.TestPortfolios.SKHCN;
import static org.civicplan.testing.TestPortfolios.STC;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.DanglingReferenceException;
import org.civicplan.core.DuplicateEntityException;
import org.civicplan.core.Lang;
import org.civicplan.core.NoSuchEntityException;
import org.civicplan.core.VersionConflictException;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.AdjustmentStatus;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.AuditEntry;
import org.civicplan.core.model.FieldChange;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.Official;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.PlanStatus;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.ReportStatus;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitKind;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Deadline;
import org.civicplan.core.period.ParseContext;
import org.civicplan.core.period.Period;
import org.civicplan.core.period.PeriodReader;
import org.civicplan.core.spi.PortfolioStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The repository contract, written once and run against every store: in memory, JSON files, H2,
 * PostgreSQL and MariaDB. A store's test extends this class and returns a fresh, empty store for
 * the {@link TestPortfolios#HANOI} portfolio from {@link #newStore()}.
 */
public abstract class PortfolioStoreContract {
    protected PortfolioStore store;

    /** A new, empty store; each test gets its own. */
    protected abstract PortfolioStore newStore();

    @BeforeEach
    void openStore() {
        store = newStore();
    }

    protected void importSample() {
        store.importPortfolio(TestPortfolios.portfolio());
    }

    @Test
    void importedPortfolioReadsBackEqualAtVersionOne() {
        importSample();
        Portfolio expected = TestPortfolios.portfolio();
        Portfolio actual = store.snapshot();

        assertThat(actual.name()).as("the portfolio's name, not its id").isEqualTo(expected.name());
        assertThat(sortedUnits(actual.units())).isEqualTo(sortedUnits(expected.units()));
        assertThat(actual.programs()).containsExactlyInAnyOrderElementsOf(withVersion1(expected.programs()));
        assertThat(actual.plans()).containsExactlyInAnyOrderElementsOf(withVersion1(expected.plans()));
        assertThat(actual.items()).containsExactlyInAnyOrderElementsOf(withVersion1(expected.items()));
        assertThat(actual.indicators()).containsExactlyInAnyOrderElementsOf(withVersion1(expected.indicators()));
        assertThat(actual.measurements()).containsExactlyInAnyOrderElementsOf(expected.measurements());
        assertThat(actual.reports()).containsExactlyInAnyOrderElementsOf(withVersion1(expected.reports()));
        assertThat(actual.adjustments()).containsExactlyInAnyOrderElementsOf(withVersion1(expected.adjustments()));
    }

    @Test
    void createReturnsVersionOneAndRefusesDuplicates() {
        importSample();
        Item item = TestPortfolios.item(9);
        Item created = store.items().create(item);
        assertThat(created.version()).isEqualTo(1);
        assertThat(store.items().get(item.id())).isEqualTo(created);
        assertThatThrownBy(() -> store.items().create(item)).isInstanceOf(DuplicateEntityException.class);
        assertThatThrownBy(() -> store.programs().create(TestPortfolios.program()))
                .isInstanceOf(DuplicateEntityException.class);
    }

    @Test
    void updateBumpsVersionAndRefusesStaleWrites() {
        importSample();
        Item current = store.items().get(ItemId.of("KH-186/1"));
        Item updated =
                store.items().update(current.toBuilder().title("Tiêu đề mới").build());
        assertThat(updated.version()).isEqualTo(current.version() + 1);
        assertThat(store.items().get(current.id()).title()).isEqualTo("Tiêu đề mới");

        assertThatThrownBy(() -> store.items()
                        .update(current.toBuilder().title("Ghi đè cũ").build()))
                .isInstanceOf(VersionConflictException.class)
                .hasMessageContaining("KH-186/1");
        assertThat(store.items().get(current.id())).isEqualTo(updated);

        Plan plan = store.plans().get(PLAN);
        store.plans().update(plan.withStatus(PlanStatus.CONSULTATION));
        assertThatThrownBy(() -> store.plans().update(plan.withStatus(PlanStatus.SUBMITTED)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(store.plans().get(PLAN).status()).isEqualTo(PlanStatus.CONSULTATION);
    }

    @Test
    void missingEntitiesAreNamed() {
        assertThat(store.items().find(ItemId.of("none"))).isEmpty();
        assertThatThrownBy(() -> store.items().get(ItemId.of("none")))
                .isInstanceOf(NoSuchEntityException.class)
                .hasMessageContaining("none");
        assertThatThrownBy(() -> store.items().update(TestPortfolios.item(1).withVersion(1)))
                .isInstanceOf(NoSuchEntityException.class);
    }

    @Test
    void unitsAreSavedAndReplacedByCode() {
        OrgUnit unit = OrgUnit.of("SYT", "Sở Y tế", UnitKind.DEPARTMENT);
        store.units().save(unit);
        store.units().save(unit.withShortName("Sở Y tế HN"));
        assertThat(store.units().all()).hasSize(1);
        assertThat(store.units().find(unit.code()).orElseThrow().shortName()).contains("Sở Y tế HN");
    }

    /**
     * A unit's aliases are kept in order through import, snapshot, save and replace; a unit saved
     * without them has none. "Bộ Nông nghiệp và PTNT" is a wording of core's unit corpus (U078);
     * "Sở KH&amp;CN", "Sở KHCN" are the abbreviation family issue 15 names (illustrative as aliases);
     * the last alias is made up to test escaping.
     */
    @Test
    void unitAliasesAreKeptThroughImportSaveAndReplace() {
        List<OrgUnit> units = new ArrayList<>(TestPortfolios.units());
        OrgUnit department =
                units.stream().filter(u -> u.code().equals(SKHCN)).findFirst().orElseThrow();
        units.set(units.indexOf(department), department.withAliases(List.of("Sở KH&CN", "Sở KHCN")));
        Portfolio sample = TestPortfolios.portfolio();
        store.importPortfolio(new Portfolio(
                sample.id(),
                sample.name(),
                units,
                sample.programs(),
                sample.plans(),
                sample.items(),
                sample.indicators(),
                sample.measurements(),
                sample.reports(),
                sample.adjustments()));
        assertThat(sortedUnits(store.snapshot().units())).isEqualTo(sortedUnits(units));
        assertThat(store.units().directory().find(SKHCN).orElseThrow().aliases())
                .containsExactly("Sở KH&CN", "Sở KHCN");

        OrgUnit ministry = OrgUnit.of("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn", UnitKind.MINISTRY)
                .withShortName("Bộ NN&PTNT")
                .withAliases(List.of("Bộ Nông nghiệp và PTNT", "Bộ NN và PTNT \\ 'x'; --"));
        store.units().save(ministry);
        assertThat(store.units().find(ministry.code())).contains(ministry);
        OrgUnit fewer = ministry.withAliases(List.of("Bộ Nông nghiệp và PTNT"));
        store.units().save(fewer);
        assertThat(store.units().find(ministry.code())).contains(fewer);
        store.units().save(ministry.withAliases(List.of()));
        assertThat(store.units().find(ministry.code()).orElseThrow().aliases()).isEmpty();
        assertThat(store.units().all()).hasSize(units.size() + 1);
    }

    @Test
    void itemQueries() {
        importSample();
        assertThat(store.items().byPlan(PLAN)).extracting(Item::number).containsExactly(1, 2, 3, 4);
        assertThat(store.items().byUnit(QCG)).extracting(Item::number).containsExactly(3);
        assertThat(store.items().byUnit(STC))
                .extracting(i -> i.id().value())
                .containsExactly("KH-186/1", "KH-186/2", "KH-186/4");
        assertThat(store.items().contributingTo(IND_INNOV))
                .extracting(Item::number)
                .containsExactly(1, 2, 3, 4);
        // item 1 is due 31/12/2021, item 2 in 2023, item 3 yearly (no date), item 4 is done
        assertThat(store.items().overdue(LocalDate.of(2021, 12, 31))).isEmpty();
        // item 4 was due before 26/7/2021 and done only on 2/8/2021: overdue in between (issue 18)
        assertThat(store.items().overdue(LocalDate.of(2021, 7, 30)))
                .extracting(Item::number)
                .containsExactly(4);
        assertThat(store.items().overdue(LocalDate.of(2022, 1, 1)))
                .extracting(Item::number)
                .containsExactly(1);
        assertThat(store.items().overdue(LocalDate.of(2024, 1, 1)))
                .extracting(Item::number)
                .containsExactly(1, 2);
    }

    @Test
    void reregisterKeepsHistory() {
        importSample();
        Item current = store.items().get(ItemId.of("KH-186/1"));
        Item next = store.items()
                .reregister(
                        current.toBuilder().deadline(Period.quarter(2022, 2)).build());
        assertThat(next.revision()).isEqualTo(2);
        assertThat(next.version()).isEqualTo(current.version() + 1);
        List<Item> history = store.items().history(current.id());
        assertThat(history).extracting(Item::revision).containsExactly(1, 2);
        assertThat(history.get(0).deadline()).contains(Period.quarter(2021, 4));
        assertThat(history.get(1)).isEqualTo(next);
        assertThatThrownBy(() -> store.items().reregister(current)).isInstanceOf(VersionConflictException.class);
    }

    @Test
    void measurementsAreKeyedByIndicatorPeriodAndUnit() {
        importSample();
        assertThat(store.measurements().count()).isEqualTo(5);
        Measurement replaced = new Measurement(
                IND_INNOV, Period.firstHalf(2021), SKHCN, MeasuredValue.count(130), Optional.of("Báo cáo bổ sung"));
        store.measurements().record(replaced);
        assertThat(store.measurements().count()).isEqualTo(5);
        assertThat(store.measurements().find(IND_INNOV, Period.firstHalf(2021), SKHCN))
                .contains(replaced);
        assertThat(store.measurements().find(IND_INNOV, Period.secondHalf(2021), SKHCN))
                .isEmpty();
        assertThat(store.measurements().byIndicator(IND_TFP))
                .extracting(Measurement::period)
                .containsExactly(Period.firstHalf(2021), Period.secondHalf(2021));
        List<Measurement> all = new ArrayList<>();
        store.measurements().forEach(all::add);
        assertThat(all).hasSize(5).contains(replaced);
    }

    @Test
    void everyValueKindRoundTrips() {
        importSample();
        List<Measurement> values = List.of(
                new Measurement(
                        IND_TFP,
                        Period.month(2022, 3),
                        QCG,
                        new MeasuredValue.Ratio(new java.math.BigDecimal("1.5"), new java.math.BigDecimal("3")),
                        Optional.empty()),
                new Measurement(
                        IND_TFP,
                        Period.quarter(2022, 1),
                        QCG,
                        new MeasuredValue.Money(Vnd.of(123_456_789_012L)),
                        Optional.empty()),
                new Measurement(IND_TFP, Period.year(2022), QCG, new MeasuredValue.Milestone(true), Optional.empty()),
                new Measurement(
                        IND_TFP,
                        Period.years(2021, 2025),
                        QCG,
                        new MeasuredValue.Count(new java.math.BigDecimal("0.25")),
                        Optional.empty()));
        store.measurements().recordAll(values);
        for (Measurement m : values) {
            assertThat(store.measurements().find(m.indicator(), m.period(), m.reportedBy()))
                    .contains(m);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Tháng 7/2021",
                "Quý III/2021",
                "6 tháng cuối năm 2021",
                "Năm 2022",
                "2021-2025",
                "Trước 26/7/2021",
                "26/07/2021",
                "Hằng năm",
                "Thường xuyên"
            })
    void everyPeriodKindRoundTripsAsADeadline(String text) {
        importSample();
        Item item =
                TestPortfolios.item(7).toBuilder().deadline(Period.parse(text)).build();
        store.items().create(item);
        assertThat(store.items().get(item.id()).deadline()).contains(Period.parse(text));
    }

    /**
     * Deadlines as officials write them (phrases from the period corpus, core's test resources) are
     * kept with their reading, and units as written beside their codes, through create, reregister
     * and history: anchored, recurring and year-inferred readings included.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "hoàn thành trước ngày 10/12/2023",
                "đến hết quý II",
                "chậm nhất ngày 30-6",
                "sau 10 ngày kể từ ngày ký",
                "trong thời hạn không quá 03 ngày làm việc kể từ ngày nhận được hồ sơ",
                "định kỳ hàng quý",
                "Định kỳ từ ngày 1 đến ngày 5 hằng tháng",
                "trước 14 giờ, ngày 05/12/2017",
                "thời kỳ 2021 - 2030, tầm nhìn đến năm 2050",
                "dịp Tết Nguyên đán 2017"
            })
    void deadlinesAndUnitsAsWrittenAreKept(String phrase) {
        importSample();
        Deadline written = PeriodReader.read(phrase, ParseContext.documentDated(LocalDate.of(2023, 5, 4)));
        Item base = TestPortfolios.item(7);
        Item item = base.toBuilder()
                .deadlineAsWritten(written)
                .assignment(base.assignment().withUnitsAsWritten(List.of("Sở KH&CN"), List.of("các đơn vị liên quan")))
                .build();
        store.items().create(item);
        Item read = store.items().get(item.id());
        assertThat(read).isEqualTo(item.withVersion(1));
        assertThat(read.deadlineAsWritten().map(Deadline::text)).contains(phrase);
        Item next = store.items().reregister(read.toBuilder().title("Đổi tên").build());
        assertThat(next.deadlineAsWritten()).isEqualTo(item.deadlineAsWritten());
        assertThat(store.items().history(item.id())).hasSize(2).allSatisfy(h -> {
            assertThat(h.deadlineAsWritten()).isEqualTo(item.deadlineAsWritten());
            assertThat(h.deadline()).isEqualTo(item.deadline());
            assertThat(h.assignment()).isEqualTo(item.assignment());
        });
    }

    /**
     * Issue 15: the reporting unit and the responsible official's unit keep the words a file gave
     * ("Sở KH&CN", "Sở KHCN": the unit corpus's wordings of the Department of Science and
     * Technology) beside their codes, through an import, an update that changes or drops them, and
     * the item's history.
     */
    @Test
    void reportingAndResponsibleUnitsAsWrittenAreKeptThroughImportUpdateAndHistory() {
        Portfolio sample = TestPortfolios.portfolio();
        List<Item> items = new ArrayList<>(sample.items());
        Item first = items.get(0);
        Item written = withOneUnitWords(first, Optional.of("Sở KH&CN"), Optional.of("Sở KHCN"));
        items.set(0, written);
        store.importPortfolio(TestPortfolios.withItems(items));
        Item read = store.items().get(first.id());
        assertThat(read.assignment().reportingUnitAsWritten()).contains("Sở KH&CN");
        assertThat(read.assignment().responsible().flatMap(Official::unitAsWritten))
                .contains("Sở KHCN");
        assertThat(read.assignment()).isEqualTo(written.assignment());
        assertThat(store.snapshot().items())
                .filteredOn(i -> i.id().equals(first.id()))
                .singleElement()
                .satisfies(i -> assertThat(i.assignment()).isEqualTo(written.assignment()));

        Item changed =
                store.items().update(withOneUnitWords(read, Optional.of("Sở Khoa học và Công nghệ"), Optional.empty()));
        Item back = store.items().get(first.id());
        assertThat(back.assignment().reportingUnitAsWritten()).contains("Sở Khoa học và Công nghệ");
        assertThat(back.assignment().responsible().flatMap(Official::unitAsWritten))
                .isEmpty();
        assertThat(back).isEqualTo(changed);

        Item dropped = store.items().update(withOneUnitWords(back, Optional.empty(), Optional.empty()));
        assertThat(store.items().get(first.id()).assignment().reportingUnitAsWritten())
                .isEmpty();
        assertThat(store.items().get(first.id())).isEqualTo(dropped);

        store.items().reregister(withOneUnitWords(dropped, Optional.of("Sở KH&CN"), Optional.of("Sở KHCN")));
        assertThat(store.items().history(first.id()))
                .extracting(h -> h.assignment().reportingUnitAsWritten())
                .contains(Optional.of("Sở KH&CN"));
        assertThat(store.items().get(first.id()).assignment().responsible().flatMap(Official::unitAsWritten))
                .contains("Sở KHCN");
    }

    /** The item with its reporting unit and its official's unit set to its lead, kept as written. */
    private static Item withOneUnitWords(Item item, Optional<String> reporting, Optional<String> responsible) {
        Assignment a = item.assignment();
        UnitCode lead = a.leadUnits().get(0);
        Official official = a.responsible().orElseThrow();
        return item.toBuilder()
                .assignment(new Assignment(
                                a.leadUnits(),
                                a.coordinatingUnits(),
                                Optional.of(
                                        new Official(official.name(), official.post(), Optional.of(lead), responsible)),
                                Optional.of(lead),
                                a.leadRationale(),
                                a.resources(),
                                a.leadAsWritten(),
                                a.coordinatingAsWritten())
                        .withReportingUnitAsWritten(reporting))
                .build();
    }

    @Test
    void hostileAndVietnameseTextIsStoredVerbatim() {
        importSample();
        String hostile = "'); DROP TABLE items; -- <script>alert(\"x\")</script> \\ % _ ${x} {0} Đề án “ngoặc” – 𝔘";
        Item item = TestPortfolios.item(8).toBuilder()
                .title(hostile)
                .content("Nội dung\nnhiều dòng\tcó tab")
                .build();
        store.items().create(item);
        Item read = store.items().get(item.id());
        assertThat(read.title()).isEqualTo(hostile);
        assertThat(read.content()).contains("Nội dung\nnhiều dòng\tcó tab");
        assertThat(read).isEqualTo(item.withVersion(1));
    }

    @Test
    void failedTransactionLeavesNothing() {
        importSample();
        Item extra = TestPortfolios.item(20);
        assertThatThrownBy(() -> store.inTransaction(tx -> {
                    tx.items().create(extra);
                    tx.measurements()
                            .record(new Measurement(
                                    IND_TFP, Period.year(2030), SKHCN, MeasuredValue.count(1), Optional.empty()));
                    Item one = tx.items().get(ItemId.of("KH-186/1"));
                    tx.items().update(one.toBuilder().title("đã đổi").build());
                    throw new IllegalStateException("boom");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("boom");
        assertThat(store.items().find(extra.id())).isEmpty();
        assertThat(store.measurements().count()).isEqualTo(5);
        assertThat(store.items().get(ItemId.of("KH-186/1")).title()).isNotEqualTo("đã đổi");
    }

    @Test
    void failedImportLeavesNothing() {
        List<Item> items = new ArrayList<>(TestPortfolios.items());
        items.add(items.get(0)); // duplicate id, discovered after the units, programs and plans went in
        Portfolio broken = TestPortfolios.withItems(items);
        assertThatThrownBy(() -> store.importPortfolio(broken)).isInstanceOf(DuplicateEntityException.class);
        Portfolio after = store.snapshot();
        assertThat(after.units()).isEmpty();
        assertThat(after.programs()).isEmpty();
        assertThat(after.plans()).isEmpty();
        assertThat(after.items()).isEmpty();
        assertThat(store.measurements().count()).isZero();
    }

    /** A reference to nothing, by the field it is in: every store refuses it the same way. */
    static Item withDangling(String field) {
        Item item = TestPortfolios.item(30);
        Assignment a = item.assignment();
        UnitCode none = UnitCode.of("KHONG-CO");
        return switch (field) {
            case "plan" -> item.toBuilder().plan(PlanId.of("KH-KHONG-CO")).build();
            case "assignment.leadUnits" ->
                item.toBuilder()
                        .assignment(new Assignment(
                                List.of(none),
                                a.coordinatingUnits(),
                                a.responsible(),
                                Optional.empty(),
                                a.leadRationale(),
                                a.resources()))
                        .build();
            case "assignment.coordinatingUnits" ->
                item.toBuilder()
                        .assignment(new Assignment(
                                a.leadUnits(),
                                List.of(STC, none),
                                a.responsible(),
                                a.reportingUnit(),
                                a.leadRationale(),
                                a.resources()))
                        .build();
            case "assignment.reportingUnit" ->
                item.toBuilder()
                        .assignment(new Assignment(
                                a.leadUnits(),
                                a.coordinatingUnits(),
                                a.responsible(),
                                Optional.of(none),
                                a.leadRationale(),
                                a.resources()))
                        .build();
            case "indicators" ->
                item.toBuilder()
                        .indicators(List.of(IND_TFP, IndicatorCode.of("CT07-99")))
                        .build();
            case "prerequisites" ->
                item.toBuilder()
                        .prerequisites(List.of(ItemId.of("KH-186/1"), ItemId.of("KH-186/99")))
                        .build();
            default -> throw new IllegalArgumentException(field);
        };
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "plan",
                "assignment.leadUnits",
                "assignment.coordinatingUnits",
                "assignment.reportingUnit",
                "indicators",
                "prerequisites"
            })
    void anItemReferringToNothingIsRefusedNamingTheField(String field) {
        Item dangling = withDangling(field);
        Portfolio withIt = TestPortfolios.withItems(List.of(TestPortfolios.item(1), dangling));
        assertThatThrownBy(() -> store.importPortfolio(withIt))
                .isInstanceOfSatisfying(DanglingReferenceException.class, e -> assertThat(e.field())
                        .isEqualTo(field));
        assertThat(store.snapshot().plans()).isEmpty();

        importSample();
        assertThatThrownBy(() -> store.items().create(dangling))
                .isInstanceOfSatisfying(DanglingReferenceException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.entityId()).isEqualTo("KH-186/30");
                    assertThat(e.getMessage(Lang.EN)).contains("field " + field).doesNotContainIgnoringCase("sql");
                    assertThat(e.getMessage(Lang.VI)).contains("trường " + field);
                });
        assertThat(store.items().find(dangling.id())).isEmpty();

        Item existing = store.items().get(ItemId.of("KH-186/1"));
        Item changed = withDangling(field).toBuilder()
                .id(existing.id())
                .number(existing.number())
                .prerequisites(field.equals("prerequisites") ? List.of(ItemId.of("KH-186/99")) : List.of())
                .version(existing.version())
                .build();
        assertThatThrownBy(() -> store.items().update(changed)).isInstanceOf(DanglingReferenceException.class);
        assertThatThrownBy(() -> store.items().reregister(changed)).isInstanceOf(DanglingReferenceException.class);
        assertThat(store.items().get(existing.id())).isEqualTo(existing);
    }

    @Test
    void aMeasurementReferringToNothingIsRefusedNamingTheField() {
        importSample();
        Measurement noIndicator = new Measurement(
                IndicatorCode.of("CT07-99"), Period.year(2022), SKHCN, MeasuredValue.count(1), Optional.empty());
        Measurement noUnit = new Measurement(
                IND_TFP, Period.year(2022), UnitCode.of("KHONG-CO"), MeasuredValue.count(1), Optional.empty());
        assertThatThrownBy(() -> store.measurements().record(noIndicator))
                .isInstanceOfSatisfying(DanglingReferenceException.class, e -> assertThat(e.field())
                        .isEqualTo("indicator"));
        assertThatThrownBy(() -> store.measurements().record(noUnit))
                .isInstanceOfSatisfying(DanglingReferenceException.class, e -> {
                    assertThat(e.field()).isEqualTo("reportedBy");
                    assertThat(e.targetId()).isEqualTo("KHONG-CO");
                });
        Measurement fine = new Measurement(IND_TFP, Period.year(2022), SKHCN, MeasuredValue.count(1), Optional.empty());
        assertThatThrownBy(() -> store.measurements().recordAll(List.of(fine, noUnit)))
                .isInstanceOf(DanglingReferenceException.class);
        assertThat(store.measurements().count()).isEqualTo(5);
        assertThat(store.measurements().find(IND_TFP, Period.year(2022), SKHCN)).isEmpty();
    }

    @Test
    void referencesToWhatTheStoreAlreadyHoldsAreAccepted() {
        importSample();
        // a prerequisite, units and an indicator stored before
        Item next = TestPortfolios.item(31).toBuilder()
                .prerequisites(List.of(ItemId.of("KH-186/1")))
                .build();
        assertThat(store.items().create(next).version()).isEqualTo(1);
    }

    @Test
    void anImportMayNameAPrerequisiteListedLater() {
        Item first = TestPortfolios.item(1).toBuilder()
                .prerequisites(List.of(ItemId.of("KH-186/2")))
                .build();
        store.importPortfolio(TestPortfolios.withItems(List.of(first, TestPortfolios.item(2))));
        assertThat(store.items().get(first.id()).prerequisites()).containsExactly(ItemId.of("KH-186/2"));
    }

    @Test
    void reportsByPeriodAndUnit() {
        importSample();
        assertThat(store.reports().byPeriod(PROGRAM, Period.firstHalf(2021))).hasSize(1);
        assertThat(store.reports().byPeriod(PROGRAM, Period.secondHalf(2021))).isEmpty();
        ProgressReport report =
                store.reports().find(PROGRAM, Period.firstHalf(2021), SKHCN).orElseThrow();
        assertThat(report.items()).hasSize(1);
        assertThat(report.difficulties()).containsExactly("Thiếu nhân lực chuyên trách");
        ProgressReport approved = store.reports().update(report.withStatus(ReportStatus.APPROVED, Optional.empty()));
        assertThat(store.reports().get(report.id()).status()).isEqualTo(ReportStatus.APPROVED);
        assertThat(approved.version()).isEqualTo(2);
    }

    @Test
    void adjustmentsByItem() {
        importSample();
        var adjustments = store.adjustments().byItem(ItemId.of("KH-186/1"));
        assertThat(adjustments).hasSize(1);
        var decided = store.adjustments()
                .update(adjustments
                        .get(0)
                        .decided(AdjustmentStatus.ACCEPTED, SKHCN, Instant.parse("2021-10-05T00:00:00Z"), "Đồng ý"));
        assertThat(store.adjustments().get(decided.id()).status()).isEqualTo(AdjustmentStatus.ACCEPTED);
        assertThat(store.adjustments().get(decided.id()).decisionNote()).contains("Đồng ý");
    }

    @Test
    void auditIsAppendOnlyAndOrdered() {
        importSample(); // the acting unit must be in the directory
        Actor actor = Actor.of("SKHCN", "nguyenvana");
        AuditEntry first = store.audit()
                .append(new AuditEntry(
                        0,
                        Instant.parse("2021-07-26T01:00:00Z"),
                        actor,
                        "register-item",
                        "item",
                        "KH-186/1",
                        List.of(new FieldChange("title", Optional.empty(), Optional.of("Đề án")))));
        AuditEntry second = store.audit()
                .append(new AuditEntry(
                        0,
                        Instant.parse("2021-07-27T01:00:00Z"),
                        actor,
                        "assign",
                        "item",
                        "KH-186/1",
                        List.of(new FieldChange("assignment.leadUnits", Optional.of("[]"), Optional.of("[SKHCN]")))));
        store.audit()
                .append(new AuditEntry(
                        0, Instant.parse("2021-07-27T02:00:00Z"), actor, "assign", "item", "KH-186/2", List.of()));
        assertThat(second.sequence()).isGreaterThan(first.sequence());
        assertThat(store.audit().forEntity("item", "KH-186/1")).containsExactly(first, second);
        assertThat(store.audit().all()).hasSize(3);
    }

    @Test
    void auditRefusesBackDatedEntriesAndUnknownOrNamelessActors() {
        importSample();
        AuditAppendChecks.refusesBackDatedAndNamelessEntries(store);
    }

    @Test
    void concurrentUpdatesWithRetryLoseNothing() throws Exception {
        importSample();
        ItemId id = ItemId.of("KH-186/3");
        int threads = 4;
        int perThread = 50;
        ContendedUpdates.run(store, id, threads, perThread, Duration.ofSeconds(120));
        Item last = store.items().get(id);
        assertThat(last.product().quantity()).contains(5 + threads * perThread);
        assertThat(last.version()).isEqualTo(1 + threads * perThread);
    }

    private static List<OrgUnit> sortedUnits(List<OrgUnit> units) {
        return units.stream().sorted(Comparator.comparing(OrgUnit::code)).toList();
    }

    private static <T extends org.civicplan.core.model.Versioned<T>> List<T> withVersion1(List<T> values) {
        return values.stream().map(v -> v.withVersion(1)).toList();
    }
}
