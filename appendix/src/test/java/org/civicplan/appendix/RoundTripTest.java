package org.civicplan.appendix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.Lang;
import org.civicplan.core.export.AppendixSection;
import org.civicplan.core.export.ItemText;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.spi.Exporter;
import org.civicplan.export.docx.DocxExporter;
import org.civicplan.export.xlsx.XlsxExporter;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * civicplan's own appendix exports read back equal for every field they show: number, task, lead
 * and coordinating units, deadline, product, approval level, and the section rows.
 */
class RoundTripTest {
    private final InMemoryPortfolioStore store = InMemoryPortfolioStore.of(TestPortfolios.portfolio());
    private final UnitDirectory units = store.units().directory();
    private final AppendixReader reader = new AppendixReader(units);

    @TempDir
    Path dir;

    @Test
    void xlsxAppendixReadsBackEqual() throws IOException {
        Path file = export(new XlsxExporter(), "appendix.xlsx");
        Collected read = Collected.read(reader.withSheets(name -> name.equals("Phụ lục")), file);
        assertEqualToStore(read);
        assertThat(read.tables.get(0).location().describe(Lang.VI)).isEqualTo("appendix.xlsx!'Phụ lục'!4:4");
    }

    @Test
    void docxAppendixReadsBackEqual() throws IOException {
        Path file = export(new DocxExporter(), "appendix.docx");
        Collected read = Collected.read(reader, file);
        assertEqualToStore(read);
        assertThat(read.tables.get(0).location().describe(Lang.EN)).isEqualTo("appendix.docx: table 1, row 1");
    }

    @Test
    void wholeWorkbookFindsOnlyTheAppendixSheetAndSaysWhichSheetsWereSkipped() throws IOException {
        Path file = export(new XlsxExporter(), "appendix.xlsx");
        AppendixSummary summary = reader.summarize(file);
        assertThat(summary.tables())
                .extracting(t -> t.location().sheet().orElseThrow())
                .containsExactly("Phụ lục");
        assertThat(summary.problems()).anySatisfy(p -> assertThat(p.text(Lang.VI))
                .startsWith("appendix.xlsx!'Sơ kết': trang tính không có dòng tiêu đề"));
        assertThat(summary.problems()).allSatisfy(p -> assertThat(p.isError()).isFalse());
        // the headings looked for are listed once, not again for every skipped sheet
        List<String> skipped = summary.problems().stream()
                .map(p -> p.text(Lang.VI))
                .filter(t -> t.contains("không có dòng tiêu đề"))
                .toList();
        assertThat(skipped).hasSizeGreaterThan(1);
        assertThat(skipped)
                .filteredOn(t -> t.contains("các tiêu đề được tìm: STT"))
                .hasSize(1);
        assertThat(skipped.subList(1, skipped.size()))
                .allSatisfy(t -> assertThat(t).endsWith("(các tiêu đề được tìm: như trên)"));
    }

    private void assertEqualToStore(Collected read) {
        Plan plan = store.plans().find(TestPortfolios.PLAN).orElseThrow();
        List<Item> items = store.items().byPlan(plan.id());
        List<AppendixSection> sections = AppendixSection.of(plan, items, Lang.VI);
        List<Item> ordered = new ArrayList<>();
        List<String> expectedSections = new ArrayList<>();
        for (AppendixSection s : sections) {
            if (s.headed()) {
                expectedSections.add(s.numeral() + " " + s.heading());
            }
            ordered.addAll(s.items());
        }
        assertThat(read.sections())
                .extracting(s -> s.numeral() + " " + s.heading())
                .containsExactlyElementsOf(expectedSections);
        List<AppendixItem> got = read.items();
        assertThat(got).hasSize(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            Item want = ordered.get(i);
            AppendixItem row = got.get(i);
            assertThat(row.number()).isEqualTo(Integer.toString(want.number()));
            assertThat(row.task()).isEqualTo(want.title());
            assertThat(row.text(Field.LEAD))
                    .isEqualTo(ItemText.unitNames(units, want.assignment().leadUnits(), ", "));
            assertThat(codes(row.lead())).isEqualTo(want.assignment().leadUnits());
            assertThat(codes(row.coordinating())).isEqualTo(want.assignment().coordinatingUnits());
            assertThat(row.deadline().period()).isEqualTo(want.deadline());
            assertThat(row.product()).isEqualTo(ItemText.product(want.product(), Lang.VI));
            assertThat(row.approvalLevel()).isEqualTo(want.approvalLevel());
        }
        assertThat(read.summary.items()).isEqualTo(ordered.size());
        assertThat(read.summary.units().unknown()).isZero();
        assertThat(read.summary.deadlines().unread()).isZero();
    }

    private static List<UnitCode> codes(List<UnitMention> mentions) {
        List<UnitCode> out = new ArrayList<>();
        for (UnitMention m : mentions) {
            assertThat(m.status()).isEqualTo(UnitMention.Status.RESOLVED);
            out.addAll(m.units());
        }
        return out;
    }

    private Path export(Exporter exporter, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            exporter.export(
                    new ExportRequest(
                            store,
                            Optional.of(TestPortfolios.PLAN),
                            Lang.VI,
                            LocalDate.of(2021, 7, 20),
                            Optional.empty()),
                    out);
        }
        return file;
    }
}
