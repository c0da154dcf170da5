package org.civicplan.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.civicplan.core.Lang;
import org.civicplan.core.constraints.Stage;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.examples.sample.Program07Sample;
import org.civicplan.validation.Finding;
import org.civicplan.validation.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingExamplesTest {
    @TempDir
    Path dir;

    @Test
    void plainJavaStoresTheDistrictItemAndReadsItBackEqual() {
        PlainJavaExample.Result result = PlainJavaExample.run(dir.resolve("plain"));

        assertThat(result.readBack()).isEqualTo(result.stored());
        assertThat(result.stored().version()).isEqualTo(1);
        assertThat(result.stored().plan()).isEqualTo(PlainJavaExample.DISTRICT_PLAN);
        // the item names its lead, official, product, indicator, funding and deadline: nothing to fix
        assertThat(result.report().findings()).isEmpty();
        assertThat(result.report().readyFor(Stage.SUBMISSION)).isTrue();
    }

    @Test
    void plainJavaRunsAgainOnTheSameDatabase() {
        PlainJavaExample.Result first = PlainJavaExample.run(dir.resolve("plain"));
        PlainJavaExample.Result second = PlainJavaExample.run(dir.resolve("plain"));

        assertThat(second.readBack()).isEqualTo(first.readBack());
    }

    @Test
    void guiceWiresStoreCheckReviewAndExporters() {
        GuiceExample.Result result = GuiceExample.run(dir.resolve("guice"));

        assertThat(result.formats()).contains("xlsx", "csv", "html", UnitWorkloadExporter.FORMAT);
        assertThat(result.workload())
                .startsWith("Đơn vị chủ trì\tSố nhiệm vụ\n")
                .contains("Sở KH&CN\t")
                .contains("(chưa rõ)\t2\n");
        assertThat(result.clarity().summary().errors()).isPositive();
        assertThat(result.review().unitsNotReported()).isNotEmpty().contains(UnitCode.of("SCT"));
    }

    @Test
    void unitWorkloadCountsTheItemsEachUnitLeads() {
        Portfolio sample = Program07Sample.portfolio();
        InMemoryPortfolioStore store = InMemoryPortfolioStore.of(sample);
        UnitDirectory units = store.units().directory();
        Map<String, Integer> expected = new TreeMap<>();
        for (Item item : sample.items()) {
            if (item.plan().equals(Program07Sample.CITY_PLAN)) {
                expected.merge(item.assignment().lead().map(units::nameOf).orElse("(unclear)"), 1, Integer::sum);
            }
        }

        String text = export(store, Lang.EN);

        assertThat(text.lines().findFirst()).hasValue("Lead unit\tItems");
        Map<String, Integer> actual = new TreeMap<>();
        text.lines().skip(1).forEach(line -> {
            String[] cells = line.split("\t");
            actual.put(cells[0], Integer.parseInt(cells[1]));
        });
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(Program07Sample.CITY_ITEM_COUNT);
        // items 27 (no lead) and 20 (two leads) have no single lead
        assertThat(actual).containsEntry("(unclear)", 2);
    }

    @Test
    void unitWorkloadDescribesItself() {
        UnitWorkloadExporter exporter = new UnitWorkloadExporter();

        assertThat(exporter.format()).isEqualTo("unit-workload");
        assertThat(exporter.fileExtension()).isEqualTo("txt");
        assertThat(exporter.mediaType()).startsWith("text/plain");
    }

    @Test
    void customConstraintFindsLongTitles() {
        Portfolio sample = Program07Sample.portfolio();
        long longTitles = sample.items().stream()
                .filter(i -> i.plan().equals(Program07Sample.CITY_PLAN))
                .filter(i -> i.title().length() > 60)
                .count();
        assertThat(longTitles).as("the sample has titles over 60 characters").isPositive();

        java.util.List<Finding> findings = CustomConstraintExample.run(sample, 60);

        assertThat(findings).hasSize((int) longTitles);
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo(Rule.CUSTOM);
            assertThat(f.message(Lang.VI)).contains("60 ký tự");
        });
    }

    @Test
    void customConstraintWithAGenerousLimitFindsNothing() {
        assertThat(CustomConstraintExample.run(Program07Sample.portfolio(), 100_000))
                .isEmpty();
    }

    private static String export(InMemoryPortfolioStore store, Lang lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new UnitWorkloadExporter()
                .export(
                        new ExportRequest(
                                store,
                                Optional.of(Program07Sample.CITY_PLAN),
                                lang,
                                Program07Sample.REVIEW_DATE,
                                Optional.empty()),
                        out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
