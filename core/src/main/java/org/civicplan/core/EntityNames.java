package org.civicplan.core;

import java.util.Map;

/** Vietnamese names of the entity types that appear in messages. */
final class EntityNames {
    private static final Map<String, String> VI = Map.ofEntries(
            Map.entry("unit", "đơn vị"),
            Map.entry("program", "chương trình"),
            Map.entry("plan", "kế hoạch"),
            Map.entry("item", "nhiệm vụ"),
            Map.entry("indicator", "chỉ tiêu"),
            Map.entry("measurement", "số liệu chỉ tiêu"),
            Map.entry("report", "báo cáo"),
            Map.entry("adjustment", "đề xuất điều chỉnh"),
            Map.entry("portfolio", "danh mục"));

    private EntityNames() {}

    static String vi(String entityType) {
        return VI.getOrDefault(entityType, entityType);
    }
}
