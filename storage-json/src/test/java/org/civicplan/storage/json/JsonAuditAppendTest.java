package org.civicplan.storage.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.AuditEntry;
import org.civicplan.testing.AuditAppendChecks;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON store's audit trail refuses back-dated and nameless entries, also across reopening. */
class JsonAuditAppendTest {
    @TempDir
    Path dir;

    @Test
    void refusesBackDatedEntriesAndUnknownOrNamelessActors() {
        JsonFileStore store = JsonFileStore.open(dir, TestPortfolios.HANOI);
        store.importPortfolio(TestPortfolios.portfolio());
        AuditAppendChecks.refusesBackDatedAndNamelessEntries(store);
    }

    @Test
    void theLastEntryOfTheFileBoundsTheNextAfterReopening() {
        JsonFileStore store = JsonFileStore.open(dir, TestPortfolios.HANOI);
        store.importPortfolio(TestPortfolios.portfolio());
        Actor actor = Actor.of("SKHCN", "nguyenvana");
        store.audit().append(entry(actor, "2021-07-27T02:00:00Z"));
        store.audit().append(entry(actor, "2021-08-01T00:00:00Z"));

        JsonFileStore reopened = JsonFileStore.open(dir, TestPortfolios.HANOI);
        assertThatThrownBy(() -> reopened.audit().append(entry(actor, "2021-07-31T23:59:59Z")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("2021-08-01T00:00:00Z");
        assertThat(reopened.audit().append(entry(actor, "2021-08-01T00:00:01Z")).sequence())
                .isEqualTo(3);
    }

    private static AuditEntry entry(Actor actor, String at) {
        return new AuditEntry(0, Instant.parse(at), actor, "assign", "item", "KH-186/1", List.of());
    }
}
