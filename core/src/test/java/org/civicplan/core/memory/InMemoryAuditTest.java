package org.civicplan.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicplan.testing.AuditAppendChecks;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;

class InMemoryAuditTest {
    @Test
    void refusesBackDatedEntriesAndUnknownOrNamelessActors() {
        InMemoryPortfolioStore store = InMemoryPortfolioStore.of(TestPortfolios.portfolio());
        AuditAppendChecks.refusesBackDatedAndNamelessEntries(store);
    }

    @Test
    void aTransactionThatAppendedARefusedEntryKeepsNothing() {
        InMemoryPortfolioStore store = InMemoryPortfolioStore.of(TestPortfolios.portfolio());
        int before = store.audit().all().size();
        try {
            store.inTransaction(tx -> {
                tx.audit()
                        .append(new org.civicplan.core.model.AuditEntry(
                                0,
                                java.time.Instant.parse("2021-07-27T02:00:00Z"),
                                org.civicplan.core.model.Actor.of("SKHCN", "a"),
                                "x",
                                "item",
                                "KH-186/1",
                                java.util.List.of()));
                return tx.audit()
                        .append(new org.civicplan.core.model.AuditEntry(
                                0,
                                java.time.Instant.parse("2021-07-27T01:00:00Z"),
                                org.civicplan.core.model.Actor.of("SKHCN", "a"),
                                "x",
                                "item",
                                "KH-186/1",
                                java.util.List.of()));
            });
        } catch (org.civicplan.core.InvalidInputException expected) {
            // refused: the whole transaction rolls back
        }
        assertThat(store.audit().all()).hasSize(before);
    }
}
