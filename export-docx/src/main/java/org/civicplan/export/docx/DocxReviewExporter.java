package org.civicplan.export.docx;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.io.OutputStream;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.spi.Exporter;
import org.civicplan.export.docx.internal.ReviewDocument;

/**
 * The review report (sơ kết for a half-year or a year, tổng kết over several years) as a draft Word
 * document in the Decree 30/2020/NĐ-CP layout of a report: heading block, "BÁO CÁO" and its
 * subject, I. results (items by status, indicators against targets), II. shortcomings (overdue
 * items, units that did not report, indicators off track or at risk), III. tasks for the next period
 * (items due in it), recipients and signature, then the appendix tables (items, indicators, units)
 * on landscape pages. The number line, place and date are left for the office to fill in. One report
 * per program in scope; the period is the request's, else the latest closed half-year.
 */
public final class DocxReviewExporter implements Exporter {
    public static final String FORMAT = "docx-review";

    @Inject
    public DocxReviewExporter() {}

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String fileExtension() {
        return "docx";
    }

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }

    @Override
    public void export(ExportRequest request, OutputStream out) {
        requireNonNull(request, "request is null");
        requireNonNull(out, "out is null");
        new ReviewDocument(request).write(out);
    }
}
