package org.civicplan.core.guice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.CreationException;
import com.google.inject.Injector;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.export.Exporters;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.service.PlanService;
import org.civicplan.core.service.StandardAccessPolicy;
import org.civicplan.core.spi.AccessPolicy;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.spi.Exporter;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;

class CivicPlanModuleTest {
    static final class FakeExporter implements Exporter {
        @jakarta.inject.Inject
        FakeExporter() {}

        @Override
        public String format() {
            return "fake";
        }

        @Override
        public String fileExtension() {
            return "txt";
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public void export(ExportRequest request, OutputStream out) {}
    }

    @Test
    void defaultsAreInMemoryStandardPolicyAndVietnamClock() {
        Injector injector = CivicPlan.createInjector(new CivicPlanModule(TestPortfolios.HANOI));
        assertThat(injector.getInstance(PortfolioStore.class)).isInstanceOf(InMemoryPortfolioStore.class);
        assertThat(injector.getInstance(PortfolioStore.class).portfolio()).isEqualTo(TestPortfolios.HANOI);
        assertThat(injector.getInstance(AccessPolicy.class)).isInstanceOf(StandardAccessPolicy.class);
        assertThat(injector.getInstance(Clock.class).getZone()).isEqualTo(org.civicplan.core.CivicTime.VIETNAM);
        PlanService service = injector.getInstance(PlanService.class);
        assertThat(service).isSameAs(injector.getInstance(PlanService.class));
        assertThat(injector.getInstance(Exporters.class).formats()).isEmpty();
    }

    @Test
    void adaptersReplaceDefaultsAndAddExporters() {
        InMemoryPortfolioStore custom = new InMemoryPortfolioStore(TestPortfolios.HANOI);
        Clock fixed = Clock.fixed(Instant.parse("2021-07-26T00:00:00Z"), ZoneOffset.UTC);
        Injector injector = CivicPlan.createInjector(new CivicPlanModule(TestPortfolios.HANOI), binder -> {
            CivicPlanBinder.civicPlanBinder(binder).bindStore().toInstance(custom);
            CivicPlanBinder.civicPlanBinder(binder).bindAccessPolicy().toInstance(AccessPolicy.permitAll());
            CivicPlanBinder.civicPlanBinder(binder).bindClock().toInstance(fixed);
            ExporterBinder.exporterBinder(binder).addExporter("fake").to(FakeExporter.class);
        });
        assertThat(injector.getInstance(PortfolioStore.class)).isSameAs(custom);
        assertThat(injector.getInstance(PlanService.class).today()).isEqualTo(java.time.LocalDate.of(2021, 7, 26));
        Exporters exporters = injector.getInstance(Exporters.class);
        assertThat(exporters.formats()).containsExactly("fake");
        assertThat(exporters.get("fake")).isInstanceOf(FakeExporter.class);
        assertThatThrownBy(() -> exporters.get("pdf"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("fake");
    }

    @Test
    void duplicateExporterFormatFailsAtStartUp() {
        assertThatThrownBy(() -> CivicPlan.createInjector(new CivicPlanModule(TestPortfolios.HANOI), binder -> {
                    ExporterBinder.exporterBinder(binder).addExporter("fake").to(FakeExporter.class);
                    // a second, different exporter for the same format (identical bindings would be merged)
                    ExporterBinder.exporterBinder(binder).addExporter("fake").toInstance(new FakeExporter());
                }))
                .isInstanceOf(CreationException.class)
                .hasMessageContaining("fake");
    }

    @Test
    void sameObjectsWithoutGuice() {
        PlanService service = PlanService.of(new InMemoryPortfolioStore(TestPortfolios.HANOI));
        assertThat(service.store().portfolio()).isEqualTo(TestPortfolios.HANOI);
        assertThat(Exporters.of(new FakeExporter()).formats()).containsExactly("fake");
        assertThatThrownBy(() -> Exporters.of(new FakeExporter(), new FakeExporter()))
                .hasMessageContaining("two exporters");
    }
}
