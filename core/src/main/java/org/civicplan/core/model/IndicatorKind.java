package org.civicplan.core.model;

import org.civicplan.core.Labelled;

/** How an indicator is counted. */
public enum IndicatorKind implements Labelled {
    COUNT("so-luong", "Số lượng", "Count"),
    PERCENT("ty-le", "Tỷ lệ (%)", "Percentage"),
    MONEY("gia-tri", "Giá trị (đồng)", "Money (VND)"),
    MILESTONE("moc", "Mốc hoàn thành (có/không)", "Milestone (yes/no)");

    private final String code;
    private final String vi;
    private final String en;

    IndicatorKind(String code, String vi, String en) {
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

    public static IndicatorKind fromCode(String code) {
        return Labelled.fromCode(IndicatorKind.class, code);
    }
}
