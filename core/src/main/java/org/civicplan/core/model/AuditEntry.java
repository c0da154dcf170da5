package org.civicplan.core.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * One accepted change, appended to the audit trail and never updated or deleted: when, who, what
 * operation on which entity, and each changed field before → after.
 *
 * @param sequence position in the trail, assigned by the sink (0 before it is appended)
 */
public record AuditEntry(
        long sequence,
        Instant at,
        Actor actor,
        String action,
        String entityType,
        String entityId,
        List<FieldChange> changes) {
    public AuditEntry {
        requireNonNull(at, "at is null");
        requireNonNull(actor, "actor is null");
        requireNonNull(action, "action is null");
        requireNonNull(entityType, "entityType is null");
        requireNonNull(entityId, "entityId is null");
        changes = List.copyOf(changes);
    }

    public AuditEntry withSequence(long newSequence) {
        return new AuditEntry(newSequence, at, actor, action, entityType, entityId, changes);
    }
}
