package org.civicplan.benchmarks;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.civicplan.appendix.AppendixItem;
import org.civicplan.appendix.AppendixReader;
import org.civicplan.appendix.AppendixSummary;
import org.civicplan.appendix.ReadLimits;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.UnitDirectory;

/**
 * Issue 16's "memory flat in the number of rows": {@link AppendixBenchmark}'s appendix layout with
 * 10^4, 10^5 and 10^6 items, each read by {@link AppendixReader} in a child JVM with a small heap
 * ({@code -Xmx64m} unless given), which prints the live heap (the most in use right after ten full
 * collections spread over the read), the most in use after any collection (young ones included, as
 * {@link MemoryCheck} measures it; dead objects left in the old generation count there) and the
 * time. The size limits are raised for the check (10^6 rows are over 200 MB unpacked, the default
 * part limit). The STT and task texts, distinct in every row, are written inline in their cells: in
 * the shared-string table fastexcel-reader would keep every one it has read (its {@code SST} cache),
 * which grows with the rows for any reader built on it, the plain pass included (a first run with the
 * STT shared held 222,000 strings, about 14 MB, midway through 10^6 rows). Generated, illustrative
 * texts.
 *
 * <p>With {@code --docx} the same appendix is a Word document ({@link #writeDocx}), read through the
 * docx path (POI opens the package, the main part is streamed with StAX).
 *
 * <p>{@code java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
 * org.civicplan.benchmarks.AppendixMemory [heap] [items...] [--docx]}
 */
public final class AppendixMemory {
    private AppendixMemory() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length > 0 && args[0].equals("--child")) {
            child(Path.of(args[1]), Integer.parseInt(args[2]));
            return;
        }
        String heap = args.length > 0 ? args[0] : "-Xmx64m";
        List<Integer> sizes = new ArrayList<>();
        boolean docx = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--docx")) {
                docx = true;
            } else {
                sizes.add(Integer.parseInt(args[i]));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(10_000, 100_000, 1_000_000);
        }
        for (int items : sizes) {
            Path file = Files.createTempFile("civicplan-appendix-memory-", docx ? ".docx" : ".xlsx");
            try {
                if (docx) {
                    writeDocx(file, PortfolioGenerator.units(), items);
                } else {
                    AppendixBenchmark.write(file, PortfolioGenerator.units(), items, true);
                }
                String java =
                        Path.of(System.getProperty("java.home"), "bin", "java").toString();
                Process p = new ProcessBuilder(
                                java,
                                heap,
                                "-cp",
                                System.getProperty("java.class.path"),
                                AppendixMemory.class.getName(),
                                "--child",
                                file.toString(),
                                Integer.toString(items))
                        .redirectErrorStream(true)
                        .start();
                String last = "";
                List<String> lines = new ArrayList<>();
                try (BufferedReader r =
                        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        last = line;
                        lines.add(line);
                    }
                }
                int exit = p.waitFor();
                System.out.println(String.format(
                        Locale.ROOT,
                        "%,9d items, %5.1f MB file, %s: %s",
                        items,
                        Files.size(file) / 1e6,
                        heap,
                        exit == 0 ? last : "FAILED (exit " + exit + "): " + String.join("\n", lines)));
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    /**
     * The same appendix as a Word document: one table, a header row, a merged section row every 500
     * items, written part by part straight into the zip (a minimal package: content types, the
     * package relationship, the main document).
     */
    static void writeDocx(Path file, List<OrgUnit> units, int items) throws IOException {
        List<OrgUnit> departments =
                units.stream().filter(u -> u.name().startsWith("Sở ")).toList();
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)));
                Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>");
            out.flush();
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            out.flush();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:tbl>");
            docxRow(
                    out,
                    0,
                    "STT",
                    "Nội dung nhiệm vụ",
                    "Cơ quan chủ trì",
                    "Cơ quan phối hợp",
                    "Thời gian hoàn thành",
                    "Sản phẩm");
            for (int i = 0; i < items; i++) {
                if (i % 500 == 0) {
                    out.write("<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"6\"/></w:tcPr><w:p><w:r><w:t>"
                            + "Phần " + (i / 500 + 1) + ". Nhóm nhiệm vụ " + (i / 500 + 1)
                            + "</w:t></w:r></w:p></w:tc></w:tr>");
                }
                OrgUnit lead = departments.get(i % departments.size());
                OrgUnit other = departments.get((i * 7 + 3) % departments.size());
                docxRow(
                        out,
                        i + 1,
                        Integer.toString(i + 1),
                        "Xây dựng và triển khai nhiệm vụ số " + (i + 1) + " về chuyển đổi số",
                        lead.name(),
                        other.name() + "; các sở, ban, ngành liên quan",
                        "Quý " + new String[] {"I", "II", "III", "IV"}[i % 4] + "/" + (2022 + i % 3),
                        "Báo cáo kết quả, Quyết định số " + (100 + i % 900) + "/QĐ-UBND");
            }
            out.write("</w:tbl><w:p/></w:body></w:document>");
            out.flush();
            zip.closeEntry();
        }
    }

    private static void docxRow(Writer out, int row, String... cells) throws IOException {
        out.write("<w:tr>");
        for (String cell : cells) {
            out.write("<w:tc><w:p><w:r><w:t xml:space=\"preserve\">");
            out.write(cell.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
            out.write("</w:t></w:r></w:p></w:tc>");
        }
        out.write("</w:tr>");
    }

    private static void child(Path file, int items) {
        // the default limits refuse a sheet part over 200 MB unpacked, which 10^6 rows are: raised here
        AppendixReader reader = new AppendixReader(UnitDirectory.of(PortfolioGenerator.units()))
                .withLimits(new ReadLimits(4L << 30, 8L << 30, 0.01, 10_000));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peakAfterGc = new AtomicLong();
        MemoryCheck.listenToCollections(peakAfterGc);
        long started = System.nanoTime();
        long[] read = {0};
        // ten full collections during the read, evenly spread: the heap left in use is what the reading keeps
        long[] live = {0};
        int every = Math.max(1, items / 10);
        AppendixSummary summary = reader.read(file, row -> {
            if (row instanceof AppendixItem && ++read[0] % every == 0) {
                System.gc();
                live[0] = Math.max(live[0], memory.getHeapMemoryUsage().getUsed());
            }
        });
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (read[0] != items || summary.items() != items) {
            System.out.println("read " + read[0] + " items of " + items);
            System.exit(3);
        }
        System.out.println(String.format(
                Locale.ROOT,
                "read in %,d ms (10 full GCs included); live heap at most %.1f MB (%.1f MB before reading);"
                        + " heap after any GC at most %.1f MB; %d problems",
                millis,
                live[0] / 1e6,
                baseline / 1e6,
                peakAfterGc.get() / 1e6,
                summary.problems().size()));
    }
}
