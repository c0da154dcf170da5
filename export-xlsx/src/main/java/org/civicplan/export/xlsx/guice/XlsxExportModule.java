package org.civicplan.export.xlsx.guice;

import static org.civicplan.core.guice.ExporterBinder.exporterBinder;

import com.google.inject.Binder;
import com.google.inject.Module;
import com.google.inject.Scopes;
import org.civicplan.export.xlsx.XlsxExporter;

/** Registers the spreadsheet exporter under "xlsx". */
public final class XlsxExportModule implements Module {
    @Override
    public void configure(Binder binder) {
        binder.bind(XlsxExporter.class).in(Scopes.SINGLETON);
        exporterBinder(binder).addExporter(XlsxExporter.FORMAT).to(XlsxExporter.class);
    }
}
