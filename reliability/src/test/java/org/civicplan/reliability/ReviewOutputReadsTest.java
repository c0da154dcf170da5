package org.civicplan.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.Lang;
import org.civicplan.core.model.Item;
import org.civicplan.core.period.Period;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.spi.Exporter;
import org.civicplan.export.docx.DocxReviewExporter;
import org.civicplan.export.xlsx.XlsxExporter;
import org.civicplan.storage.jdbc.JdbcPortfolioStore;
import org.civicplan.storage.jdbc.JdbcSchema;
import org.civicplan.storage.jdbc.TestDatabase;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the review outputs print each line's lead, as written, from the review's line, so they
 * read no item again per line. Counted on H2: the Word review (whose overdue items each get a
 * sentence with their lead) and the workbook (whose review sheet prints every line's lead) cost
 * the same statements for the sample's 4 items as for 100, 96 of them overdue and led by units
 * whose words the plan kept.
 */
class ReviewOutputReadsTest {
    private static final LocalDate EXPORTED_ON = LocalDate.of(2022, 1, 15);

    @TempDir
    Path small;

    @TempDir
    Path large;

    @Test
    void theReviewOutputsCostTheSameStatementsForFourOrHundredItems() {
        for (Exporter exporter : List.of(new DocxReviewExporter(), new XlsxExporter())) {
            long four = statements(small.resolve(exporter.getClass().getSimpleName()), 0, exporter);
            long hundred = statements(large.resolve(exporter.getClass().getSimpleName()), 96, exporter);
            assertThat(hundred)
                    .as(exporter.getClass().getSimpleName())
                    .isEqualTo(four)
                    .isPositive();
            System.out.printf(
                    "statements: %s (4 items)=%d, (100 items)=%d%n",
                    exporter.getClass().getSimpleName(), four, hundred);
        }
    }

    private static long statements(Path dir, int extra, Exporter exporter) {
        List<Item> items = new ArrayList<>(TestPortfolios.items());
        for (int n = 5; n < 5 + extra; n++) {
            Item item = TestPortfolios.item(n);
            // due in the third quarter of 2021, not done: overdue at the second half's review;
            // "Sở Khoa học và Công nghệ": the lead's full name as a plan writes it
            items.add(item.toBuilder()
                    .deadline(Period.quarter(2021, 3))
                    .assignment(item.assignment().withUnitsAsWritten(List.of("Sở Khoa học và Công nghệ"), List.of()))
                    .build());
        }
        try (TestDatabase db = TestDatabase.h2(dir)) {
            JdbcSchema.migrate(db.dataSource());
            JdbcPortfolioStore store = JdbcPortfolioStore.openOrCreate(db.dataSource(), TestPortfolios.HANOI);
            store.importPortfolio(TestPortfolios.withItems(items));
            ExportRequest request = new ExportRequest(
                    store, Optional.empty(), Lang.VI, EXPORTED_ON, Optional.of(Period.secondHalf(2021)));
            long before = db.statements();
            exporter.export(request, new ByteArrayOutputStream());
            return db.statements() - before;
        }
    }
}
