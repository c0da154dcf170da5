package org.civicplan.appendix.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.civicplan.appendix.Location;
import org.civicplan.appendix.Problem;
import org.civicplan.appendix.ReadLimits;
import org.civicplan.appendix.UnableToReadAppendixException;
import org.civicplan.core.Message;

/**
 * Looks at a file before any reader opens it: an encrypted or old binary Office file is refused
 * with what to do; a zip package is unpacked once, discarding, with every part's real size and
 * compression ratio checked against the limits (a part's declared size can lie); what is left is an
 * xlsx or a docx, and macros in it are reported (only values are read).
 */
final class FileGuard {
    enum Kind {
        XLSX,
        DOCX
    }

    /**
     * What the guard found: the kind of file, and the worksheet parts it scanned for merged regions
     * and hidden columns as it unpacked them (by part name; a part missing here is scanned by the
     * reader itself).
     */
    record Inspection(Kind kind, Map<String, SheetScan> sheets) {}

    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final long RATIO_GRACE = 1L << 20;

    private FileGuard() {}

    static Kind inspect(Path file, ReadLimits limits, RowSink sink) {
        return examine(file, limits, sink, false).kind();
    }

    /** {@link #inspect}, the worksheet parts also scanned as they are unpacked. */
    static Inspection inspectScanning(Path file, ReadLimits limits, RowSink sink) {
        return examine(file, limits, sink, true);
    }

