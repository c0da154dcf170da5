package org.civicplan.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.model.Product;
import org.civicplan.storage.jdbc.JdbcPortfolioStore;
import org.civicplan.storage.jdbc.JdbcStores;
import org.civicplan.storage.json.JsonFileStore;
import org.civicplan.testing.TestPortfolios;

/**
 * The child JVM the crash tests kill with SIGKILL. {@code json DIR}: loops forever, each
 * transaction setting items KH-186/3 and KH-186/4 to the same new quantity (two documents), and
 * prints {@code committed N} after each commit. {@code jdbc URL USER PASSWORD PORTFOLIO}: imports a
 * large portfolio in one transaction and prints {@code imported}.
 */
public final class CrashChild {
    static final ItemId A = ItemId.of("KH-186/3");
    static final ItemId B = ItemId.of("KH-186/4");
    static final int EXTRA_ITEMS = 1500;

    private CrashChild() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "json" -> json(Path.of(args[1]));
            case "jdbc" -> jdbc(args[1], args[2], args[3], PortfolioId.of(args[4]));
            case "hold" -> hold(args[1]);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void json(Path dir) {
        JsonFileStore store = JsonFileStore.open(dir, TestPortfolios.HANOI);
        System.out.println("ready");
        System.out.flush();
        while (true) {
            int next = store.inTransaction(tx -> {
                Item a = tx.items().get(A);
                Item b = tx.items().get(B);
                int q = a.product().quantity().orElse(0) + 1;
                tx.items().update(withQuantity(a, q));
                tx.items().update(withQuantity(b, q));
                return q;
            });
            System.out.println("committed " + next);
            System.out.flush();
        }
    }

    /** Keeps the database at {@code url} open (and so locked to other processes) until killed. */
    private static void hold(String url) throws InterruptedException {
        try (var pool = JdbcStores.pool(url, "", "")) {
            JdbcPortfolioStore.create(pool, TestPortfolios.HANOI);
            System.out.println("ready");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    static Item withQuantity(Item item, int quantity) {
        return item.toBuilder()
                .product(new Product(item.product().kind(), item.product().description(), Optional.of(quantity)))
                .build();
    }

    private static void jdbc(String url, String user, String password, PortfolioId id) {
        try (var pool = JdbcStores.pool(url, user, password)) {
            JdbcPortfolioStore store = JdbcPortfolioStore.openOrCreate(pool, id);
            System.out.println("ready");
            System.out.flush();
            store.importPortfolio(big(id));
            System.out.println("imported");
            System.out.flush();
        }
    }

    /** The sample portfolio under {@code id} with {@link #EXTRA_ITEMS} more items. */
    static Portfolio big(PortfolioId id) {
        return big(id, EXTRA_ITEMS);
    }

    /** The sample portfolio under {@code id} with {@code extra} more items. */
    static Portfolio big(PortfolioId id, int extra) {
        Portfolio sample = TestPortfolios.portfolio();
        List<Item> items = new ArrayList<>(sample.items());
        for (int n = 5; n < 5 + extra; n++) {
            items.add(TestPortfolios.item(n));
        }
        return new Portfolio(
                id,
                sample.name(),
                sample.units(),
                sample.programs(),
                sample.plans(),
                items,
                sample.indicators(),
                sample.measurements(),
                sample.reports(),
                sample.adjustments());
    }
}
