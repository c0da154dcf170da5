package org.civicplan.core;

import static java.util.Objects.requireNonNull;

/**
 * A reference to something that does not exist: an item's plan, lead or coordinating unit,
 * reporting unit, indicator or prerequisite, or a measurement's indicator or reporting unit. Names
 * the entity, the field (as {@code assignment.leadUnits}) and the missing target; every store and
 * service refuses such a write with this exception, before anything is written.
 */
public class DanglingReferenceException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final String entityType;
    private final String entityId;
    private final String field;
    private final String targetType;
    private final String targetId;

    public DanglingReferenceException(
            String entityType, String entityId, String field, String targetType, String targetId) {
        super(message(entityType, entityId, field, targetType, targetId));
        this.entityType = requireNonNull(entityType, "entityType is null");
        this.entityId = requireNonNull(entityId, "entityId is null");
        this.field = requireNonNull(field, "field is null");
        this.targetType = requireNonNull(targetType, "targetType is null");
        this.targetId = requireNonNull(targetId, "targetId is null");
    }

    /** The message without the entity, for a caller that says where it is (a file, line and pointer). */
    public static Message message(String field, String targetType, String targetId) {
        return Message.of(
                "trường " + field + ": " + EntityNames.vi(targetType) + " \"" + targetId
                        + "\" không có trong kho (thêm " + EntityNames.vi(targetType) + " này trước, hoặc sửa mã)",
                "field " + field + ": " + targetType + " \"" + targetId + "\" does not exist (add the " + targetType
                        + " first, or correct the id)");
    }

    private static Message message(
            String entityType, String entityId, String field, String targetType, String targetId) {
        Message m = message(field, targetType, targetId);
        return Message.of(
                EntityNames.vi(entityType) + " \"" + entityId + "\", " + m.vi(),
                entityType + " \"" + entityId + "\", " + m.en());
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    /** The referring field, e.g. {@code plan}, {@code assignment.leadUnits}, {@code reportedBy}. */
    public String field() {
        return field;
    }

    public String targetType() {
        return targetType;
    }

    public String targetId() {
        return targetId;
    }
}
