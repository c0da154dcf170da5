package org.civicplan.core.review;

import org.civicplan.core.Labelled;

/** An item's status in a review. */
public enum ReviewStatus implements Labelled {
    DONE_ON_TIME("hoan-thanh-dung-han", "Hoàn thành đúng hạn", "Done on time"),
    DONE_LATE("hoan-thanh-cham", "Hoàn thành chậm", "Done late"),
    OVERDUE("qua-han", "Quá hạn", "Overdue"),
    IN_PROGRESS("dang-thuc-hien", "Đang thực hiện", "In progress"),
    NOT_STARTED("chua-trien-khai", "Chưa triển khai", "Not started"),
    NOT_REPORTED("chua-bao-cao", "Chưa báo cáo", "Not reported"),
    SUSPENDED("tam-dung", "Tạm dừng", "Suspended"),
    CANCELLED("huy-bo", "Hủy bỏ", "Cancelled");

    private final String code;
    private final String vi;
    private final String en;

    ReviewStatus(String code, String vi, String en) {
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
