package org.civicplan.core.model;

import org.civicplan.core.Labelled;

/** The kind of an org unit (đơn vị). */
public enum UnitKind implements Labelled {
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
