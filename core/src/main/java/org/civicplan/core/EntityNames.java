package org.civicplan.core;

import java.util.Map;

/** Vietnamese names of the entity types that appear in messages ("item" → "nhiệm vụ"). */
public final class EntityNames {
    private static final Map<String, String> VI = Map.ofEntries(
            Map.entry("unit", "đơn vị"),
            Map.entry("program", "chương trình"),
            Map.entry("plan", "kế hoạch"),
            Map.entry("item", "nhiệm vụ"),
            Map.entry("indicator", "chỉ tiêu"),
            Map.entry("measurement", "số liệu chỉ tiêu"),
            Map.entry("report", "báo cáo"),
            Map.entry("adjustment", "đề xuất điều chỉnh"),
            Map.entry("audit", "nhật ký"),
            Map.entry("portfolio", "danh mục"));

    private EntityNames() {}

    /** The Vietnamese name of an entity type, or the type itself when it has none. */
    public static String vi(String entityType) {
        return VI.getOrDefault(entityType, entityType);
    }
}
