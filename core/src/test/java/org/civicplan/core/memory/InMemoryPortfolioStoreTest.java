package org.civicplan.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicplan.testing.TestPortfolios.PLAN;
import static org.civicplan.testing.TestPortfolios.UNIT_PLAN;

import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.testing.PortfolioStoreContract;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;

class InMemoryPortfolioStoreTest extends PortfolioStoreContract {
    @Override
    protected PortfolioStore newStore() {
        return new InMemoryPortfolioStore(TestPortfolios.HANOI);
    }

    // byPlan reads an index kept beside the items: these pin that the index follows every write

    @Test
    void byPlanOrdersByNumberThenIdWhateverTheInsertionOrder() {
        importSample();
        store.items()
                .create(TestPortfolios.item(2).toBuilder()
                        .id(ItemId.of("KH-186/2b"))
                        .build());
        store.items()
                .create(TestPortfolios.item(2).toBuilder()
                        .id(ItemId.of("KH-186/0"))
                        .build());
        assertThat(store.items().byPlan(PLAN))
                .extracting(i -> i.id().value())
                .containsExactly("KH-186/1", "KH-186/0", "KH-186/2", "KH-186/2b", "KH-186/3", "KH-186/4");
        assertThat(store.items().byPlan(UNIT_PLAN)).isEmpty();
    }

    @Test
    void byPlanFollowsAnItemMovedByUpdateOrReregistration() {
        importSample();
        Item one = store.items().get(ItemId.of("KH-186/1"));
        Item moved = store.items().update(one.toBuilder().plan(UNIT_PLAN).build());
        assertThat(store.items().byPlan(PLAN)).extracting(Item::number).containsExactly(2, 3, 4);
        assertThat(store.items().byPlan(UNIT_PLAN)).containsExactly(moved);

        Item back = store.items().reregister(moved.toBuilder().plan(PLAN).build());
        assertThat(store.items().byPlan(UNIT_PLAN)).isEmpty();
        assertThat(store.items().byPlan(PLAN)).extracting(Item::number).containsExactly(1, 2, 3, 4);
        assertThat(store.items().byPlan(PLAN).get(0)).isEqualTo(back);

        Item renamed = store.items().update(back.toBuilder().title("Tên mới").build());
        assertThat(store.items().byPlan(PLAN).get(0)).isEqualTo(renamed);
    }

    @Test
    void byPlanIsRestoredWithTheItemsWhenATransactionFails() {
        importSample();
        assertThatThrownBy(() -> store.inTransaction(tx -> {
                    Item one = tx.items().get(ItemId.of("KH-186/1"));
                    tx.items().update(one.toBuilder().plan(UNIT_PLAN).build());
                    tx.items()
                            .create(TestPortfolios.item(9).toBuilder()
                                    .plan(UNIT_PLAN)
                                    .build());
                    assertThat(tx.items().byPlan(UNIT_PLAN))
                            .extracting(Item::number)
                            .containsExactly(1, 9);
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        assertThat(store.items().byPlan(UNIT_PLAN)).isEmpty();
        assertThat(store.items().byPlan(PLAN)).extracting(Item::number).containsExactly(1, 2, 3, 4);
    }
}
