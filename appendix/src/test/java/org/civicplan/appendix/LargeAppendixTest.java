package org.civicplan.appendix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 item rows read in a 64 MB heap (the "small-heap" surefire execution of this module's pom):
 * an appendix item with its maps and mentions takes about a kilobyte, so a reader that kept its rows
 * would need some 100 MB and fail here. Illustrative texts.
 */
class LargeAppendixTest {
    static final int ROWS = 100_000;

    @TempDir
    Path dir;

    @Test
    void readsAHundredThousandRowsInASmallHeap() throws IOException {
        Path file = dir.resolve("large.xlsx");
        try (XlsxFixture x = new XlsxFixture(file)) {
            x.sheet("Phụ lục").row(0, "STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành");
            for (int r = 1; r <= ROWS; r++) {
                x.worksheet().value(r, 0, r);
                x.row(r, null, "Nhiệm vụ số " + (r % 100), "Sở Tài chính", "Sở KH&CN, Sở TT&TT", "Quý IV/2021");
            }
        }
        long maxHeap = Runtime.getRuntime().maxMemory();
        AtomicInteger items = new AtomicInteger();
        AtomicInteger lastNumber = new AtomicInteger();
        AppendixSummary summary = new AppendixReader(Units.directory()).read(file, row -> {
            if (row instanceof AppendixItem item) {
                items.incrementAndGet();
                lastNumber.set(Integer.parseInt(item.number()));
            }
        });
        assertThat(items).hasValue(ROWS);
        assertThat(lastNumber).hasValue(ROWS);
        assertThat(summary.items()).isEqualTo(ROWS);
        assertThat(summary.units().resolved()).isEqualTo(3 * ROWS);
        assertThat(summary.deadlines().read()).isEqualTo(ROWS);
        assertThat(summary.problems()).isEmpty();
        // the bound is only meaningful when the small-heap execution runs this test
        assertThat(maxHeap).as("max heap").isLessThanOrEqualTo(Long.getLong("appendix.maxHeapBound", Long.MAX_VALUE));
    }
}
