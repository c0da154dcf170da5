package org.civicplan.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicplan.testing.TestPortfolios.IND_INNOV;
import static org.civicplan.testing.TestPortfolios.PLAN;
import static org.civicplan.testing.TestPortfolios.SKHCN;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.civicplan.core.AccessDeniedException;
import org.civicplan.core.CivicTime;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.AdjustmentId;
import org.civicplan.core.model.AuditEntry;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.PlanStatus;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.model.ReportId;
import org.civicplan.core.period.Period;
import org.civicplan.core.service.PlanService;
import org.civicplan.core.service.ReportService;
import org.civicplan.core.service.StandardAccessPolicy;
import org.civicplan.core.spi.AuditSink;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.storage.jdbc.JdbcPortfolioStore;
import org.civicplan.storage.jdbc.JdbcStores;
import org.civicplan.storage.json.JsonFileStore;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every service operation tried by a unit without the right is refused with {@link
 * AccessDeniedException} and changes nothing (the snapshot and the audit trail are equal before and
 * after); every accepted change adds exactly one audit entry; the audit trail offers no way to alter
 * it. Through the in-memory, JSON file and H2 stores.
 */
class AccessAndAuditTest {
    static final Actor OUTSIDER = Actor.of("QCG", "nguoi.ngoai");
    static final Actor STANDING = Actor.of("SKHCN", "thuong.truc");

    @TempDir
    Path dir;

    private final List<AutoCloseable> toClose = new ArrayList<>();

