package org.civicplan.core.model;

import org.civicplan.core.Labelled;

/** How often an indicator is measured and reported. */
public enum Frequency implements Labelled {
    MONTHLY("hang-thang", "Hằng tháng", "Monthly"),
    QUARTERLY("hang-quy", "Hằng quý", "Quarterly"),
    SEMI_ANNUAL("6-thang", "6 tháng", "Semi-annual"),
    ANNUAL("hang-nam", "Hằng năm", "Annual"),
    ONCE("mot-lan", "Một lần (khi hoàn thành)", "Once (on completion)");

    private final String code;
    private final String vi;
    private final String en;

    Frequency(String code, String vi, String en) {
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

    public static Frequency fromCode(String code) {
        return Labelled.fromCode(Frequency.class, code);
    }
}
