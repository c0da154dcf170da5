package org.civicplan.core.spi;

import java.util.List;
import org.civicplan.core.model.AuditEntry;

/**
 * The audit trail: append-only. There is no update or delete, so nothing recorded can be altered
 * through the API.
 */
public interface AuditSink {
    /**
     * Appends the entry; returns it with its sequence number. Refuses (with {@link
     * org.civicplan.core.InvalidInputException}) an entry dated before the last one or in the name of
     * a unit the directory does not know or of a user with no visible name: implementations call
     * {@link AuditAppendCheck#check}.
     */
    AuditEntry append(AuditEntry entry);

    /** Entries about one entity, oldest first. */
    List<AuditEntry> forEntity(String entityType, String entityId);

    /** Every entry, oldest first. */
    List<AuditEntry> all();
}
