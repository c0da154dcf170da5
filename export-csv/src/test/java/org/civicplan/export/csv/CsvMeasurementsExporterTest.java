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
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;

class CsvMeasurementsExporterTest {
    @Test
    void everyMeasurementOneRowEach() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvMeasurementsExporter()
                .export(
                        new ExportRequest(
                                InMemoryPortfolioStore.of(TestPortfolios.portfolio()),
                                Optional.empty(),
                                Lang.VI,
                                LocalDate.of(2022, 1, 10),
                                Optional.empty()),
                        out);
        List<CSVRecord> records = CsvExporterTest.parse(out.toByteArray());
        assertThat(records).hasSize(1 + TestPortfolios.measurements().size());
        assertThat(records.get(0).toList()).isEqualTo(CsvMeasurementsExporter.header(Lang.VI));
        CSVRecord tfp = records.stream()
                .filter(r -> r.get(0).equals("CT07-01") && r.get(1).equals("2021-H2"))
                .findFirst()
                .orElseThrow();
        assertThat(tfp.get(2)).isEqualTo("6 tháng cuối năm 2021");
        assertThat(tfp.get(3)).isEqualTo("SKHCN");
        assertThat(tfp.get(5)).isEqualTo("43");
        assertThat(tfp.get(6)).isEqualTo("86");
        assertThat(tfp.get(7)).isEqualTo("200");
        CSVRecord innov = records.stream()
                .filter(r -> r.get(0).equals("CT07-02") && r.get(3).equals("SKHCN"))
                .findFirst()
                .orElseThrow();
        assertThat(innov.get(5)).isEqualTo("120");
        assertThat(innov.get(8)).isEqualTo("Báo cáo số 12/BC-SKHCN");
    }

    @Test
    void registeredUnderItsOwnName() {
        assertThat(new CsvMeasurementsExporter().format()).isEqualTo("csv-measurements");
    }
}
