package org.civicplan.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.Versioned;
import org.civicplan.storage.jdbc.JdbcPortfolioStore;
import org.civicplan.storage.jdbc.JdbcStores;
import org.civicplan.storage.json.JsonFileStore;
import org.civicplan.storage.json.PortfolioJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The bundled Program 07 data survives the JSON format, the JSON file store and H2 unchanged. */
class Program07RoundTripTest {
    private final Portfolio sample = Program07Sample.portfolio();

    @Test
    void jsonRoundTripIsIdentityAndValidAgainstTheSchema() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PortfolioJson.create().write(sample, out);
        Portfolio read = PortfolioJson.create().read(new ByteArrayInputStream(out.toByteArray()), "program07.json");
        assertThat(read).isEqualTo(sample);

        Schema schema;
        try (InputStream in = getClass().getResourceAsStream(PortfolioJson.SCHEMA_RESOURCE)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        }
        assertThat(schema.validate(JsonMapper.builder().build().readTree(out.toByteArray())))
                .isEmpty();
    }

    @Test
    void jsonFileStoreKeepsEverything(@TempDir Path dir) {
        JsonFileStore store = JsonFileStore.open(dir, sample.id());
        store.importPortfolio(sample);
        assertSameContent(JsonFileStore.open(dir, sample.id()).snapshot());
    }

    @Test
    void h2KeepsEverything(@TempDir Path dir) {
        try (HikariDataSource pool = JdbcStores.h2File(dir);
                JdbcPortfolioStore store = JdbcPortfolioStore.create(pool, sample.id())) {
            store.importPortfolio(sample);
            assertSameContent(store.snapshot());
        }
    }

    private void assertSameContent(Portfolio stored) {
        assertThat(sorted(stored.units(), u -> u.code().value()))
                .isEqualTo(sorted(sample.units(), u -> u.code().value()));
        assertThat(stored.programs()).containsExactlyInAnyOrderElementsOf(v1(sample.programs()));
        assertThat(stored.plans()).containsExactlyInAnyOrderElementsOf(v1(sample.plans()));
        assertThat(stored.items()).containsExactlyInAnyOrderElementsOf(v1(sample.items()));
        assertThat(stored.indicators()).containsExactlyInAnyOrderElementsOf(v1(sample.indicators()));
        assertThat(stored.measurements()).containsExactlyInAnyOrderElementsOf(sample.measurements());
        assertThat(stored.reports()).containsExactlyInAnyOrderElementsOf(v1(sample.reports()));
        assertThat(stored.adjustments()).containsExactlyInAnyOrderElementsOf(v1(sample.adjustments()));
    }

    private static <T> List<T> sorted(List<T> values, java.util.function.Function<T, String> key) {
        return values.stream().sorted(Comparator.comparing(key)).toList();
    }

    private static <T extends Versioned<T>> List<T> v1(List<T> values) {
        return values.stream().map(v -> v.withVersion(1)).toList();
    }
}
