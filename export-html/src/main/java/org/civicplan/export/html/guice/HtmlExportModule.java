package org.civicplan.export.html.guice;

import static org.civicplan.core.guice.ExporterBinder.exporterBinder;

import com.google.inject.Binder;
import com.google.inject.Module;
import com.google.inject.Scopes;
import org.civicplan.export.html.HtmlDashboardExporter;

/** Registers the dashboard exporter under "html". */
public final class HtmlExportModule implements Module {
    @Override
    public void configure(Binder binder) {
        binder.bind(HtmlDashboardExporter.class).in(Scopes.SINGLETON);
        exporterBinder(binder).addExporter(HtmlDashboardExporter.FORMAT).to(HtmlDashboardExporter.class);
    }
}
