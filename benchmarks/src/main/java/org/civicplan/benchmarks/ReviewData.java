package org.civicplan.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.storage.jdbc.JdbcPortfolioStore;

/**
 * The review benchmarks' data: the whole generated portfolio of a size and the period's reports
 * and adjustments ({@link ReviewActivity#activity}), imported through the store into the database
 * the suite's forks share. The first fork of a size would import it; {@link
 * Suite} loads every size it will review beforehand instead, H2 and PostgreSQL at the same time
 * (the H2 import keeps a core of the client busy, the PostgreSQL one mostly the server), which
 * takes the larger of the two loads instead of their sum.
 */
final class ReviewData {
    private ReviewData() {}

    static String portfolio(String size) {
        return "bench-review-" + size;
    }

    /**
     * Imports the generated portfolio of {@code size} and its activity into {@code db} unless they
     * are there already; refuses a database that holds a different number of measurements for it.
     */
    static void ensureLoaded(BenchDb db, String size, java.util.function.Supplier<Portfolio> generated) {
        PortfolioGenerator.Size s = PortfolioGenerator.Size.valueOf(size);
        try (JdbcPortfolioStore store = JdbcPortfolioStore.create(db.dataSource, PortfolioId.of(portfolio(size)))) {
            long have = store.measurements().count();
            boolean reported = have > 0
                    && !store.reports()
                            .byPeriod(PortfolioGenerator.programId(0), ReviewActivity.PERIOD)
                            .isEmpty();
            if (have == s.measurements() && reported) {
                return;
            }
            if (have != 0 && (have != s.measurements() || reported)) {
                throw new IllegalStateException(portfolio(size) + " holds " + have + " measurements, not "
                        + s.measurements() + "; drop the database");
            }
            if (have == 0) {
                store.importPortfolio(generated.get());
            }
            store.importPortfolio(ReviewActivity.activity(generated.get()));
            db.execute("ANALYZE");
        }
    }

    /**
     * Loads {@code sizes} into the shared H2 directory and PostgreSQL schema ({@link Bench#H2_DIR},
     * {@link Bench#PG_SCHEMA}, set as system properties of this JVM), each database on its own
     * thread; each size is generated once.
     */
    static void preload(List<String> sizes, boolean h2, boolean postgres) throws InterruptedException {
        Map<String, Portfolio> generated = new ConcurrentHashMap<>();
        for (String size : sizes) {
            List<Runnable> loads = new ArrayList<>();
            java.util.function.Supplier<Portfolio> portfolio = () -> generated.computeIfAbsent(
                    size, k -> new PortfolioGenerator(Bench.SEED).generate(PortfolioGenerator.Size.valueOf(k)));
            portfolio.get();
            if (h2) {
                loads.add(() -> {
                    try (BenchDb db = BenchDb.h2("review", true)) {
                        ensureLoaded(db, size, portfolio);
                    }
                });
            }
            if (postgres) {
                loads.add(() -> {
                    try (BenchDb db = BenchDb.postgres(true)) {
                        ensureLoaded(db, size, portfolio);
                    }
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, loads.size()));
            try {
                List<Future<?>> running = new ArrayList<>();
                for (Runnable load : loads) {
                    running.add(pool.submit(load));
                }
                for (Future<?> f : running) {
                    f.get();
                }
            } catch (ExecutionException e) {
                throw new IllegalStateException("loading the review data of size " + size + " failed", e.getCause());
            } finally {
                pool.shutdownNow();
            }
            generated.remove(size);
        }
    }
}
