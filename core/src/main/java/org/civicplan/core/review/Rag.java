package org.civicplan.core.review;

import org.civicplan.core.Labelled;

/** How an indicator stands against the target for the period (red, amber, green). */
public enum Rag implements Labelled {
    ON_TRACK("dat", "Đạt, đúng tiến độ", "On track"),
    AT_RISK("co-nguy-co", "Có nguy cơ không đạt", "At risk"),
    OFF_TRACK("khong-dat", "Không đạt", "Off track"),
    /** The value is short of a target whose period ends after the review's (a half-year against a yearly target). */
    NOT_YET_DUE("chua-den-han", "Chưa đến hạn đánh giá", "Not yet due"),
    NO_DATA("chua-co-so-lieu", "Chưa có số liệu", "No data"),
    NO_TARGET("chua-co-muc-tieu", "Chưa có mục tiêu", "No target");

    private final String code;
    private final String vi;
    private final String en;

    Rag(String code, String vi, String en) {
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
}
