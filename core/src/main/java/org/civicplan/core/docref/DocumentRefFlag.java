package org.civicplan.core.docref;

/** Something a lenient reading noticed about a number and symbol that is still understood. */
public enum DocumentRefFlag {
    /**
     * The symbol is written other than in its canonical form: spaces around or instead of hyphens,
     * capitals for a mixed-case code ({@code CT-TTG}), a year joined by a hyphen ({@code
     * 19-2018/NQ-CP}).
     */
    RESPELLED("viết khác dạng chuẩn", "written other than in the canonical form"),
    /** The type code is in the position of a type but not in {@link DocumentType}; it is kept as written. */
    UNKNOWN_TYPE("loại văn bản ngoài bảng chuẩn", "document type outside the standard table");

    private final String vi;
    private final String en;

    DocumentRefFlag(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }
}
