package org.civicplan.storage.json.guice;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import java.nio.file.Path;
import org.civicplan.core.export.Exporters;
import org.civicplan.core.guice.CivicPlan;
import org.civicplan.core.guice.CivicPlanModule;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.Item;
import org.civicplan.core.service.PlanService;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.storage.json.JsonExporter;
import org.civicplan.storage.json.JsonFileStore;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonStorageModuleTest {
    @TempDir
    Path dir;

    @Test
    void planServiceWorksOnTheFileStore() {
        Injector injector =
                CivicPlan.createInjector(new CivicPlanModule(TestPortfolios.HANOI), new JsonStorageModule(dir));
        PortfolioStore store = injector.getInstance(PortfolioStore.class);
        assertThat(store).isInstanceOf(JsonFileStore.class);
        assertThat(injector.getInstance(Exporters.class).get("json")).isInstanceOf(JsonExporter.class);

        store.importPortfolio(TestPortfolios.portfolio());
        PlanService service = injector.getInstance(PlanService.class);
        Item registered = service.registerItem(Actor.of("SKHCN", "nguyenvana"), TestPortfolios.item(9));
        assertThat(registered.version()).isEqualTo(1);

        // a plain-Java store on the same directory sees it, with its audit entry
        JsonFileStore plain = JsonFileStore.open(dir, TestPortfolios.HANOI);
        assertThat(plain.items().get(registered.id())).isEqualTo(registered);
        assertThat(plain.audit().forEntity("item", registered.id().value())).hasSize(1);
    }
}
