package org.civicplan.core.model;

import org.civicplan.core.Labelled;

/** Where an item's money comes from (nguồn vốn). */
public enum FundingSource implements Labelled {
    CITY_BUDGET("ngan-sach-thanh-pho", "Ngân sách Thành phố", "City budget"),
    DISTRICT_BUDGET("ngan-sach-quan-huyen", "Ngân sách quận, huyện", "District budget"),
    CENTRAL_BUDGET("ngan-sach-trung-uong", "Ngân sách Trung ương", "Central budget"),
    ENTERPRISE("xa-hoi-hoa", "Doanh nghiệp, xã hội hóa", "Enterprise or socialised"),
    ODA("oda", "Vốn ODA, vay ưu đãi", "ODA and concessional loans"),
    REGULAR_BUDGET("chi-thuong-xuyen", "Kinh phí chi thường xuyên", "Regular operating budget"),
    OTHER("khac", "Nguồn hợp pháp khác", "Other lawful sources");

    private final String code;
    private final String vi;
    private final String en;

    FundingSource(String code, String vi, String en) {
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

    public static FundingSource fromCode(String code) {
        return Labelled.fromCode(FundingSource.class, code);
    }
}
