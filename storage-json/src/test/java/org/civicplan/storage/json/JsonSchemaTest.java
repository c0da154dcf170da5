package org.civicplan.storage.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.civicplan.core.Labelled;
import org.civicplan.core.model.AdjustmentStatus;
import org.civicplan.core.model.ApprovalLevel;
import org.civicplan.core.model.Comparison;
import org.civicplan.core.model.Direction;
import org.civicplan.core.model.Frequency;
import org.civicplan.core.model.FundingSource;
import org.civicplan.core.model.IndicatorKind;
import org.civicplan.core.model.ItemKind;
import org.civicplan.core.model.ItemScope;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.PlanStatus;
import org.civicplan.core.model.ProductKind;
import org.civicplan.core.model.ReportStatus;
import org.civicplan.core.model.UnitKind;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published JSON Schema (2020-12) accepts what the library writes and matches the model's codes. */
class JsonSchemaTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static Schema schema() throws Exception {
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream(PortfolioJson.SCHEMA_RESOURCE)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        }
    }

    private static JsonNode schemaTree() throws Exception {
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream(PortfolioJson.SCHEMA_RESOURCE)) {
            return MAPPER.readTree(in);
        }
    }

    @Test
    void bundledVersion1SampleIsValidAgainstTheVersion1Schema() throws Exception {
        try (InputStream schema = getClass().getResourceAsStream(PortfolioJson.SCHEMA_V1_RESOURCE);
                InputStream in = getClass().getResourceAsStream(PortfolioJsonRoundTripTest.SAMPLE)) {
            List<Error> errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(schema)
                    .validate(MAPPER.readTree(in));
            assertThat(errors).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void generatedPortfoliosAreValid(long seed) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PortfolioJson.create().write(PortfolioGenerator.generate(seed, 10, 2, 20, 10, 50), out);
        assertThat(schema().validate(MAPPER.readTree(out.toByteArray()))).isEmpty();
    }

    @Test
    void schemaRejectsUnknownPropertiesAndBadCodes() throws Exception {
        JsonNode bad = MAPPER.readTree("{\"formatVersion\": 1, \"id\": \"p\", \"name\": \"P\", \"extra\": 1,"
                + " \"units\": [{\"code\": \"U\", \"name\": \"x\", \"kind\": \"nope\"}]}");
        List<String> where = new ArrayList<>();
        for (Error e : schema().validate(bad)) {
            where.add(e.getInstanceLocation().toString());
        }
        assertThat(where).anyMatch(s -> s.contains("units")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(schema().validate(MAPPER.readTree("{\"formatVersion\": 3, \"id\": \"p\", \"name\": \"P\"}")))
                .isNotEmpty();
    }

    @Test
    void schemaCodesAreTheModelCodes() throws Exception {
        JsonNode defs = schemaTree().get("$defs");
        Map<String, Class<? extends Labelled>> enums = Map.ofEntries(
                Map.entry("unitKind", UnitKind.class),
                Map.entry("itemKind", ItemKind.class),
                Map.entry("itemScope", ItemScope.class),
                Map.entry("itemStatus", ItemStatus.class),
                Map.entry("planStatus", PlanStatus.class),
                Map.entry("approvalLevel", ApprovalLevel.class),
                Map.entry("productKind", ProductKind.class),
                Map.entry("fundingSource", FundingSource.class),
                Map.entry("indicatorKind", IndicatorKind.class),
                Map.entry("direction", Direction.class),
                Map.entry("comparison", Comparison.class),
                Map.entry("frequency", Frequency.class),
                Map.entry("reportStatus", ReportStatus.class),
                Map.entry("adjustmentStatus", AdjustmentStatus.class));
        enums.forEach((name, type) -> {
            List<String> inSchema = new ArrayList<>();
            defs.get(name).get("enum").forEach(n -> inSchema.add(n.asString()));
            assertThat(inSchema)
                    .as(name)
                    .containsExactlyElementsOf(Arrays.stream(type.getEnumConstants())
                            .map(Labelled::code)
                            .toList());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {PortfolioJson.SCHEMA_V1_RESOURCE, PortfolioJson.SCHEMA_RESOURCE})
    void docsCopyIsTheSameSchema(String resource) throws Exception {
        Path docs = Path.of("../docs").resolve(resource.substring(resource.lastIndexOf('/') + 1));
        if (Files.exists(Path.of("../docs"))) {
            assertThat(docs).exists();
            try (InputStream in = getClass().getResourceAsStream(resource)) {
                assertThat(Files.readString(docs))
                        .isEqualTo(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void sampleNamesTheTestPortfolio() throws Exception {
        try (InputStream in = getClass().getResourceAsStream(PortfolioJsonRoundTripTest.SAMPLE)) {
            assertThat(MAPPER.readTree(in).get("id").asString()).isEqualTo(TestPortfolios.HANOI.value());
        }
    }
}
