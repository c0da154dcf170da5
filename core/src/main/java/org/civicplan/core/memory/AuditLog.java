package org.civicplan.core.memory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.model.AuditEntry;
import org.civicplan.core.spi.AuditAppendCheck;
import org.civicplan.core.spi.AuditSink;

/** The audit trail in memory: entries numbered 1, 2, … in the order they were appended. */
final class AuditLog implements AuditSink {
    private final StoreLock lock;
    private final MemoryState state;

    AuditLog(StoreLock lock, MemoryState state) {
        this.lock = lock;
        this.state = state;
    }

    @Override
    public AuditEntry append(AuditEntry entry) {
        synchronized (lock) {
            Optional<Instant> last = state.audit.isEmpty()
                    ? Optional.empty()
                    : Optional.of(state.audit.get(state.audit.size() - 1).at());
            AuditAppendCheck.check(entry, last, unit -> state.units.containsKey(unit));
            AuditEntry stored = entry.withSequence(state.audit.size() + 1L);
            state.audit.add(stored);
            return stored;
        }
    }

    @Override
    public List<AuditEntry> forEntity(String entityType, String entityId) {
        synchronized (lock) {
            return state.audit.stream()
                    .filter(e ->
                            e.entityType().equals(entityType) && e.entityId().equals(entityId))
                    .toList();
        }
    }

    @Override
    public List<AuditEntry> all() {
        synchronized (lock) {
            return List.copyOf(state.audit);
        }
    }
}
