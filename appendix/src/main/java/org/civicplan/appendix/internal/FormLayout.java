package org.civicplan.appendix.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The unit report form's layout, shared by the writer and the reader: sheet names, columns, and the
 * checksum over the form's identifiers kept in its very hidden sheet.
 */
public final class FormLayout {
    public static final String SHEET = "Báo cáo";
    public static final String KEY_SHEET = "civicplan";
    public static final String FORMAT = "civicplan-report-form-1";

    /** Item table columns. */
    public static final int I_NUMBER = 0;

    public static final int I_ID = 1;
    public static final int I_TITLE = 2;
    public static final int I_ROLE = 3;
    public static final int I_DEADLINE = 4;
    public static final int I_STATUS = 5;
    public static final int I_PERCENT = 6;
    public static final int I_DONE_ON = 7;
    public static final int I_RESULT = 8;
    public static final int I_DIFFICULTIES = 9;
    public static final int I_PROPOSALS = 10;
    public static final List<String> ITEM_HEADINGS = List.of(
            "STT",
            "Mã nhiệm vụ",
            "Nhiệm vụ",
            "Vai trò của đơn vị",
            "Thời hạn",
            "Tình trạng",
            "Tỷ lệ hoàn thành (%)",
            "Ngày hoàn thành (dd/mm/yyyy)",
            "Kết quả, sản phẩm đã có",
            "Khó khăn, vướng mắc",
            "Kiến nghị, đề xuất");

    /** Indicator table columns. */
    public static final int C_NUMBER = 0;

    public static final int C_CODE = 1;
    public static final int C_NAME = 2;
    public static final int C_KIND = 3;
    public static final int C_MEASURE = 4;
    public static final int C_VALUE = 5;
    public static final int C_NUMERATOR = 6;
    public static final int C_DENOMINATOR = 7;
    public static final List<String> INDICATOR_HEADINGS = List.of(
            "STT",
            "Mã chỉ tiêu",
            "Chỉ tiêu",
            "Loại",
            "Đơn vị tính",
            "Giá trị (số lượng; số đồng; Đạt/Chưa đạt)",
            "Tử số (tỷ lệ)",
            "Mẫu số (tỷ lệ)");

    public static final String REACHED = "Đạt";
    public static final String NOT_REACHED = "Chưa đạt";

    private FormLayout() {}

    /**
     * The checksum of a form's identifiers: unit, program, period, the item ids and indicator codes
     * in form order. A form whose identifiers were edited no longer matches it.
     */
    public static String checksum(
            String unit, String program, String period, List<String> items, List<String> indicators) {
        StringBuilder text = new StringBuilder(FORMAT)
                .append('\u001f')
                .append(unit)
                .append('\u001f')
                .append(program)
                .append('\u001f')
                .append(period);
        items.forEach(i -> text.append('\u001e').append(i));
        text.append('\u001d');
        indicators.forEach(i -> text.append('\u001e').append(i));
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
