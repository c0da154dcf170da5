package org.civicplan.export.docx.guice;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import org.civicplan.core.export.Exporters;
import org.civicplan.core.guice.CivicPlan;
import org.civicplan.core.guice.CivicPlanModule;
import org.civicplan.export.docx.DocxExporter;
import org.civicplan.export.docx.DocxReviewExporter;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;

class DocxExportModuleTest {
    @Test
    void registersTheExporterUnderDocx() {
        Injector injector = CivicPlan.createInjector(new CivicPlanModule(TestPortfolios.HANOI), new DocxExportModule());
        assertThat(injector.getInstance(Exporters.class).get("docx")).isInstanceOf(DocxExporter.class);
        assertThat(injector.getInstance(Exporters.class).get("docx-review")).isInstanceOf(DocxReviewExporter.class);
    }
}
