package org.civicplan.core.model;

import org.civicplan.core.Labelled;

/** The kind of an appendix item. */
public enum ItemKind implements Labelled {
    SCHEME("de-an", "Đề án", "Scheme"),
    PROJECT("du-an", "Dự án", "Project"),
    PROGRAM("chuong-trinh", "Chương trình", "Program"),
    PLAN("ke-hoach", "Kế hoạch", "Plan"),
    TASK("nhiem-vu", "Nhiệm vụ", "Task");

    private final String code;
    private final String vi;
    private final String en;

    ItemKind(String code, String vi, String en) {
        this.code = code;
        this.vi = vi;
        this.en = en;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String vi() {
        return vi;
    }

    @Override
    public String en() {
        return en;
    }

    public static ItemKind fromCode(String code) {
        return Labelled.fromCode(ItemKind.class, code);
    }
}
