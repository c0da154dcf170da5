package org.civicplan.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.AuditEntry;
import org.civicplan.core.spi.PortfolioStore;

/**
 * What every audit sink must refuse (issue 19): an entry dated before the last one, an entry in the
 * name of a unit the directory does not know, and one by a user whose name is invisible. Run by the
 * tests of each sink on a store holding {@link TestPortfolios#portfolio()}; nothing refused is kept.
 */
public final class AuditAppendChecks {
    private AuditAppendChecks() {}

    public static void refusesBackDatedAndNamelessEntries(PortfolioStore store) {
        Actor real = Actor.of("SKHCN", "nguyenvana");
        AuditEntry first = store.audit().append(entry(real, "2021-07-27T02:00:00Z"));
        int size = store.audit().all().size();

        assertThatThrownBy(() -> store.audit().append(entry(real, "2021-07-27T01:59:59Z")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("2021-07-27T01:59:59Z")
                .hasMessageContaining("sớm hơn")
                .hasMessageContaining("before the last entry");
        assertThatThrownBy(() -> store.audit().append(entry(Actor.of("KHONG-CO", "ai"), "2021-07-28T00:00:00Z")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("KHONG-CO")
                .hasMessageContaining("not in the unit directory");
        assertThatThrownBy(() -> store.audit().append(entry(Actor.of("SKHCN", "\u200B"), "2021-07-28T00:00:00Z")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no readable name");
        assertThat(store.audit().all()).hasSize(size);

        // the same instant is fine (a fixed clock), and later is
        AuditEntry same = store.audit().append(entry(real, "2021-07-27T02:00:00Z"));
        assertThat(same.sequence()).isGreaterThan(first.sequence());
        assertThat(store.audit().all()).hasSize(size + 1);
    }

    private static AuditEntry entry(Actor actor, String at) {
        return new AuditEntry(0, Instant.parse(at), actor, "assign", "item", "KH-186/1", List.of());
    }
}
