package org.civicplan.export.xlsx;

/**
 * The optional columns of the plan appendix, printed after the seven standard ones (STT, Nhiệm vụ,
 * Cơ quan chủ trì, Cơ quan phối hợp, Thời gian hoàn thành, Sản phẩm, Cấp trình).
 */
public enum AppendixColumn {
    /** Kinh phí: total planned funding in đồng. */
    FUNDING,
    /** Nguồn vốn: the funding sources. */
    FUNDING_SOURCES,
    /** Chỉ tiêu liên quan: codes of the indicators the item contributes to. */
    INDICATORS,
    /** Tình trạng: the item's state on the export date, coloured. */
    STATUS
}
