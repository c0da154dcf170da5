package org.civicplan.core.export;

import java.util.List;
import org.civicplan.core.Lang;

/**
 * The columns of an indicator-values export, in order, shared by the exporters that write one row
 * per measurement (CSV and spreadsheet), so that the same column has the same heading in both.
 */
public final class MeasurementColumns {
    private static final List<String> VI =
            List.of("Mã chỉ tiêu", "Kỳ", "Kỳ báo cáo", "Đơn vị báo cáo", "Loại", "Giá trị", "Tử số", "Mẫu số", "Nguồn");
    private static final List<String> EN = List.of(
            "Indicator",
            "Period",
            "Period label",
            "Reported by",
            "Kind",
            "Value",
            "Numerator",
            "Denominator",
            "Source");

    private MeasurementColumns() {}

    /**
     * Indicator code, period code, period as words, reporting unit, kind, value, numerator and
     * denominator (ratios only), source.
     */
    public static List<String> headings(Lang lang) {
        return lang.pick(VI, EN);
    }
}
