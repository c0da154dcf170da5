package org.civicplan.export.csv.guice;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import org.civicplan.core.export.Exporters;
import org.civicplan.core.guice.CivicPlan;
import org.civicplan.core.guice.CivicPlanModule;
import org.civicplan.export.csv.CsvExporter;
import org.civicplan.export.csv.CsvMeasurementsExporter;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;

class CsvExportModuleTest {
    @Test
    void registersBothCsvExporters() {
        Injector injector = CivicPlan.createInjector(new CivicPlanModule(TestPortfolios.HANOI), new CsvExportModule());
        Exporters exporters = injector.getInstance(Exporters.class);
        assertThat(exporters.formats()).contains("csv", "csv-measurements");
        assertThat(exporters.get("csv")).isInstanceOf(CsvExporter.class);
        assertThat(exporters.get("csv-measurements")).isInstanceOf(CsvMeasurementsExporter.class);
    }
}
