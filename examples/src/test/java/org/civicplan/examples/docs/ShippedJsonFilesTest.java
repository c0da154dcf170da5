package org.civicplan.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicplan.core.CivicTime;
import org.civicplan.core.Lang;
import org.civicplan.core.constraints.Stage;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.Review;
import org.civicplan.core.review.ReviewStatus;
import org.civicplan.core.service.ReviewService;
import org.civicplan.examples.sample.Program07Sample;
import org.civicplan.storage.json.PortfolioJson;
import org.civicplan.validation.ClarityCheck;
import org.civicplan.validation.ClarityReport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON files shipped in {@code docs/examples/} for users to copy and edit: valid against the
 * schema, read by the reader, and saying what json-format.md says they say. The Program 07 sample
 * file is exactly what the bundled sample writes, so it cannot drift from the code; after changing
 * the sample, run this test with {@code -Dcivicplan.regenerate=true} to write it anew.
 */
class ShippedJsonFilesTest {
    private static final Path EXAMPLES = DocsMatchCodeTest.moduleDirectory().resolveSibling("docs/examples");

    @Test
    void theMinimalExampleIsValidCompleteAndClean() throws IOException {
        Path file = EXAMPLES.resolve("minimal.portfolio.json");
        assertThat(schema().validate(JsonMapper.builder().build().readTree(file.toFile())))
                .isEmpty();

        Portfolio portfolio = PortfolioJson.create().read(file);

        assertThat(portfolio.programs()).hasSize(1);
        assertThat(portfolio.plans()).hasSize(1);
        assertThat(portfolio.items()).hasSize(2);
        // "section" is the 1-based position in the plan's appendixSections
        assertThat(portfolio.items().get(1).section()).contains(2);
        assertThat(portfolio.plans().get(0).appendixSections()).hasSize(2);
        ClarityReport clarity = ClarityCheck.create().check(portfolio, PlanId.of("KH-VD"));
        assertThat(clarity.readyFor(Stage.ISSUE))
                .as(() -> clarity.toText(Lang.EN))
                .isTrue();
    }

    @Test
    void theReportNamesItsItemsAndItsUnitCountsAsReported() throws IOException {
        Portfolio portfolio = PortfolioJson.create().read(EXAMPLES.resolve("minimal.portfolio.json"));
        InMemoryPortfolioStore store = InMemoryPortfolioStore.of(portfolio);

        Review review = new ReviewService(store, CivicTime.systemClock())
                .review(ProgramId.of("CTr-VD"), Period.secondHalf(2021));

        assertThat(review.unitsNotReported()).isEmpty();
        // the approved report's line and the item's record agree: one state everywhere
        assertThat(review.items())
                .filteredOn(line -> line.id().equals(ItemId.of("KH-VD/1")))
                .singleElement()
                .satisfies(line -> assertThat(line.status()).isEqualTo(ReviewStatus.DONE_ON_TIME));
        assertThat(portfolio.reports().get(0).items().get(0).item()).isEqualTo(ItemId.of("KH-VD/1"));
        assertThat(portfolio.reports().get(0).items().get(0).status()).isEqualTo(ItemStatus.DONE);
    }

    @Test
    void theProgram07SampleFileIsWhatTheSampleWrites() throws IOException {
        Path file = EXAMPLES.resolve("program07-sample.portfolio.json");
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        PortfolioJson.create().write(Program07Sample.portfolio(), written);
        if (Boolean.getBoolean("civicplan.regenerate")) {
            Files.write(file, written.toByteArray());
        }

        assertThat(Files.readAllBytes(file))
                .as("docs/examples/program07-sample.portfolio.json is stale: rerun with -Dcivicplan.regenerate=true")
                .isEqualTo(written.toByteArray());
        assertThat(PortfolioJson.create().read(file)).isEqualTo(Program07Sample.portfolio());
    }

    private static Schema schema() throws IOException {
        try (InputStream in = ShippedJsonFilesTest.class.getResourceAsStream(PortfolioJson.SCHEMA_RESOURCE)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        }
    }
}
