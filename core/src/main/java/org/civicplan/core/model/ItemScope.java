package org.civicplan.core.model;

import org.civicplan.core.Labelled;

/** How far an item reaches; a district leading a city-wide item needs a stated reason. */
public enum ItemScope implements Labelled {
    CITY("toan-thanh-pho", "Toàn Thành phố", "City-wide"),
    SECTOR("nganh", "Trong ngành, lĩnh vực", "Within a sector"),
    LOCAL("dia-phuong", "Trong địa phương, đơn vị", "Within one locality or unit");

    private final String code;
    private final String vi;
    private final String en;

    ItemScope(String code, String vi, String en) {
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

    public static ItemScope fromCode(String code) {
        return Labelled.fromCode(ItemScope.class, code);
    }
}
