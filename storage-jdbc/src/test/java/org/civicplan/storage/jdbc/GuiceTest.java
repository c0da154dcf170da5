package org.civicplan.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicplan.core.guice.CivicPlanBinder.civicPlanBinder;

import com.google.inject.Injector;
import java.nio.file.Path;
import org.civicplan.core.guice.CivicPlan;
import org.civicplan.core.guice.CivicPlanModule;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.Item;
import org.civicplan.core.service.PlanService;
import org.civicplan.core.spi.AccessPolicy;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.storage.jdbc.guice.JdbcStorageModule;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuiceTest {
    @TempDir
    Path directory;

    @Test
    void planServiceRunsOnAnH2FileStore() {
        Injector injector = CivicPlan.createInjector(
                new CivicPlanModule(TestPortfolios.HANOI),
                new JdbcStorageModule(directory),
                binder -> civicPlanBinder(binder).bindAccessPolicy().toInstance(AccessPolicy.permitAll()));
        PlanService service = injector.getInstance(PlanService.class);
        JdbcPortfolioStore store = injector.getInstance(JdbcPortfolioStore.class);
        try {
            assertThat(injector.getInstance(PortfolioStore.class)).isSameAs(store);
            assertThat(service.store()).isSameAs(store);
            store.importPortfolio(TestPortfolios.portfolio());

            Item registered = service.registerItem(Actor.of("UBND", "tranthib"), TestPortfolios.item(9));

            assertThat(registered.version()).isEqualTo(1);
            assertThat(service.itemsOfPlan(TestPortfolios.PLAN)).hasSize(5);
            assertThat(service.auditTrail("item", registered.entityId()))
                    .singleElement()
                    .satisfies(e -> assertThat(e.action()).isEqualTo("register-item"));
        } finally {
            store.close();
        }
        // the data is in files: a second store on the same directory sees it
        try (JdbcPortfolioStore again =
                JdbcPortfolioStore.createOwning(JdbcStores.h2File(directory), TestPortfolios.HANOI)) {
            assertThat(again.items().all()).hasSize(5);
        }
    }

    @Test
    void givenDataSourceIsUsed() {
        try (var pool = JdbcStores.h2File(directory)) {
            Injector injector =
                    CivicPlan.createInjector(new CivicPlanModule(TestPortfolios.HANOI), new JdbcStorageModule(pool));
            PortfolioStore store = injector.getInstance(PortfolioStore.class);
            assertThat(store).isInstanceOf(JdbcPortfolioStore.class);
            store.importPortfolio(TestPortfolios.portfolio());
            assertThat(store.items().all()).hasSize(4);
        }
    }
}
