package org.civicplan.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.AdjustmentId;
import org.civicplan.core.model.AdjustmentStatus;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.period.Period;
import org.civicplan.core.spi.ReviewItem;
import org.civicplan.core.spi.ReviewQueries;
import org.civicplan.storage.jdbc.internal.SqlReviewQueries;
import org.civicplan.testing.TestPortfolios;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, target 8: on H2 the review's statements read the program's rows, not the portfolio's.
 * {@code EXPLAIN ANALYZE} counts the rows H2 scans for the items, funding and pending-adjustment
 * statements of a program; items and proposed adjustments added to a plan outside the program must
 * not change them. Before, {@code portfolio_id = ? AND plan_id IN (…)} scanned every item of the
 * portfolio (H2 uses an IN list only on an index's first column), and the plan tree joined to
 * items and adjustments was planned last, after every item of the portfolio.
 */
class H2ReviewScansTest {
    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

    @TempDir
    Path dir;

    @Test
    void theReviewStatementsScanTheSameRowsWhateverTheRestOfThePortfolio() throws Exception {
        try (HikariDataSource pool = JdbcStores.h2File(dir)) {
            JdbcPortfolioStore store = JdbcPortfolioStore.create(pool, TestPortfolios.HANOI);
            store.importPortfolio(ReviewFixtures.wholeReview(1));
            ReviewQueries queries = store.reviewQueries().orElseThrow();
            List<String> plans = queries.reviewItems(TestPortfolios.PROGRAM, Period.year(2021)).stream()
                    .map(ReviewItem::plan)
                    .map(PlanId::value)
                    .distinct()
                    .toList();
            List<Adjustment> pending = queries.pendingAdjustments(TestPortfolios.PROGRAM);
            Map<String, Long> before = scans(pool, plans);

            Item outside = store.items().byPlan(PlanId.of("KH-KHAC")).get(0);
            for (int i = 0; i < 200; i++) {
                Item more = store.items()
                        .create(outside.toBuilder()
                                .id(ItemId.of("KHAC-" + i))
                                .number(100 + i)
                                .build());
                if (i % 10 == 0) {
                    store.adjustments().create(proposed("DC-KHAC-" + i, more));
                }
            }
            Map<String, Long> after = scans(pool, plans);

            assertThat(before.values()).allSatisfy(n -> assertThat(n).isPositive());
            assertThat(after)
                    .as("rows H2 scans per statement, before: %s", before)
                    .isEqualTo(before);
            assertThat(queries.pendingAdjustments(TestPortfolios.PROGRAM)).isEqualTo(pending);
        }
    }

    /** The rows H2 scans for each statement, summed over the tables of its plan. */
    private static Map<String, Long> scans(HikariDataSource pool, List<String> plans) throws Exception {
        List<SqlReviewQueries.PlanKey> keys = plans.stream()
                .map(p -> new SqlReviewQueries.PlanKey(TestPortfolios.HANOI.value(), p))
                .toList();
        List<String> columns = List.of("portfolio", "plan");
        Jdbi jdbi = Jdbi.create(pool);
        Map<String, Long> scans = new TreeMap<>();
        scans.put(
                "ITEMS",
                jdbi.withHandle(h -> count(h.createQuery("EXPLAIN ANALYZE " + sql("ITEMS"))
                        .bind("lead", "lead")
                        .bindMethodsList("plans", keys, columns)
                        .mapTo(String.class)
                        .one())));
        scans.put(
                "FUNDING",
                jdbi.withHandle(h -> count(h.createQuery("EXPLAIN ANALYZE " + sql("FUNDING"))
                        .bindMethodsList("plans", keys, columns)
                        .bind("from", 2021)
                        .bind("to", 2021)
                        .mapTo(String.class)
                        .one())));
        scans.put(
                "PENDING",
                jdbi.withHandle(h -> count(h.createQuery("EXPLAIN ANALYZE " + sql("PENDING_H2"))
                        .bindMethodsList("plans", keys, columns)
                        .bind("proposed", AdjustmentStatus.PROPOSED.code())
                        .mapTo(String.class)
                        .one())));
        return scans;
    }

    private static long count(String plan) {
        long total = 0;
        Matcher m = SCAN_COUNT.matcher(plan);
        while (m.find()) {
            total += Long.parseLong(m.group(1));
        }
        return total;
    }

    /** A statement of {@link SqlReviewQueries} (package-private in its internal package). */
    private static String sql(String name) throws ReflectiveOperationException {
        Field field = SqlReviewQueries.class.getDeclaredField(name);
        field.setAccessible(true);
        return (String) field.get(null);
    }

    private static Adjustment proposed(String id, Item item) {
        return new Adjustment(
                AdjustmentId.of(id),
                item.id(),
                item.revision(),
                TestPortfolios.UBND,
                "Ngoài chương trình",
                item,
                AdjustmentStatus.PROPOSED,
                Instant.parse("2021-12-01T00:00:00Z"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0);
    }
}
