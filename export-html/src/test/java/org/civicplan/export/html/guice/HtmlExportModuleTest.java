package org.civicplan.export.html.guice;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import org.civicplan.core.export.Exporters;
import org.civicplan.core.guice.CivicPlan;
import org.civicplan.core.guice.CivicPlanModule;
import org.civicplan.export.html.HtmlDashboardExporter;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;

class HtmlExportModuleTest {
    @Test
    void registersTheDashboardUnderHtml() {
        Injector injector = CivicPlan.createInjector(new CivicPlanModule(TestPortfolios.HANOI), new HtmlExportModule());
        Exporters exporters = injector.getInstance(Exporters.class);
        assertThat(exporters.get("html")).isInstanceOf(HtmlDashboardExporter.class);
    }
}
