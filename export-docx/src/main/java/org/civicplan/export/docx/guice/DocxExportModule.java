package org.civicplan.export.docx.guice;

import static org.civicplan.core.guice.ExporterBinder.exporterBinder;

import com.google.inject.Binder;
import com.google.inject.Module;
import com.google.inject.Scopes;
import org.civicplan.export.docx.DocxExporter;

/** Registers the Word appendix exporter under "docx". */
public final class DocxExportModule implements Module {
    @Override
    public void configure(Binder binder) {
        binder.bind(DocxExporter.class).in(Scopes.SINGLETON);
        exporterBinder(binder).addExporter(DocxExporter.FORMAT).to(DocxExporter.class);
    }
}