    private static Inspection examine(Path file, ReadLimits limits, RowSink sink, boolean scanSheets) {
        Location at = Location.ofFile(file.getFileName().toString());
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UnableToReadAppendixException(
                    at,
                    Message.of(
                            "không tìm thấy hoặc không đọc được tệp — kiểm tra đường dẫn",
                            "the file does not exist or cannot be read — check the path"));
        }
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 8);
        } catch (IOException e) {
            throw unreadable(at, e);
        }
        if (n == 8 && java.util.Arrays.equals(head, OLE2)) {
            throw ole2(file, at);
        }
        if (n < 4 || head[0] != 'P' || head[1] != 'K') {
            throw new UnableToReadAppendixException(
                    at,
                    Message.of(
                            "không phải tệp Excel (.xlsx) hay Word (.docx) — lưu phụ lục dưới dạng .xlsx hoặc .docx rồi nhập lại",
                            "not an Excel (.xlsx) or Word (.docx) file — save the appendix as .xlsx or .docx and import again"));
        }
        return unpackChecked(file, limits, at, sink, scanSheets);
    }

    private static Inspection unpackChecked(
            Path file, ReadLimits limits, Location at, RowSink sink, boolean scanSheets) {
        boolean workbook = false;
        boolean document = false;
        boolean macros = false;
        Map<String, SheetScan> sheets = new HashMap<>();
        Counter counter = new Counter(limits, at);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                workbook |= name.equals("xl/workbook.xml");
                document |= name.equals("word/document.xml");
                macros |= name.endsWith("vbaProject.bin");
                try (InputStream in = counter.part(name, zip.getInputStream(e))) {
                    if (scanSheets && name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
                        SheetScan scan = SheetScan.ofBytes(in);
                        if (scan != null) {
                            sheets.put(name, scan);
                        }
                    }
                    in.transferTo(OutputStream.nullOutputStream());
                }
                long size = counter.size;
                long packed = e.getCompressedSize();
                if (size > RATIO_GRACE && packed >= 0 && (double) packed / size < limits.minInflateRatio()) {
                    throw new UnableToReadAppendixException(
                            at,
                            Message.of(
                                    "phần \"" + name + "\" nén bất thường (" + size + " byte từ " + packed
                                            + " byte): có thể là tệp \"bom zip\"; tệp bị từ chối — mở bằng Office, lưu lại rồi nhập lại",
                                    "part \"" + name + "\" is abnormally compressed (" + size + " bytes from " + packed
                                            + " bytes): possibly a zip bomb; the file is refused — open it in Office, save it and import again"));
                }
            }
        } catch (ZipException e) {
            throw new UnableToReadAppendixException(
                    at,
                    Message.of(
                            "tệp nén bị hỏng, không mở được — lưu lại tệp bằng Excel hoặc Word rồi nhập lại",
                            "the file's zip package is damaged — save it again from Excel or Word and import again"),
                    e);
        } catch (IOException e) {
            throw unreadable(at, e);
        }
        if (macros) {
            sink.problem(Problem.warning(
                    at,
                    "tệp có macro (VBA); macro không được chạy, chỉ đọc giá trị trong bảng",
                    "the file contains macros (VBA); they are not run, only the table's values are read"));
        }
        if (workbook) {
            return new Inspection(Kind.XLSX, sheets);
        }
        if (document) {
            return new Inspection(Kind.DOCX, Map.of());
        }
        throw new UnableToReadAppendixException(
                at,
                Message.of(
                        "tệp nén không phải bảng tính Excel hay văn bản Word — lưu phụ lục dưới dạng .xlsx hoặc .docx",
                        "the zip file is neither an Excel workbook nor a Word document — save the appendix as .xlsx or .docx"));
    }

    /**
     * Counts the bytes unpacked, part by part and in all, and refuses the file as soon as a count
     * passes its limit (a part's declared size can lie).
     */
    private static final class Counter {
        private final ReadLimits limits;
        private final Location at;
        private long size;
        private long total;

        Counter(ReadLimits limits, Location at) {
            this.limits = limits;
            this.at = at;
        }

        InputStream part(String name, InputStream in) {
            size = 0;
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        count(name, 1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int r = super.read(b, off, len);
                    if (r > 0) {
                        count(name, r);
                    }
                    return r;
                }
            };
        }

        private void count(String name, int bytes) {
            size += bytes;
            total += bytes;
            if (size > limits.maxEntryBytes() || total > limits.maxTotalBytes()) {
                throw tooLarge(at, name, limits);
            }
        }
    }

    private static UnableToReadAppendixException ole2(Path file, Location at) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return new UnableToReadAppendixException(
                        at,
                        Message.of(
                                "tệp được bảo vệ bằng mật khẩu (mã hóa) — mở tệp, bỏ mật khẩu, lưu lại rồi nhập lại",
                                "the file is password-protected (encrypted) — open it, remove the password, save and import again"));
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return new UnableToReadAppendixException(
                        at,
                        Message.of(
                                "tệp Excel cũ (.xls) không được hỗ trợ — mở bằng Excel và lưu dưới dạng .xlsx rồi nhập lại",
                                "old Excel files (.xls) are not supported — open it in Excel, save as .xlsx and import again"));
            }
            if (root.hasEntry("WordDocument")) {
                return new UnableToReadAppendixException(
                        at,
                        Message.of(
                                "tệp Word cũ (.doc) không được hỗ trợ — mở bằng Word và lưu dưới dạng .docx rồi nhập lại",
                                "old Word files (.doc) are not supported — open it in Word, save as .docx and import again"));
            }
        } catch (IOException | RuntimeException e) {
            return new UnableToReadAppendixException(
                    at,
                    Message.of(
                            "tệp Office dạng nhị phân cũ bị hỏng hoặc không rõ loại — lưu dưới dạng .xlsx hoặc .docx",
                            "a damaged or unknown old binary Office file — save it as .xlsx or .docx"),
                    e);
        }
        return new UnableToReadAppendixException(
                at,
                Message.of(
                        "tệp Office dạng nhị phân cũ không được hỗ trợ — lưu dưới dạng .xlsx hoặc .docx rồi nhập lại",
                        "old binary Office files are not supported — save as .xlsx or .docx and import again"));
    }

    private static UnableToReadAppendixException tooLarge(Location at, String part, ReadLimits limits) {
        return new UnableToReadAppendixException(
                at,
                Message.of(
                        "phần \"" + part + "\" vượt giới hạn kích thước (" + limits.maxEntryBytes() + " byte mỗi phần, "
                                + limits.maxTotalBytes()
                                + " byte tổng): tệp bị từ chối — chia phụ lục thành nhiều tệp nhỏ hơn",
                        "part \"" + part + "\" exceeds the size limits (" + limits.maxEntryBytes() + " bytes a part, "
                                + limits.maxTotalBytes()
                                + " bytes in all): the file is refused — split the appendix into smaller files"));
    }

    static UnableToReadAppendixException unreadable(Location at, Exception e) {
        return new UnableToReadAppendixException(
                at,
                Message.of(
                        "không đọc được tệp: " + e.getMessage() + " — kiểm tra tệp có mở được bằng Office không",
                        "could not read the file: " + e.getMessage() + " — check that it opens in Office"),
                e);
    }
}
