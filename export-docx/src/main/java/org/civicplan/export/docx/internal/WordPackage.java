package org.civicplan.export.docx.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.civicplan.core.export.NonClosingOutputStream;
import org.civicplan.core.export.UnableToExportException;

/**
 * A Word package (docx) written as a stream: the fixed parts (content types, relationships, styles,
 * the page-number header), then {@code word/document.xml} with the body the caller writes straight
 * into the zip entry. The caller's stream is left open.
 */
final class WordPackage {
    private WordPackage() {}

    /** What writes the document's body. */
    interface Body {
        void write(WordBody body) throws IOException;
    }

    /** Writes the package; {@code vi}/{@code en} name the document in the error when writing fails. */
    static void write(OutputStream target, String vi, String en, Body content) {
        try {
            ZipOutputStream zip = new ZipOutputStream(new NonClosingOutputStream(target), StandardCharsets.UTF_8);
            Writer out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
            entry(zip, out, "[Content_Types].xml", Parts.CONTENT_TYPES);
            entry(zip, out, "_rels/.rels", Parts.ROOT_RELS);
            entry(zip, out, "word/_rels/document.xml.rels", Parts.DOCUMENT_RELS);
            entry(zip, out, "word/styles.xml", Parts.styles());
            entry(zip, out, "word/header1.xml", Parts.HEADER);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\""
                    + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\""
                    + "http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>");
            content.write(new WordBody(out));
            out.write("</w:body></w:document>");
            out.flush();
            zip.closeEntry();
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw UnableToExportException.writing(vi, en, e);
        }
    }

    private static void entry(ZipOutputStream zip, Writer out, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.flush();
        zip.closeEntry();
    }
}
