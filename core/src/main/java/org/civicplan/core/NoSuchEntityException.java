package org.civicplan.core;

/** A unit, program, plan, item, indicator or report that is not in the store. */
public class NoSuchEntityException extends CivicPlanException {
    private static final long serialVersionUID = 1L;

    private final String entityType;
    private final String entityId;

    public NoSuchEntityException(String entityType, String entityId) {
        super(Message.of(
                "Không tìm thấy " + EntityNames.vi(entityType) + " \"" + entityId + "\"",
                "No such " + entityType + " \"" + entityId + "\""));
        this.entityType = entityType;
        this.entityId = entityId;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }
}
