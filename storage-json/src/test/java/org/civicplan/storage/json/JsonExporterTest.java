package org.civicplan.storage.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.Lang;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.Versioned;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonExporterTest {
    @TempDir
    Path dir;

    private final PortfolioJson json = PortfolioJson.create();

    private Portfolio export(PortfolioStore store, Optional<org.civicplan.core.model.PlanId> plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonExporter()
                .export(new ExportRequest(store, plan, Lang.VI, LocalDate.of(2021, 12, 31), Optional.empty()), out);
        return json.read(new ByteArrayInputStream(out.toByteArray()), "export.json");
    }

    @Test
    void exportsTheWholeStoreReadablyBack() {
        JsonFileStore store = JsonFileStore.open(dir, TestPortfolios.HANOI);
        store.importPortfolio(TestPortfolios.portfolio());
        Portfolio exported = export(store, Optional.empty());
        Portfolio expected = TestPortfolios.portfolio();
        assertThat(exported.name()).isEqualTo(expected.name());
        assertThat(exported.items()).containsExactlyInAnyOrderElementsOf(v1(expected.items()));
        assertThat(exported.measurements()).containsExactlyInAnyOrderElementsOf(expected.measurements());
        assertThat(exported.units()).hasSameSizeAs(expected.units());
    }

    @Test
    void exportsOnePlanWithItsProgramAndIndicators() {
        PortfolioStore store = InMemoryPortfolioStore.of(TestPortfolios.portfolio());
        Portfolio exported = export(store, Optional.of(TestPortfolios.UNIT_PLAN));
        assertThat(exported.plans()).extracting(p -> p.id()).containsExactly(TestPortfolios.UNIT_PLAN);
        assertThat(exported.items()).isEmpty();
        Portfolio city = export(store, Optional.of(TestPortfolios.PLAN));
        assertThat(city.items()).extracting(Item::number).containsExactly(1, 2, 3, 4);
        assertThat(city.indicators()).hasSize(3);
        assertThat(city.measurements()).hasSize(5);
        assertThat(city.adjustments()).hasSize(1);
    }

    private static <T extends Versioned<T>> List<T> v1(List<T> values) {
        return values.stream()
                .map(v -> v.withVersion(1))
                .sorted(Comparator.comparing(Versioned::entityId))
                .toList();
    }
}
