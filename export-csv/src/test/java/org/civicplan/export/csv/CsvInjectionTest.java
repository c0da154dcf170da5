package org.civicplan.export.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.civicplan.core.Lang;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.period.Period;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.spi.Exporter;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV injection"): by default written with a
 * leading single quote, so Excel and LibreOffice show them as text; raw on request.
 */
class CsvInjectionTest {
    private static InMemoryPortfolioStore storeWithTitle(String title) {
        InMemoryPortfolioStore store = InMemoryPortfolioStore.of(TestPortfolios.portfolio());
        Item one = store.items().get(ItemId.of("KH-186/1"));
        store.items().update(one.toBuilder().title(title).build());
        return store;
    }

    private static List<CSVRecord> export(Exporter exporter, InMemoryPortfolioStore store) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(
                new ExportRequest(store, Optional.empty(), Lang.VI, LocalDate.of(2022, 1, 10), Optional.empty()), out);
        return CsvExporterTest.parse(out.toByteArray());
    }

    private static String titleOf(List<CSVRecord> rows) {
        return rows.stream()
                .filter(r -> r.get(0).equals("KH-186/1"))
                .findFirst()
                .orElseThrow()
                .get(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"Bấm\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)"})
    void formulaLikeCellsAreNeutralisedByDefault(String title) throws IOException {
        assertThat(titleOf(export(new CsvExporter(), storeWithTitle(title)))).isEqualTo("'" + title);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"Bấm\")", "@SUM(A1:A9)"})
    void rawCellsAreWrittenAsIsOnRequest(String title) throws IOException {
        assertThat(titleOf(export(new CsvExporter(true), storeWithTitle(title))))
                .isEqualTo(title);
    }

    @Test
    void cellsBeginningWithATabOrCarriageReturnAreNeutralisedToo() {
        // titles are stripped by the model, but other text (a note, a source) reaches the printer as is
        assertThat(org.civicplan.export.csv.internal.CsvOutput.neutralise("\t=1+1"))
                .isEqualTo("'\t=1+1");
        assertThat(org.civicplan.export.csv.internal.CsvOutput.neutralise("\r=1+1"))
                .isEqualTo("'\r=1+1");
        assertThat(org.civicplan.export.csv.internal.CsvOutput.neutralise("+84 24 3825 6789"))
                .isEqualTo("'+84 24 3825 6789");
        assertThat(org.civicplan.export.csv.internal.CsvOutput.neutralise("-12.5"))
                .isEqualTo("-12.5");
        assertThat(org.civicplan.export.csv.internal.CsvOutput.neutralise("")).isEmpty();
    }

    @Test
    void ordinaryTextAndNumbersAreUntouched() throws IOException {
        assertThat(titleOf(export(new CsvExporter(), storeWithTitle("Đề án - giai đoạn 2"))))
                .isEqualTo("Đề án - giai đoạn 2");
        InMemoryPortfolioStore store = InMemoryPortfolioStore.of(TestPortfolios.portfolio());
        store.measurements()
                .record(new Measurement(
                        TestPortfolios.IND_INNOV,
                        Period.year(2022),
                        TestPortfolios.QCG,
                        MeasuredValue.count(-5),
                        Optional.of("=1+1")));
        List<CSVRecord> rows = export(new CsvMeasurementsExporter(), store);
        CSVRecord row = rows.stream()
                .filter(r -> r.get(1).equals("2022") && r.get(3).equals("QCG"))
                .findFirst()
                .orElseThrow();
        assertThat(row.get(5)).isEqualTo("-5"); // a number stays a number
        assertThat(row.get(8)).isEqualTo("'=1+1");
    }
}
