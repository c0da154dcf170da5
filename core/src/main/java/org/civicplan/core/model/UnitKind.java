package org.civicplan.core.model;

import org.civicplan.core.Labelled;

/**
 * The kind of an org unit (đơn vị), across the whole state: central bodies (Government, Prime
 * Minister, ministries and ministerial agencies, government agencies, the National Assembly and its
 * bodies, the State President, the party's central bodies), local government in provinces and
 * centrally-run cities (people's committee, council, party committee, departments), districts (the
 * middle tier, abolished on 1 July 2025), communes and wards (the lower tier, kept), public service
 * units, enterprises, universities, institutes and mass organisations.
 *
 * <p>A people's committee at the top of a province or centrally-run city is {@link
 * #PEOPLES_COMMITTEE}; the committee of a district is {@link #DISTRICT}, of a commune {@link
 * #COMMUNE}.
 */
public enum UnitKind implements Labelled {
    GOVERNMENT("chinh-phu", "Chính phủ", "Government"),
    PRIME_MINISTER("thu-tuong", "Thủ tướng Chính phủ", "Prime Minister"),
    MINISTRY("bo-nganh", "Bộ, cơ quan ngang bộ", "Ministry or ministerial agency"),
    GOVERNMENT_AGENCY("co-quan-thuoc-cp", "Cơ quan thuộc Chính phủ", "Government agency"),
    CENTRAL_DEPARTMENT("cuc-vu", "Tổng cục, cục, vụ thuộc bộ", "General department or department of a ministry"),
    NATIONAL_ASSEMBLY("quoc-hoi", "Quốc hội", "National Assembly"),
    NATIONAL_ASSEMBLY_BODY(
            "co-quan-quoc-hoi",
            "Cơ quan của Quốc hội (Ủy ban Thường vụ, Hội đồng, Ủy ban, Đoàn giám sát)",
            "Body of the National Assembly"),
    STATE_PRESIDENT("chu-tich-nuoc", "Chủ tịch nước", "State President"),
    PARTY_CENTRAL(
            "trung-uong-dang",
            "Cơ quan Trung ương Đảng (Ban Chấp hành, Bộ Chính trị, Ban Bí thư, các ban)",
            "Central party body"),
    PARTY_COMMITTEE("thanh-uy", "Cấp ủy Đảng (Thành ủy, Huyện ủy)", "Party committee"),
    PEOPLES_COUNCIL("hdnd", "Hội đồng nhân dân", "People's Council"),
    PEOPLES_COMMITTEE("ubnd", "Ủy ban nhân dân", "People's Committee"),
    STEERING_COMMITTEE("bcd", "Ban Chỉ đạo", "Steering committee"),
    DEPARTMENT("so-nganh", "Sở, ban, ngành", "Department or agency"),
    DISTRICT("quan-huyen", "Quận, huyện, thị xã", "District"),
    COMMUNE("xa-phuong", "Xã, phường, thị trấn", "Commune or ward"),
    ENTERPRISE("doanh-nghiep", "Doanh nghiệp", "Enterprise"),
    UNIVERSITY("truong-dai-hoc", "Trường đại học, cao đẳng", "University or college"),
    INSTITUTE("vien", "Viện, trung tâm nghiên cứu", "Research institute"),
    PUBLIC_SERVICE_UNIT("don-vi-su-nghiep", "Đơn vị sự nghiệp công lập", "Public service unit"),
    ORGANISATION("to-chuc", "Tổ chức chính trị - xã hội, hiệp hội", "Association or mass organisation");

    private final String code;
    private final String vi;
    private final String en;

    UnitKind(String code, String vi, String en) {
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

    public static UnitKind fromCode(String code) {
        return Labelled.fromCode(UnitKind.class, code);
    }
}