    PortfolioStore store(String kind) {
        PortfolioId id = TestPortfolios.HANOI;
        PortfolioStore store =
                switch (kind) {
                    case "memory" -> new InMemoryPortfolioStore(id);
                    case "json" -> JsonFileStore.open(dir, id);
                    case "h2" -> {
                        var pool = JdbcStores.h2File(dir);
                        toClose.add(pool);
                        yield JdbcPortfolioStore.create(pool, id);
                    }
                    default -> throw new IllegalArgumentException(kind);
                };
        store.importPortfolio(TestPortfolios.portfolio());
        return store;
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "json", "h2"})
    void everyOperationByAnUnauthorisedUnitIsRefusedAndChangesNothing(String kind) throws Exception {
        PortfolioStore store = store(kind);
        PlanService plans = new PlanService(store, new StandardAccessPolicy(), CivicTime.systemClock());
        ReportService reports = new ReportService(store, new StandardAccessPolicy(), CivicTime.systemClock());
        Portfolio p = store.snapshot();
        var item = store.items().get(ItemId.of("KH-186/1"));
        var plan = store.plans().get(PLAN);
        var program = store.programs().all().get(0);
        var indicator = store.indicators().get(IND_INNOV);

        Map<String, Runnable> operations = new LinkedHashMap<>();
        operations.put("saveUnit", () -> plans.saveUnit(OUTSIDER, p.units().get(0)));
        operations.put("createProgram", () -> plans.createProgram(OUTSIDER, program));
        operations.put("updateProgram", () -> plans.updateProgram(OUTSIDER, program));
        operations.put(
                "defineIndicator",
                () -> plans.defineIndicator(
                        OUTSIDER,
                        TestPortfolios.indicator(
                                org.civicplan.core.model.IndicatorCode.of("X-1"),
                                "x",
                                org.civicplan.core.model.IndicatorKind.COUNT,
                                "cái")));
        operations.put("createPlan", () -> plans.createPlan(OUTSIDER, plan));
        operations.put("updatePlan", () -> plans.updatePlan(OUTSIDER, plan));
        operations.put(
                "advancePlan",
                () -> plans.advancePlan(OUTSIDER, PLAN, plan.version(), PlanStatus.CONSULTATION, Optional.empty()));
        operations.put("registerItem", () -> plans.registerItem(OUTSIDER, TestPortfolios.item(99)));
        operations.put("updateItem", () -> plans.updateItem(OUTSIDER, item));
        operations.put("assign", () -> plans.assign(OUTSIDER, item.id(), item.version(), item.assignment()));
        operations.put(
                "recordProgress",
                () -> plans.recordProgress(
                        OUTSIDER, item.id(), item.version(), ItemStatus.IN_PROGRESS, Optional.empty()));
        operations.put(
                "recordMeasurement",
                () -> plans.recordMeasurement(
                        OUTSIDER,
                        new Measurement(
                                indicator.code(), Period.year(2022), SKHCN, MeasuredValue.count(1), Optional.empty())));
        operations.put("proposeAdjustment", () -> plans.proposeAdjustment(OUTSIDER, item.id(), item, "lý do"));
        operations.put("acceptAdjustment", () -> plans.acceptAdjustment(OUTSIDER, AdjustmentId.of("DC-1"), "ok"));
        operations.put("rejectAdjustment", () -> plans.rejectAdjustment(OUTSIDER, AdjustmentId.of("DC-1"), "không"));
        ReportId report = ReportId.of("BC-SKHCN-2021-H1");
        operations.put("saveDraft", () -> reports.saveDraft(OUTSIDER, TestPortfolios.report()));
        operations.put("submit", () -> reports.submit(OUTSIDER, report));
        operations.put("approve", () -> reports.approve(OUTSIDER, report));
        operations.put("returnReport", () -> reports.returnReport(OUTSIDER, report, "thiếu số liệu"));
        operations.put("reopen", () -> reports.reopen(OUTSIDER, report, "mở lại"));

        for (var op : operations.entrySet()) {
            Portfolio before = store.snapshot();
            List<AuditEntry> auditBefore = store.audit().all();
            assertThatThrownBy(() -> op.getValue().run())
                    .as("%s by an outsider (%s)", op.getKey(), kind)
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(store.snapshot()).as("%s changed nothing", op.getKey()).isEqualTo(before);
            assertThat(store.audit().all())
                    .as("%s left no audit entry", op.getKey())
                    .isEqualTo(auditBefore);
        }
        System.out.printf(
                "access (%s): %d operations refused to an outsider, nothing changed%n", kind, operations.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "json", "h2"})
    void everyAcceptedChangeIsAuditedAndTheTrailCannotBeAltered(String kind) throws Exception {
        PortfolioStore store = store(kind);
        PlanService plans = new PlanService(store, new StandardAccessPolicy(), CivicTime.systemClock());
        int before = store.audit().all().size();
        var item = store.items().get(ItemId.of("KH-186/1"));
        item = plans.recordProgress(STANDING, item.id(), item.version(), ItemStatus.IN_PROGRESS, Optional.empty());
        item = plans.updateItem(STANDING, item.toBuilder().title("Tiêu đề mới").build());
        plans.recordMeasurement(
                STANDING,
                new Measurement(IND_INNOV, Period.year(2022), SKHCN, MeasuredValue.count(3), Optional.empty()));
        List<AuditEntry> after = store.audit().all();
        assertThat(after.size() - before).isEqualTo(3);
        assertThat(after.subList(before, before + 3))
                .extracting(AuditEntry::actor)
                .containsOnly(STANDING);
        for (int i = 1; i < after.size(); i++) {
            assertThat(after.get(i).sequence()).isGreaterThan(after.get(i - 1).sequence());
        }
        // the lists handed out are copies or read-only: changing them changes nothing
        List<AuditEntry> handedOut = store.audit().all();
        try {
            handedOut.clear();
        } catch (UnsupportedOperationException expected) {
            // read-only
        }
        assertThat(store.audit().all()).isEqualTo(after);
        // and the API offers nothing but append and read
        assertThat(Stream.of(AuditSink.class.getMethods())
                        .filter(m -> !Modifier.isStatic(m.getModifiers()))
                        .map(Method::getName))
                .containsExactlyInAnyOrder("append", "forEntity", "all");
        assertThat(AuditEntry.class.isRecord()).isTrue();
    }

    @org.junit.jupiter.api.AfterEach
    void close() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }
}
