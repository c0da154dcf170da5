package org.civicplan.export.html;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.io.OutputStream;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.spi.Exporter;
import org.civicplan.export.html.internal.DashboardWriter;

/**
 * The dashboard ("html"): one self-contained HTML file that opens offline — inline CSS, inline SVG
 * charts, no external scripts, fonts or images. Per program: counts at a glance from the six-month
 * review, a timeline of items by deadline coloured by status, indicator progress bars against the
 * period's and the final target, the unit scorecard and the item list.
 *
 * <p>The review is the request's review period, else the latest half-year whose reporting window
 * has closed by the request's date. Vietnamese and English are both in the page; the request's
 * language shows first, a button (or {@code #en} / {@code #vi} after the file name) switches.
 * Prints on A4.
 */
public final class HtmlDashboardExporter implements Exporter {
    public static final String FORMAT = "html";

    @Inject
    public HtmlDashboardExporter() {}

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public String mediaType() {
        return "text/html; charset=UTF-8";
    }

    @Override
    public void export(ExportRequest request, OutputStream out) {
        requireNonNull(request, "request is null");
        requireNonNull(out, "out is null");
        new DashboardWriter(request).write(out);
    }
}
