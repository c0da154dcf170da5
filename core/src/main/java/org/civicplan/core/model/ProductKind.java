package org.civicplan.core.model;

import org.civicplan.core.Labelled;

/** What an item delivers (sản phẩm); countable kinds need a quantity. */
public enum ProductKind implements Labelled {
    DECISION("quyet-dinh", "Quyết định", "Decision", false),
    RESOLUTION("nghi-quyet", "Nghị quyết", "Resolution", false),
    POLICY("co-che-chinh-sach", "Cơ chế, chính sách", "Policy or mechanism", false),
    SCHEME_DOCUMENT("de-an", "Đề án", "Scheme document", false),
    PLAN_DOCUMENT("ke-hoach", "Kế hoạch", "Plan document", false),
    PROGRAM_DOCUMENT("chuong-trinh", "Chương trình", "Program document", false),
    REPORT("bao-cao", "Báo cáo", "Report", false),
    REGULATION("quy-che", "Quy chế, quy định", "Regulation", false),
    IT_SYSTEM("he-thong-cntt", "Hệ thống thông tin, phần mềm", "IT system or software", false),
    DATABASE("co-so-du-lieu", "Cơ sở dữ liệu", "Database", false),
    FACILITY("cong-trinh", "Công trình, cơ sở vật chất", "Facility", true),
    EVENT("su-kien", "Hội nghị, hội thảo, sự kiện", "Event or conference", true),
    TRAINING("dao-tao", "Lớp đào tạo, bồi dưỡng", "Training course", true),
    RESEARCH("de-tai", "Đề tài, nhiệm vụ khoa học", "Research project", true),
    SUPPORT("ho-tro", "Hỗ trợ doanh nghiệp, tổ chức", "Support to enterprises or organisations", true),
    OTHER("khac", "Khác", "Other", false);

    private final String code;
    private final String vi;
    private final String en;
    private final boolean countable;

    ProductKind(String code, String vi, String en, boolean countable) {
        this.code = code;
        this.vi = vi;
        this.en = en;
        this.countable = countable;
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

    /** True when the product is counted (events, courses, facilities): a quantity is expected. */
    public boolean countable() {
        return countable;
    }

    public static ProductKind fromCode(String code) {
        return Labelled.fromCode(ProductKind.class, code);
    }
}
