package org.civicplan.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.Lang;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.testing.TestPortfolios;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A plan with thousands of items, past five of the appendix's flush points (one every 1,000 rows):
 * read back whole and in order. This does not observe the flushing itself: the appendix reads its
 * items in one {@code byPlan} call and the final file is the same with or without the flushes, so
 * nothing outside the exporter shows when rows reach the output. That rows reach the output while
 * the export is still running is observed for the measurements sheet, which streams from {@code
 * measurements().forEach} ({@link XlsxMeasurementsExporterTest}
 * {@code rowsReachTheOutputWhileTheStoreIsStillStreaming}).
 */
class XlsxStreamingTest {
    @Test
    void aLargeAppendixPastManyFlushPointsIsReadBackWholeAndInOrder() throws IOException {
        Portfolio small = TestPortfolios.portfolio();
        List<Item> items = new ArrayList<>();
        int count = 5_000;
        for (int n = 1; n <= count; n++) {
            items.add(TestPortfolios.item(1).toBuilder()
                    .id(ItemId.of("KH-186/" + n))
                    .number(n)
                    .section(n % 2 + 1)
                    .prerequisites(List.of())
                    .build());
        }
        Portfolio big = new Portfolio(
                small.id(),
                small.name(),
                small.units(),
                small.programs(),
                small.plans(),
                items,
                small.indicators(),
                small.measurements(),
                List.of(),
                List.of());
        ExportRequest request = new ExportRequest(
                InMemoryPortfolioStore.of(big),
                Optional.of(TestPortfolios.PLAN),
                Lang.VI,
                LocalDate.of(2021, 7, 20),
                Optional.empty());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExporter().export(request, out);

        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var rows = wb.findSheet("Phụ lục").orElseThrow().read();
            // 3 title rows, header, 2 section rows, the items, the total
            assertThat(rows).hasSize(4 + 2 + count + 1);
            assertThat(rows.get(5).getCellText(0)).isEqualTo("2");
            assertThat(rows.get(4 + 1 + count / 2).getCellText(0)).isEqualTo("II");
        }
    }
}
