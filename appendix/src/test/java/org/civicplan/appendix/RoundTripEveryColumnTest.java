package org.civicplan.appendix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.civicplan.core.Lang;
import org.civicplan.core.export.AppendixSection;
import org.civicplan.core.export.ItemText;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.spi.Exporter;
import org.civicplan.export.docx.DocxExporter;
import org.civicplan.export.xlsx.XlsxExporter;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The texts of civicplan's own appendix exports read back as written, column by column, beside what
 * RoundTripTest checks (the values read from them): the deadline, coordinating units and approval
 * level as printed, and the workbook's optional columns (funding in đồng, funding sources, related
 * indicators, status as of the export date) and its "Tổng kinh phí" row. Illustrative data (the test
 * portfolio).
 */
class RoundTripEveryColumnTest {
    private static final LocalDate AS_OF = LocalDate.of(2021, 7, 20);

    private final InMemoryPortfolioStore store = InMemoryPortfolioStore.of(TestPortfolios.portfolio());
    private final UnitDirectory units = store.units().directory();
    private final AppendixReader reader = new AppendixReader(units);

    @TempDir
    Path dir;

    @Test
    void xlsxEveryColumnReadsBackAsPrinted() throws IOException {
        Path file = export(new XlsxExporter(), "appendix.xlsx");
        Collected read = Collected.read(reader.withSheets(name -> name.equals("Phụ lục")), file);
        assertThat(read.tables.get(0).columns())
                .containsKeys(
                        Field.NUMBER,
                        Field.TASK,
                        Field.LEAD,
                        Field.COORDINATING,
                        Field.DEADLINE,
                        Field.PRODUCT,
                        Field.APPROVAL,
                        Field.FUNDING,
                        Field.FUNDING_SOURCE,
                        Field.INDICATORS,
                        Field.STATUS);
        List<Item> ordered = ordered();
        List<AppendixItem> got = read.items();
        assertThat(got).hasSize(ordered.size());
        BigInteger total = BigInteger.ZERO;
        for (int i = 0; i < ordered.size(); i++) {
            Item want = ordered.get(i);
            AppendixItem row = got.get(i);
            assertPrinted(row, want);
            BigInteger dong = want.assignment().resources().total().dong();
            total = total.add(dong);
            assertThat(row.text(Field.FUNDING))
                    .as("funding of " + want.id())
                    .isEqualTo(dong.signum() == 0 ? "" : dong.toString());
            assertThat(row.text(Field.FUNDING_SOURCE)).isEqualTo(ItemText.fundingSources(want, Lang.VI));
            StringJoiner codes = new StringJoiner(", ");
            want.indicators().forEach(c -> codes.add(c.value()));
            assertThat(row.text(Field.INDICATORS)).isEqualTo(codes.toString());
            assertThat(row.text(Field.STATUS)).isEqualTo(want.stateOn(AS_OF).label(Lang.VI));
        }
        assertThat(total).as("the portfolio has funding to total").isPositive();
        String totalRow = "Tổng kinh phí | " + total;
        assertThat(read.rows)
                .filteredOn(r -> r instanceof AppendixRow.Total)
                .singleElement()
                .satisfies(t -> assertThat(((AppendixRow.Total) t).text()).isEqualTo(totalRow));
        assertThat(read.summary.problems()).noneMatch(Problem::isError);
    }

    @Test
    void docxEveryColumnReadsBackAsPrinted() throws IOException {
        Path file = export(new DocxExporter(), "appendix.docx");
        Collected read = Collected.read(reader, file);
        List<Item> ordered = ordered();
        List<AppendixItem> got = read.items();
        assertThat(got).hasSize(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            assertPrinted(got.get(i), ordered.get(i));
        }
        assertThat(read.summary.problems()).noneMatch(Problem::isError);
    }

    private void assertPrinted(AppendixItem row, Item want) {
        assertThat(row.deadline().written()).as("deadline of " + want.id()).isEqualTo(ItemText.deadline(want, Lang.VI));
        // the exports print one unit a line
        assertThat(row.text(Field.COORDINATING))
                .isEqualTo(ItemText.unitNames(units, want.assignment().coordinatingUnits(), "\n"));
        assertThat(row.text(Field.LEAD))
                .isEqualTo(ItemText.unitNames(units, want.assignment().leadUnits(), "\n"));
        assertThat(row.text(Field.APPROVAL))
                .isEqualTo(want.approvalLevel().map(a -> a.label(Lang.VI)).orElse(""));
        assertThat(row.extra()).as("no column left unrecognised").isEmpty();
    }

    private List<Item> ordered() {
        Plan plan = store.plans().find(TestPortfolios.PLAN).orElseThrow();
        List<Item> ordered = new ArrayList<>();
        for (AppendixSection s : AppendixSection.of(plan, store.items().byPlan(plan.id()), Lang.VI)) {
            ordered.addAll(s.items());
        }
        return ordered;
    }

    private Path export(Exporter exporter, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            exporter.export(
                    new ExportRequest(store, Optional.of(TestPortfolios.PLAN), Lang.VI, AS_OF, Optional.empty()), out);
        }
        return file;
    }
}
