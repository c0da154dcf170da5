package org.civicplan.core;

/**
 * Someone else changed the entity since it was read: the write was refused rather than silently
 * overwriting their change. Read it again, re-apply the change, and retry.
 */
public class VersionConflictException extends CivicPlanException {
    private static final long serialVersionUID = 1L;

    private final String entityType;
    private final String entityId;
    private final long expectedVersion;

    public VersionConflictException(String entityType, String entityId, long expectedVersion) {
        super(Message.of(
                EntityNames.vi(entityType) + " \"" + entityId + "\" đã được người khác sửa (phiên bản "
                        + expectedVersion + " không còn là mới nhất); hãy tải lại và thực hiện lại thay đổi",
                entityType + " \"" + entityId + "\" was changed by someone else (version " + expectedVersion
                        + " is no longer current); reload it and apply the change again"));
        this.entityType = entityType;
        this.entityId = entityId;
        this.expectedVersion = expectedVersion;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
