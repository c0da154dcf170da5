package org.civicplan.appendix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's "sheet with 10^6 rows": a million item rows read in the 64 MB heap of the "small-heap"
 * surefire execution (pom.xml). A reader that kept its rows would need around a gigabyte (an item
 * with its maps is about a kilobyte) and fail with OutOfMemoryError; the test asserts that the heap
 * really is that small and that every row arrived. (The sum of the heap pools' peaks is not a bound:
 * each pool peaks at its own moment, so the sum can pass the heap's maximum; it is not asserted.) Items
 * carry a number and a short task only, so that the test measures streaming, not unit resolution
 * (LargeAppendixTest reads full rows). Illustrative texts.
 */
class MillionRowsTest {
    static final int ROWS = 1_000_000;

    @TempDir
    Path dir;

    @Test
    void aMillionRowsAreStreamedInASmallHeap() throws IOException {
        Path file = dir.resolve("trieu-dong.xlsx");
        try (XlsxFixture x = new XlsxFixture(file)) {
            x.sheet("Phụ lục").row(0, "STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành");
            for (int r = 1; r <= ROWS; r++) {
                x.worksheet().value(r, 0, r);
                x.worksheet().value(r, 1, "Nhiệm vụ " + (r % 1000));
                if (r % 50_000 == 0) {
                    x.worksheet().flush();
                }
            }
        }
        assertThat(Files.size(file)).as("the file is big").isGreaterThan(5L << 20);
        AtomicLong items = new AtomicLong();
        AtomicLong lastNumber = new AtomicLong();
        AppendixSummary summary = new AppendixReader(Units.directory()).read(file, row -> {
            if (row instanceof AppendixItem item) {
                items.incrementAndGet();
                lastNumber.set(Long.parseLong(item.number()));
            }
        });
        assertThat(items).hasValue(ROWS);
        assertThat(lastNumber).hasValue(ROWS);
        assertThat(summary.items()).isEqualTo(ROWS);
        // the bound is only meaningful when the small-heap execution runs this test
        long bound = Long.getLong("appendix.maxHeapBound", Long.MAX_VALUE);
        assertThat(Runtime.getRuntime().maxMemory()).as("max heap").isLessThanOrEqualTo(bound);
    }
}
