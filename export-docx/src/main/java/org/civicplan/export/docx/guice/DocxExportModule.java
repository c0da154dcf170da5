package org.civicplan.export.docx.guice;

import static org.civicplan.core.guice.ExporterBinder.exporterBinder;

import com.google.inject.Binder;
import com.google.inject.Module;
import com.google.inject.Scopes;
import org.civicplan.export.docx.DocxExporter;
import org.civicplan.export.docx.DocxReviewExporter;

/** Registers the Word appendix exporter under "docx" and the Word review report under "docx-review". */
public final class DocxExportModule implements Module {
    @Override
    public void configure(Binder binder) {
        binder.bind(DocxExporter.class).in(Scopes.SINGLETON);
        exporterBinder(binder).addExporter(DocxExporter.FORMAT).to(DocxExporter.class);
        binder.bind(DocxReviewExporter.class).in(Scopes.SINGLETON);
        exporterBinder(binder).addExporter(DocxReviewExporter.FORMAT).to(DocxReviewExporter.class);
    }
}
