package org.civicplan.core.docref;

import java.util.Locale;
import java.util.Optional;

/**
 * The type abbreviation written into a document symbol ("186/<b>KH</b>-UBND", "07-<b>CTr</b>/TU"),
 * after Decree 30/2020/NĐ-CP Appendix III (state documents), the party's rules on document
 * formats, and the two legal-document types written with a year: ordinances of the National
 * Assembly Standing Committee ({@code 38/2001/PL-UBTVQH10}) and consolidated texts ({@code
 * 03/VBHN-VPQH}).
 *
 * <p>A state official letter (công văn) has no type code: its symbol is {@code
 * number/issuer-draftingUnit}, so it is modelled as an empty {@link DocumentRef#typeCode()}. Party
 * official letters do carry {@code CV} ("123-CV/TU"), hence {@link #CV}.
 *
 * <p>Where the party and the state use one code for two types (party "Thông tri" and "Quy định"
 * are also written TT and QĐ), the constant carries the more common state meaning.
 */
public enum DocumentType {
    NQ("NQ", "Nghị quyết", "Resolution"),
    QD("QĐ", "Quyết định", "Decision"),
    CT("CT", "Chỉ thị", "Directive"),
    CTR("CTr", "Chương trình", "Program"),
    KH("KH", "Kế hoạch", "Plan"),
    DE_AN("ĐA", "Đề án", "Scheme"),
    DU_AN("DA", "Dự án", "Project"),
    BC("BC", "Báo cáo", "Report"),
    TB("TB", "Thông báo", "Notice"),
    HD("HD", "Hướng dẫn", "Guidance"),
    KL("KL", "Kết luận", "Conclusion"),
    TTR("TTr", "Tờ trình", "Submission"),
    QC("QC", "Quy chế", "Rules"),
    QYD("QyĐ", "Quy định", "Regulation"),
    ND("NĐ", "Nghị định", "Decree"),
    TT("TT", "Thông tư", "Circular"),
    TTLT("TTLT", "Thông tư liên tịch", "Joint circular"),
    BB("BB", "Biên bản", "Minutes"),
    GM("GM", "Giấy mời", "Invitation"),
    PA("PA", "Phương án", "Option plan"),
    TC("TC", "Thông cáo", "Communiqué"),
    CD("CĐ", "Công điện", "Official telegram"),
    HDONG("HĐ", "Hợp đồng", "Contract"),
    GGT("GGT", "Giấy giới thiệu", "Letter of introduction"),
    GUQ("GUQ", "Giấy ủy quyền", "Power of attorney"),
    BGN("BGN", "Bản ghi nhớ", "Memorandum of understanding"),
    PL("PL", "Pháp lệnh", "Ordinance"),
    VBHN("VBHN", "Văn bản hợp nhất", "Consolidated text"),
    CV("CV", "Công văn", "Official letter");

    private final String code;
    private final String vi;
    private final String en;

    DocumentType(String code, String vi, String en) {
        this.code = code;
        this.vi = vi;
        this.en = en;
    }

    /** The abbreviation as written in symbols, e.g. {@code CTr}, {@code QĐ}. */
    public String code() {
        return code;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }

    /**
     * The type with this abbreviation. Matching is case-sensitive ("kh" is not a type), except that
     * an all-upper-case spelling of a mixed-case code is accepted ({@code CTR} gives {@link #CTR}),
     * because symbols are often retyped in capitals.
     */
    public static Optional<DocumentType> fromCode(String code) {
        if (code == null || code.isEmpty()) {
            return Optional.empty();
        }
        for (DocumentType type : values()) {
            if (type.code.equals(code)) {
                return Optional.of(type);
            }
        }
        if (code.equals(code.toUpperCase(Locale.ROOT))) {
            for (DocumentType type : values()) {
                if (type.code.toUpperCase(Locale.ROOT).equals(code)) {
                    return Optional.of(type);
                }
            }
        }
        return Optional.empty();
    }
}
