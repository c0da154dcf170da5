package org.civicplan.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.civicplan.core.VersionConflictException;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.Product;
import org.civicplan.core.spi.PortfolioStore;

/**
 * Writers contending for one item, as the concurrency tests of every store run them: {@code
 * threads} threads each raise the item's product quantity by one {@code perThread} times, reading
 * the item, updating it, and on a {@link VersionConflictException} backing off a little (longer the
 * more often they lost) before reading again and retrying. The caller checks what is left.
 */
public final class ContendedUpdates {
    private ContendedUpdates() {}

    /**
     * Runs the writers and waits for them, each at most {@code timeout}; returns the number of
     * conflicts retried. A writer's failure is thrown.
     */
    public static long run(PortfolioStore store, ItemId id, int threads, int perThread, Duration timeout)
            throws Exception {
        AtomicLong conflicts = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        raiseQuantity(store, id, conflicts);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return conflicts.get();
    }

    private static void raiseQuantity(PortfolioStore store, ItemId id, AtomicLong conflicts) {
        for (int attempt = 0; ; attempt++) {
            Item current = store.items().get(id);
            int quantity = current.product().quantity().orElse(0);
            try {
                store.items()
                        .update(current.toBuilder()
                                .product(new Product(
                                        current.product().kind(),
                                        current.product().description(),
                                        Optional.of(quantity + 1)))
                                .build());
                return;
            } catch (VersionConflictException retry) {
                conflicts.incrementAndGet();
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1, 20_000L << Math.min(attempt, 5)));
            }
        }
    }
}
