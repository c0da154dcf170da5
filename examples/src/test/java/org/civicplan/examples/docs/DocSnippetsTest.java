package org.civicplan.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.civicplan.core.AccessDeniedException;
import org.civicplan.core.CivicTime;
import org.civicplan.core.Lang;
import org.civicplan.core.Message;
import org.civicplan.core.constraints.Stage;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.export.Exporters;
import org.civicplan.core.guice.CivicPlan;
import org.civicplan.core.guice.CivicPlanBinder;
import org.civicplan.core.guice.CivicPlanModule;
import org.civicplan.core.guice.ExporterBinder;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.Review;
import org.civicplan.core.service.PlanService;
import org.civicplan.core.service.ReviewService;
import org.civicplan.core.service.StandardAccessPolicy;
import org.civicplan.core.spi.AccessPolicy;
import org.civicplan.core.spi.Action;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.examples.embedding.UnitWorkloadExporter;
import org.civicplan.examples.sample.Program07Sample;
import org.civicplan.export.csv.CsvExporter;
import org.civicplan.export.xlsx.XlsxExporter;
import org.civicplan.export.xlsx.guice.XlsxExportModule;
import org.civicplan.storage.jdbc.JdbcPortfolioStore;
import org.civicplan.storage.jdbc.JdbcStores;
import org.civicplan.storage.jdbc.guice.JdbcStorageModule;
import org.civicplan.storage.json.PortfolioJson;
import org.civicplan.validation.ClarityCheck;
import org.civicplan.validation.ClarityReport;
import org.civicplan.validation.guice.ValidationModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code shown in {@code docs/*.md}, compiled and run. {@link DocsMatchCodeTest} checks that every
 * {@code ```java} block of the docs appears here (or in {@code examples/src/main/java}), modulo
 * whitespace: edit the snippet here first, then copy it into the page.
 */
class DocSnippetsTest {
    @TempDir
    Path directory;

    // ---- README.md ----

    @Test
    void readmePlainJava() {
        Path file = DocsMatchCodeTest.moduleDirectory().resolveSibling("docs/examples/minimal.portfolio.json");
        // file: docs/examples/minimal.portfolio.json, or your own
        PortfolioStore store = InMemoryPortfolioStore.of(PortfolioJson.create().read(file));
        PlanService plans = PlanService.of(store);
        List<Item> late = plans.overdue(); // judged today, in Asia/Ho_Chi_Minh
        Period due = Period.parse("Quý III/2021"); // also "6 tháng đầu năm 2021", "Trước 26/7/2021", …
        Vnd cost = Vnd.parse("1,5 tỷ đồng"); // exact, whole đồng
        DocumentRef ref = DocumentRef.parse("186/KH-UBND");

        // the minimal example's two items are due in 2021 and 2022 and neither is marked done
        assertThat(late).extracting(Item::id).contains(ItemId.of("KH-VD/2"));
        assertThat(due.code()).isEqualTo("2021-Q3");
        assertThat(cost.toPlainString()).isEqualTo("1500000000");
        assertThat(ref.symbol()).isEqualTo("186/KH-UBND");
    }

    @Test
    void readmeExport() {
        PortfolioStore store = InMemoryPortfolioStore.of(Program07Sample.portfolio());
        PlanId planId = Program07Sample.CITY_PLAN;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExporter()
                .export(
                        new ExportRequest(
                                store,
                                Optional.of(planId),
                                Lang.VI,
                                LocalDate.now(),
                                Optional.of(Period.firstHalf(2021))),
                        out);

        // an xlsx file is a zip archive
        assertThat(out.toByteArray()).startsWith(0x50, 0x4B);
    }

    // ---- docs/embedding.md ----

    @Test
    void plainJavaInMemory() {
        PortfolioStore store = InMemoryPortfolioStore.of(Program07Sample.portfolio());
        PlanService plans = PlanService.of(store);
        List<Item> overdue = plans.overdue(LocalDate.of(2023, 1, 15));
        ClarityReport report = ClarityCheck.create().check(store.snapshot(), Program07Sample.CITY_PLAN);
        System.out.print(report.toText(Lang.VI));

        assertThat(overdue).isNotEmpty();
        assertThat(report.readyFor(Stage.SUBMISSION)).isFalse();
    }

    @Test
    void plainJavaH2() {
        try (HikariDataSource dataSource = JdbcStores.h2File(directory);
                JdbcPortfolioStore store = JdbcPortfolioStore.create(dataSource, PortfolioId.of("hanoi"))) {
            store.importPortfolio(Program07Sample.portfolio());
            Review review = new ReviewService(store, CivicTime.systemClock())
                    .review(Program07Sample.PROGRAM, Period.parse("6 tháng đầu năm 2021"));
            System.out.println(review.unitsNotReported());
        }

        // the import was kept in the H2 file
        try (HikariDataSource dataSource = JdbcStores.h2File(directory);
                JdbcPortfolioStore store = JdbcPortfolioStore.open(dataSource, PortfolioId.of("hanoi"))) {
            assertThat(store.items().all())
                    .hasSize(Program07Sample.portfolio().items().size());
        }
    }

    @Test
    void ownDataSource() {
        try (HikariDataSource pool = JdbcStores.h2File(directory)) {
            DataSource citySystemDataSource = pool;
            // civicplan migrates its own tables (own Flyway history table) and never closes the pool
            JdbcPortfolioStore store = JdbcPortfolioStore.create(citySystemDataSource, PortfolioId.of("hanoi"));

            assertThat(store.portfolio()).isEqualTo(PortfolioId.of("hanoi"));
        }
    }

    @Test
    void multiTenant() {
        try (HikariDataSource dataSource = JdbcStores.h2File(directory)) {
            JdbcPortfolioStore hanoi = JdbcPortfolioStore.create(dataSource, PortfolioId.of("hanoi"));
            JdbcPortfolioStore haiPhong = JdbcPortfolioStore.openOrCreate(dataSource, PortfolioId.of("hai-phong"));
            hanoi.importPortfolio(Program07Sample.portfolio());
            // each store sees only its own tenant's rows

            assertThat(haiPhong.items().all()).isEmpty();
            assertThat(hanoi.items().all()).isNotEmpty();
        }
    }

    @Test
    void guice() {
        Injector injector = CivicPlan.createInjector(
                new CivicPlanModule(PortfolioId.of("hanoi")),
                new JdbcStorageModule(directory),
                new ValidationModule(),
                new XlsxExportModule());
        PlanService plans = injector.getInstance(PlanService.class);
        ClarityCheck check = injector.getInstance(ClarityCheck.class);
        Exporters exporters = injector.getInstance(Exporters.class);

        Portfolio sample = Program07Sample.portfolio();
        assertThat(plans.store().units().all()).isEmpty();
        assertThat(check.check(sample).items()).hasSize(sample.items().size());
        assertThat(exporters.formats()).contains("xlsx");
        injector.getInstance(JdbcPortfolioStore.class).close();
    }

    @Test
    void guiceReplacingClockAndPolicy() {
        Clock reviewDay = Clock.fixed(
                LocalDate.of(2023, 1, 15).atStartOfDay(CivicTime.VIETNAM).toInstant(), CivicTime.VIETNAM);
        Injector injector = CivicPlan.createInjector(new CivicPlanModule(PortfolioId.of("hanoi")), binder -> {
            CivicPlanBinder.civicPlanBinder(binder).bindClock().toInstance(reviewDay);
            CivicPlanBinder.civicPlanBinder(binder).bindAccessPolicy().toInstance(new CitySsoPolicy());
        });

        assertThat(injector.getInstance(Clock.class)).isEqualTo(reviewDay);
        assertThat(injector.getInstance(AccessPolicy.class)).isInstanceOf(CitySsoPolicy.class);
    }

    @Test
    void plainJavaReplacingClockAndPolicy() {
        PortfolioStore store = InMemoryPortfolioStore.of(Program07Sample.portfolio());
        Clock reviewDay = Clock.fixed(
                LocalDate.of(2023, 1, 15).atStartOfDay(CivicTime.VIETNAM).toInstant(), CivicTime.VIETNAM);
        PlanService plans = new PlanService(store, new CitySsoPolicy(), reviewDay);
        ReviewService reviews = new ReviewService(store, reviewDay);

        assertThat(plans.overdue()).isNotEmpty();
        assertThat(reviews.review(Program07Sample.PROGRAM, Period.firstHalf(2021))
                        .items())
                .hasSize(Program07Sample.portfolio().items().size());
    }

    @Test
    void springStyleBeans() {
        try (HikariDataSource dataSource = JdbcStores.h2File(directory)) {
            CivicPlanBeans beans = new CivicPlanBeans();
            PortfolioStore store = beans.portfolioStore(dataSource);
            PlanService plans = beans.planService(store, beans.accessPolicy(), beans.clock());
            Exporters exporters = beans.exporters();

            assertThat(plans.overdue()).isEmpty();
            assertThat(exporters.formats()).contains("xlsx", "csv", UnitWorkloadExporter.FORMAT);
            store.importPortfolio(Program07Sample.portfolio());
            int items = Program07Sample.portfolio().items().size();
            assertThat(beans.clarityCheck().check(store.snapshot()).items()).hasSize(items);
            assertThat(beans.reviewService(store, beans.clock())
                            .review(Program07Sample.PROGRAM, Period.firstHalf(2021))
                            .items())
                    .hasSize(items);
        }
    }

    /** In a Spring application, annotate the class with @Configuration and each method with @Bean. */
    static class CivicPlanBeans {
        PortfolioStore portfolioStore(DataSource dataSource) {
            return JdbcPortfolioStore.create(dataSource, PortfolioId.of("hanoi"));
        }

        Clock clock() {
            return CivicTime.systemClock();
        }

        AccessPolicy accessPolicy() {
            return new StandardAccessPolicy(Set.of(UnitCode.of("SKHCN")));
        }

        PlanService planService(PortfolioStore store, AccessPolicy policy, Clock clock) {
            return new PlanService(store, policy, clock);
        }

        ReviewService reviewService(PortfolioStore store, Clock clock) {
            return new ReviewService(store, clock);
        }

        ClarityCheck clarityCheck() {
            return ClarityCheck.create();
        }

        Exporters exporters() {
            return Exporters.of(new XlsxExporter(), new CsvExporter(), new UnitWorkloadExporter());
        }
    }

    /** A city system's own rules: here, only the standing agency may reopen a locked period. */
    static final class CitySsoPolicy implements AccessPolicy {
        private final AccessPolicy standard = new StandardAccessPolicy();

        @Override
        public void check(org.civicplan.core.model.Actor actor, Action action, Target target) {
            if (action == Action.REOPEN_PERIOD && !actor.unit().equals(UnitCode.of("SKHCN"))) {
                throw new AccessDeniedException(Message.of(
                        "Chỉ Sở Khoa học và Công nghệ được mở lại kỳ báo cáo",
                        "Only the Department of Science and Technology may reopen a period"));
            }
            standard.check(actor, action, target);
        }
    }

    // ---- docs/adapters.md ----

    @Test
    void registerAnExporter() {
        Injector injector = CivicPlan.createInjector(
                new CivicPlanModule(PortfolioId.of("hanoi")), binder -> ExporterBinder.exporterBinder(binder)
                        .addExporter(UnitWorkloadExporter.FORMAT)
                        .to(UnitWorkloadExporter.class));
        Exporters exporters = injector.getInstance(Exporters.class);

        assertThat(exporters.get("unit-workload")).isInstanceOf(UnitWorkloadExporter.class);
    }

    @Test
    void callAnExporterDirectly() {
        PortfolioStore store = InMemoryPortfolioStore.of(Program07Sample.portfolio());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new UnitWorkloadExporter()
                .export(
                        new ExportRequest(
                                store,
                                Optional.of(Program07Sample.CITY_PLAN),
                                Lang.VI,
                                LocalDate.of(2023, 1, 15),
                                Optional.of(Period.firstHalf(2021))),
                        out);

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Đơn vị chủ trì");
    }

    @Test
    void bindAStore() {
        Injector injector = CivicPlan.createInjector(
                new CivicPlanModule(PortfolioId.of("hanoi")), binder -> CivicPlanBinder.civicPlanBinder(binder)
                        .bindStore()
                        .toInstance(new InMemoryPortfolioStore(PortfolioId.of("hanoi"))));

        assertThat(injector.getInstance(PortfolioStore.class)).isInstanceOf(InMemoryPortfolioStore.class);
    }
}
