package org.civicplan.core.model;

import org.civicplan.core.Labelled;

/** The status of an item as reported; overdue is never stored but derived, see {@link ProgressState}. */
public enum ItemStatus implements Labelled {
    NOT_STARTED("chua-trien-khai", "Chưa triển khai", "Not started"),
    IN_PROGRESS("dang-thuc-hien", "Đang thực hiện", "In progress"),
    DONE("hoan-thanh", "Đã hoàn thành", "Done"),
    SUSPENDED("tam-dung", "Tạm dừng", "Suspended"),
    CANCELLED("huy-bo", "Hủy bỏ", "Cancelled");

    private final String code;
    private final String vi;
    private final String en;

    ItemStatus(String code, String vi, String en) {
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

    public static ItemStatus fromCode(String code) {
        return Labelled.fromCode(ItemStatus.class, code);
    }
}
