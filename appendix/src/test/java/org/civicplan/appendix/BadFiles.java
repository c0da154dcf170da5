package org.civicplan.appendix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Bad files made from a good one, as officials' tools make them: encrypted, old binary, padded. */
final class BadFiles {
    private BadFiles() {}

    /** {@code plain} (an .xlsx or .docx) saved with a password, as Excel and Word do (agile encryption). */
    static Path encrypted(Path plain, Path to) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("mat-khau");
            OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
            try (OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            } finally {
                opc.revert();
            }
            try (OutputStream out = Files.newOutputStream(to)) {
                fs.writeFilesystem(out);
            }
        }
        return to;
    }

    /** An Excel 97-2003 workbook. */
    static Path oldXls(Path to) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook();
                OutputStream out = Files.newOutputStream(to)) {
            wb.createSheet("Phụ lục").createRow(0).createCell(0).setCellValue("STT");
            wb.write(out);
        }
        return to;
    }

    /** The container of a Word 97-2003 file: an OLE2 file system with a "WordDocument" stream. */
    static Path oldDoc(Path to) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem();
                OutputStream out = Files.newOutputStream(to)) {
            fs.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
            fs.writeFilesystem(out);
        }
        return to;
    }

    /** A copy of the package with one more part. */
    static Path withPart(Path from, Path to, String name, byte[] content) throws IOException {
        return copy(from, to, Map.of(), Map.of(name, content));
    }

    /**
     * A copy of the package with one part's text edited; the edit must change it and the part must be
     * there.
     */
    static Path withPartEdited(Path from, Path to, String part, UnaryOperator<String> edit) throws IOException {
        return copy(from, to, Map.of(part, edit), Map.of());
    }

    /**
     * The Word document saved as Word saves a macro-enabled one (.docm): the main part's content type
     * is the macro-enabled one and a VBA project part is added.
     */
    static Path macroEnabledDocument(Path docx, Path to) throws IOException {
        UnaryOperator<String> macroTypes = xml -> xml.replace(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                        "application/vnd.ms-word.document.macroEnabled.main+xml")
                .replace(
                        "<Default ",
                        "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"
                                + "<Default ");
        return copy(
                docx, to, Map.of("[Content_Types].xml", macroTypes), Map.of("word/vbaProject.bin", new byte[] {1, 2, 3
                }));
    }

    private static Path copy(Path from, Path to, Map<String, UnaryOperator<String>> edits, Map<String, byte[]> added)
            throws IOException {
        Set<String> edited = new HashSet<>();
        try (ZipFile zip = new ZipFile(from.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream in = zip.getInputStream(e)) {
                    UnaryOperator<String> edit = edits.get(e.getName());
                    if (edit == null) {
                        in.transferTo(out);
                    } else {
                        String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        String changed = edit.apply(xml);
                        assertThat(changed)
                                .as("the edit of " + e.getName() + " applies")
                                .isNotEqualTo(xml);
                        out.write(changed.getBytes(StandardCharsets.UTF_8));
                        edited.add(e.getName());
                    }
                }
                out.closeEntry();
            }
            assertThat(edited).as("parts edited").isEqualTo(edits.keySet());
            for (Map.Entry<String, byte[]> part : added.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                out.write(part.getValue());
                out.closeEntry();
            }
        }
        return to;
    }

    /** 8 MB of zeros in a few kilobytes: far past the 1:100 compression ratio allowed. */
    static Path zipBomb(Path from, Path to) throws IOException {
        return withPart(from, to, "xl/media/padding.bin", new byte[8 << 20]);
    }
}
