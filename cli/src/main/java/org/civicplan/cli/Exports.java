package org.civicplan.cli;

import org.civicplan.core.export.Exporters;
import org.civicplan.export.csv.CsvExporter;
import org.civicplan.export.csv.CsvMeasurementsExporter;
import org.civicplan.export.docx.DocxExporter;
import org.civicplan.export.docx.DocxReviewExporter;
import org.civicplan.export.html.HtmlDashboardExporter;
import org.civicplan.export.xlsx.XlsxExporter;
import org.civicplan.export.xlsx.XlsxMeasurementsExporter;
import org.civicplan.storage.json.JsonExporter;

/** Every exporter the tool knows, by format name. */
final class Exports {
    private Exports() {}

    static Exporters all() {
        return Exporters.of(
                new XlsxExporter(),
                new XlsxMeasurementsExporter(),
                new CsvExporter(),
                new CsvMeasurementsExporter(),
                new JsonExporter(),
                new HtmlDashboardExporter(),
                new DocxExporter(),
                new DocxReviewExporter());
    }
}
