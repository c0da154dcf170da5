package org.civicplan.export.docx;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.io.OutputStream;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.spi.Exporter;
import org.civicplan.export.docx.internal.AppendixDocument;

/**
 * The plan appendix as a Word document ("docx") laid out as Decree 30/2020/NĐ-CP asks of
 * administrative documents: A4 landscape, Times New Roman, the regulation margins, page numbers
 * from the second page, "Phụ lục" heading and "(Kèm theo ...)" line, the table STT | Nhiệm vụ | Cơ
 * quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm | Cấp trình with Roman-numeral
 * section rows and its header row repeated on each page. The requested plan, or every plan (each
 * on new pages, numbered Phụ lục I, II, ...).
 */
public final class DocxExporter implements Exporter {
    public static final String FORMAT = "docx";

    @Inject
    public DocxExporter() {}

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
        new AppendixDocument(request).write(out);
    }
}
