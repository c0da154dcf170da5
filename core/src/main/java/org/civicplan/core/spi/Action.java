package org.civicplan.core.spi;

import org.civicplan.core.Labelled;

/** The operations the access policy rules on. */
public enum Action implements Labelled {
    MANAGE_DIRECTORY(
            "quan-ly-danh-muc",
            "Quản lý danh mục đơn vị, chương trình, chỉ tiêu",
            "Manage units, programs, indicators"),
    EDIT_PLAN("sua-ke-hoach", "Soạn, sửa kế hoạch", "Draft or edit a plan"),
    ISSUE_PLAN("ban-hanh-ke-hoach", "Ban hành kế hoạch", "Issue a plan"),
    REGISTER_ITEM("dang-ky-nhiem-vu", "Đăng ký nhiệm vụ", "Register an item"),
    ASSIGN("phan-cong", "Phân công", "Assign an item"),
    RECORD_PROGRESS("cap-nhat-tien-do", "Cập nhật tiến độ", "Record progress"),
    RECORD_MEASUREMENT("cap-nhat-chi-tieu", "Cập nhật số liệu chỉ tiêu", "Record an indicator value"),
    PROPOSE_ADJUSTMENT("de-xuat-dieu-chinh", "Đề xuất điều chỉnh", "Propose an adjustment"),
    DECIDE_ADJUSTMENT(
            "quyet-dinh-dieu-chinh", "Chấp thuận/không chấp thuận điều chỉnh", "Accept or reject an adjustment"),
    SUBMIT_REPORT("gui-bao-cao", "Gửi báo cáo", "Submit a report"),
    APPROVE_REPORT("duyet-bao-cao", "Duyệt, trả lại báo cáo", "Approve or return a report"),
    REOPEN_PERIOD("mo-lai-ky-bao-cao", "Mở lại kỳ báo cáo", "Reopen a locked period");

    private final String code;
    private final String vi;
    private final String en;

    Action(String code, String vi, String en) {
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
