package org.civicplan.core.model;

import org.civicplan.core.Labelled;

/** Who approves or issues an item (cấp trình, cấp phê duyệt). */
public enum ApprovalLevel implements Labelled {
    PARTY_COMMITTEE("thanh-uy", "Thành ủy, Ban Thường vụ Thành ủy", "Party Committee or its Standing Board"),
    PEOPLES_COUNCIL("hdnd-tp", "HĐND Thành phố", "City People's Council"),
    PEOPLES_COMMITTEE("ubnd-tp", "UBND Thành phố", "City People's Committee"),
    COMMITTEE_CHAIR("chu-tich-ubnd-tp", "Chủ tịch UBND Thành phố", "Chair of the City People's Committee"),
    STEERING_COMMITTEE("bcd", "Ban Chỉ đạo", "Steering committee"),
    DEPARTMENT("so-nganh", "Sở, ban, ngành", "Department"),
    DISTRICT("ubnd-quan-huyen", "UBND quận, huyện, thị xã", "District People's Committee"),
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
