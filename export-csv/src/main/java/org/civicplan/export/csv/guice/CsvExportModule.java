package org.civicplan.export.csv.guice;

import static org.civicplan.core.guice.ExporterBinder.exporterBinder;

import com.google.inject.Binder;
import com.google.inject.Module;
import com.google.inject.Scopes;
import org.civicplan.export.csv.CsvExporter;
import org.civicplan.export.csv.CsvMeasurementsExporter;

/** Registers the CSV exporters under "csv" (appendix items) and "csv-measurements" (indicator values). */
public final class CsvExportModule implements Module {
    @Override
    public void configure(Binder binder) {
        binder.bind(CsvExporter.class).in(Scopes.SINGLETON);
        binder.bind(CsvMeasurementsExporter.class).in(Scopes.SINGLETON);
        exporterBinder(binder).addExporter(CsvExporter.FORMAT).to(CsvExporter.class);
        exporterBinder(binder).addExporter(CsvMeasurementsExporter.FORMAT).to(CsvMeasurementsExporter.class);
    }
}
