package org.civicplan.core;

/** An entity with the same key already exists; nothing was changed. */
public class DuplicateEntityException extends CivicPlanException {
    private static final long serialVersionUID = 1L;

    public DuplicateEntityException(String entityType, String entityId) {
        super(Message.of(
                EntityNames.vi(entityType) + " \"" + entityId + "\" đã tồn tại",
                entityType + " \"" + entityId + "\" already exists"));
    }
}
