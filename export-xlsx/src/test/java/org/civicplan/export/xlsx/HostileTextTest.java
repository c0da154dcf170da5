package org.civicplan.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.civicplan.core.Lang;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.testing.TestPortfolios;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Text that broke the workbook (issue 19): a title long enough to need a row taller than Excel's
 * 409 points crashed the whole export; characters XML cannot carry must not reach the sheet XML.
 */
class HostileTextTest {
    private static byte[] export(String title) {
        InMemoryPortfolioStore store = InMemoryPortfolioStore.of(TestPortfolios.portfolio());
        Item one = store.items().get(ItemId.of("KH-186/1"));
        store.items().update(one.toBuilder().title(title).build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExporter()
                .export(
                        new ExportRequest(
                                store, Optional.empty(), Lang.VI, LocalDate.of(2021, 7, 20), Optional.empty()),
                        out);
        return out.toByteArray();
    }

    private static List<Double> rowHeights(byte[] xlsx) throws IOException {
        List<Double> heights = new ArrayList<>();
        Pattern ht = Pattern.compile("<row[^>]* ht=\"([0-9.]+)\"");
        for (var part : parts(xlsx).entrySet()) {
            if (part.getKey().startsWith("xl/worksheets/")) {
                Matcher m = ht.matcher(part.getValue());
                while (m.find()) {
                    heights.add(Double.parseDouble(m.group(1)));
                }
            }
        }
        return heights;
    }

    /** The XML parts of the workbook by name. */
    private static java.util.Map<String, String> parts(byte[] xlsx) throws IOException {
        java.util.Map<String, String> parts = new java.util.TreeMap<>();
        // from a file: fastexcel's entries carry their sizes after the data, which ZipInputStream refuses
        java.nio.file.Path file = java.nio.file.Files.createTempFile("hostile", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    parts.put(e.getName(), new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        return parts;
    }

    /** Every cell text of every sheet. */
    private static List<String> texts(byte[] xlsx) throws IOException {
        List<String> out = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (org.dhatim.fastexcel.reader.Sheet sheet : wb.getSheets().toList()) {
                for (org.dhatim.fastexcel.reader.Row row : sheet.read()) {
                    out.addAll(XlsxExporterTest.texts(row));
                }
            }
        }
        return out;
    }

    @Test
    void aVeryLongTitleGivesAWorkbookWithRowsWithinExcelsMaximum() throws IOException {
        String title = "Xây dựng và triển khai Đề án đổi mới sáng tạo ".repeat(60); // about 2,800 characters
        byte[] xlsx = export(title.strip());
        assertThat(rowHeights(xlsx)).isNotEmpty().allSatisfy(h -> assertThat(h).isLessThanOrEqualTo(409.0));
        assertThat(rowHeights(xlsx)).contains(409.0);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheets().count()).isGreaterThan(1);
        }
        assertThat(texts(xlsx)).anyMatch(t -> t.contains(title.strip()));
    }

    @Test
    void charactersXmlCannotCarryNeverReachTheSheet() throws IOException {
        byte[] xlsx = export("Đề án \uFFFE\uFFFF \uD800 cuối");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheets().count()).isGreaterThan(1);
        }
        String cell =
                texts(xlsx).stream().filter(t -> t.contains("cuối")).findFirst().orElseThrow();
        assertThat(cell).doesNotContain("\uFFFE", "\uFFFF", "\uD800").contains("\uFFFD");
    }

    @Test
    void longTextsAreWrittenInTheSheetAndShortOnesShared() throws IOException {
        // A whole portfolio's titles nearly never repeat: kept as shared strings, fastexcel held them
        // all in memory until the workbook was finished (issue 20, the whole workbook at -Xmx256m).
        // illustrative title; the sheet XML escapes non-ASCII letters, so its ASCII mark is looked for
        String title = "Đề án số hoá hồ sơ lưu trữ giai đoạn 2023-2025, mark INLINE-7Q2X";
        byte[] xlsx = export(title);
        java.util.Map<String, String> parts = parts(xlsx);
        String shared = parts.getOrDefault("xl/sharedStrings.xml", "");
        assertThat(shared).doesNotContain("INLINE-7Q2X").contains(">STT<");
        assertThat(parts.entrySet())
                .filteredOn(p -> p.getKey().startsWith("xl/worksheets/"))
                .anyMatch(p ->
                        p.getValue().contains("t=\"inlineStr\"") && p.getValue().contains("INLINE-7Q2X"));
        assertThat(texts(xlsx)).contains(title);
    }
}
