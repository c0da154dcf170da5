package org.civicplan.export.xlsx.guice;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import org.civicplan.core.export.Exporters;
import org.civicplan.core.guice.CivicPlan;
import org.civicplan.core.guice.CivicPlanModule;
import org.civicplan.export.xlsx.XlsxExporter;
import org.civicplan.export.xlsx.XlsxMeasurementsExporter;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;

class XlsxExportModuleTest {
    @Test
    void registersTheExporterUnderXlsx() {
        Injector injector = CivicPlan.createInjector(new CivicPlanModule(TestPortfolios.HANOI), new XlsxExportModule());
        Exporters exporters = injector.getInstance(Exporters.class);
        assertThat(exporters.formats()).contains("xlsx");
        assertThat(exporters.get("xlsx")).isInstanceOf(XlsxExporter.class);
        assertThat(injector.getInstance(XlsxExporter.class)).isSameAs(exporters.get("xlsx"));
    }

    @Test
    void registersTheMeasurementExporterUnderXlsxMeasurements() {
        Injector injector = CivicPlan.createInjector(new CivicPlanModule(TestPortfolios.HANOI), new XlsxExportModule());
        Exporters exporters = injector.getInstance(Exporters.class);
        assertThat(exporters.formats()).contains("xlsx", "xlsx-measurements");
        assertThat(exporters.get("xlsx-measurements")).isInstanceOf(XlsxMeasurementsExporter.class);
        assertThat(injector.getInstance(XlsxMeasurementsExporter.class)).isSameAs(exporters.get("xlsx-measurements"));
    }
}
