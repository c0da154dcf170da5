package org.civicplan.core;

/** An entity with the same key already exists; nothing was changed. */
public class DuplicateEntityException extends CivicPlanException {
    private static final long serialVersionUID = 1L;

    /** Some entities of a batch (an import) already exist; the store could not say which. */
    public DuplicateEntityException(String entityType) {
        super(Message.of(
                "Một số " + EntityNames.vi(entityType)
                        + " trong dữ liệu nhập đã tồn tại trong kho; không có gì được ghi",
                "Some of the imported " + entityType + " entries already exist in the store; nothing was written"));
    }

    public DuplicateEntityException(String entityType, String entityId) {
        super(Message.of(
                EntityNames.vi(entityType) + " \"" + entityId + "\" đã tồn tại",
                entityType + " \"" + entityId + "\" already exists"));
    }
}
