package org.civicplan.core.model;

import org.civicplan.core.Labelled;

/** The lifecycle of a progress report. */
public enum ReportStatus implements Labelled {
    DRAFT("du-thao", "Đang soạn", "Draft"),
    SUBMITTED("da-gui", "Đã gửi", "Submitted"),
    RETURNED("tra-lai", "Trả lại", "Returned"),
    APPROVED("da-duyet", "Đã duyệt", "Approved");

    private final String code;
    private final String vi;
    private final String en;

    ReportStatus(String code, String vi, String en) {
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

    public static ReportStatus fromCode(String code) {
        return Labelled.fromCode(ReportStatus.class, code);
    }
}
