package org.civicplan.storage.jdbc.internal;

/**
 * What a store operation does, for exception messages: the operation ("create", "update", …), the
 * entity type and id it concerns (the id may be null for bulk operations), and the version it was
 * read at (-1 when not a versioned write).
 */
public record Op(String name, String entityType, String entityId, long version) {
    private static final java.util.Map<String, String> VI = java.util.Map.ofEntries(
            java.util.Map.entry("create", "tạo"),
            java.util.Map.entry("update", "cập nhật"),
            java.util.Map.entry("read", "đọc"),
            java.util.Map.entry("save", "lưu"),
            java.util.Map.entry("record", "ghi"),
            java.util.Map.entry("import", "nhập"),
            java.util.Map.entry("reregister", "đăng ký lại"),
            java.util.Map.entry("append", "ghi nhật ký cho"),
            java.util.Map.entry("query", "truy vấn"),
            java.util.Map.entry("migrate", "cập nhật lược đồ cho"),
            java.util.Map.entry("commit", "ghi nhận giao dịch cho"));

    public static Op read(String entityType, String entityId) {
        return new Op("read", entityType, entityId, -1);
    }

    public static Op write(String name, String entityType, String entityId) {
        return new Op(name, entityType, entityId, -1);
    }

    public static Op versioned(String name, String entityType, String entityId, long version) {
        return new Op(name, entityType, entityId, version);
    }

    String viVerb() {
        return VI.getOrDefault(name, name);
    }
}
