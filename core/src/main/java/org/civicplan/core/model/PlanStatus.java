package org.civicplan.core.model;

import org.civicplan.core.Labelled;

/** The lifecycle of a plan: draft, consultation, submitted, issued. */
public enum PlanStatus implements Labelled {
    DRAFT("du-thao", "Dự thảo", "Draft"),
    CONSULTATION("lay-y-kien", "Lấy ý kiến", "In consultation"),
    SUBMITTED("trinh", "Đã trình", "Submitted"),
    ISSUED("ban-hanh", "Đã ban hành", "Issued");

    private final String code;
    private final String vi;
    private final String en;

    PlanStatus(String code, String vi, String en) {
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

    public static PlanStatus fromCode(String code) {
        return Labelled.fromCode(PlanStatus.class, code);
    }
}
