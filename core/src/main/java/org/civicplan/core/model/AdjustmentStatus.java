package org.civicplan.core.model;

import org.civicplan.core.Labelled;

/** The lifecycle of an adjustment proposal. */
public enum AdjustmentStatus implements Labelled {
    PROPOSED("de-xuat", "Đề xuất", "Proposed"),
    ACCEPTED("chap-thuan", "Chấp thuận", "Accepted"),
    REJECTED("khong-chap-thuan", "Không chấp thuận", "Rejected");

    private final String code;
    private final String vi;
    private final String en;

    AdjustmentStatus(String code, String vi, String en) {
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

    public static AdjustmentStatus fromCode(String code) {
        return Labelled.fromCode(AdjustmentStatus.class, code);
    }
}
