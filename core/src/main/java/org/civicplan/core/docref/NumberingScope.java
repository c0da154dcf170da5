package org.civicplan.core.docref;

/** Over what a document number runs before it starts again at 1. */
public enum NumberingScope {
    /** State documents (Decree 30/2020/NĐ-CP): numbers restart each calendar year. */
    CALENDAR_YEAR("nam", "Theo năm dương lịch", "Calendar year"),
    /** Party documents: numbers run for the whole term of the party committee (nhiệm kỳ). */
    PARTY_TERM("nhiem-ky", "Theo nhiệm kỳ", "Party term");

    private final String code;
    private final String vi;
    private final String en;

    NumberingScope(String code, String vi, String en) {
        this.code = code;
        this.vi = vi;
        this.en = en;
    }

    public String code() {
        return code;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }
}
