package org.civicplan.core.model;

import org.civicplan.core.Labelled;

/**
 * Who approves or issues an item (cấp trình, cấp phê duyệt), from the party's central bodies and the
 * National Assembly down to the commune. The provincial levels are named after a city ("Thành
 * phố") as in the project's first users' documents; they stand for any province or centrally-run
 * city. Districts approve only in documents before 1 July 2025, when the district tier ended.
 */
public enum ApprovalLevel implements Labelled {
    PARTY_CENTRAL("trung-uong-dang", "Bộ Chính trị, Ban Bí thư, Ban Chấp hành Trung ương", "Central party body"),
    NATIONAL_ASSEMBLY("quoc-hoi", "Quốc hội, Ủy ban Thường vụ Quốc hội", "National Assembly or its Standing Committee"),
    GOVERNMENT("chinh-phu", "Chính phủ", "Government"),
    PRIME_MINISTER("thu-tuong", "Thủ tướng Chính phủ", "Prime Minister"),
    MINISTRY("bo-nganh", "Bộ, cơ quan ngang bộ", "Ministry or ministerial agency"),
    PARTY_COMMITTEE("thanh-uy", "Thành ủy, Ban Thường vụ Thành ủy", "Party Committee or its Standing Board"),
    PEOPLES_COUNCIL("hdnd-tp", "HĐND Thành phố", "City People's Council"),
    PEOPLES_COMMITTEE("ubnd-tp", "UBND Thành phố", "City People's Committee"),
    COMMITTEE_CHAIR("chu-tich-ubnd-tp", "Chủ tịch UBND Thành phố", "Chair of the City People's Committee"),
    STEERING_COMMITTEE("bcd", "Ban Chỉ đạo", "Steering committee"),
    DEPARTMENT("so-nganh", "Sở, ban, ngành", "Department"),
    DISTRICT(
            "ubnd-quan-huyen",
            "UBND quận, huyện, thị xã (đến 30/6/2025)",
            "District People's Committee (until 30 June 2025)"),
    COMMUNE("ubnd-xa-phuong", "UBND xã, phường, đặc khu", "Commune or ward People's Committee"),
    CENTRAL("trung-uong", "Cơ quan Trung ương", "Central authority");

    private final String code;
    private final String vi;
    private final String en;

    ApprovalLevel(String code, String vi, String en) {
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

    public static ApprovalLevel fromCode(String code) {
        return Labelled.fromCode(ApprovalLevel.class, code);
    }
}
