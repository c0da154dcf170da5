package org.civicplan.export.xlsx.guice;

import static org.civicplan.core.guice.ExporterBinder.exporterBinder;

import com.google.inject.Binder;
import com.google.inject.Module;
import com.google.inject.Scopes;
import org.civicplan.export.xlsx.XlsxExporter;
import org.civicplan.export.xlsx.XlsxMeasurementsExporter;

/**
 * Registers the spreadsheet exporters under "xlsx" (appendix, review and indicator sheets) and
 * "xlsx-measurements" (every indicator value).
 */
public final class XlsxExportModule implements Module {
    @Override
    public void configure(Binder binder) {
        binder.bind(XlsxExporter.class).in(Scopes.SINGLETON);
        binder.bind(XlsxMeasurementsExporter.class).in(Scopes.SINGLETON);
        exporterBinder(binder).addExporter(XlsxExporter.FORMAT).to(XlsxExporter.class);
        exporterBinder(binder).addExporter(XlsxMeasurementsExporter.FORMAT).to(XlsxMeasurementsExporter.class);
    }
}
