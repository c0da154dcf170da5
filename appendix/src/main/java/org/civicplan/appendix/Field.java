package org.civicplan.appendix;

import java.util.List;
import org.civicplan.core.Lang;

/**
 * The columns of an appendix table the reader recognises, each by the headings officials write
 * (compared without diacritics, case or punctuation; a heading that contains a variant as whole
 * words matches, the longest variant winning). Other columns are kept by their heading as written.
 */
public enum Field {
    NUMBER("STT", "No.", List.of("STT", "TT", "Số TT", "Số thứ tự", "No")),
    TASK(
            "Nhiệm vụ",
            "Task",
            List.of(
                    "Nhiệm vụ",
                    "Nội dung",
                    "Tên nhiệm vụ",
                    "Nội dung công việc",
                    "Nội dung nhiệm vụ",
                    "Nhiệm vụ, giải pháp",
                    "Tên đề án",
                    "Task")),
    LEAD(
            "Cơ quan chủ trì",
            "Lead agency",
            List.of(
                    "Cơ quan chủ trì",
                    "Đơn vị chủ trì",
                    "Chủ trì",
                    "Cơ quan, đơn vị chủ trì",
                    "Cơ quan chủ trì thực hiện",
                    "Đơn vị chủ trì thực hiện",
                    "Đơn vị thực hiện",
                    "Bộ phận thực hiện",
                    "Bộ phận T.hiện",
                    "Lead agency")),
    COORDINATING(
            "Cơ quan phối hợp",
            "Coordinating agencies",
            List.of(
                    "Cơ quan phối hợp",
                    "Đơn vị phối hợp",
                    "Phối hợp",
                    "Cơ quan, đơn vị phối hợp",
                    "Coordinating agencies")),
    DEADLINE(
            "Thời gian hoàn thành",
            "Deadline",
            List.of(
                    "Thời gian hoàn thành",
                    "Thời gian thực hiện",
                    "Tiến độ",
                    "Tiến độ thực hiện",
                    "Tiến độ hoàn thành",
                    "Thời gian",
                    "Thời hạn",
                    "Thời hạn hoàn thành",
                    "Thời gian trình",
                    "Tháng",
                    "Deadline")),
    PRODUCT(
            "Sản phẩm",
            "Product",
            List.of("Sản phẩm", "Kết quả, sản phẩm", "Sản phẩm đầu ra", "Hình thức văn bản", "Kết quả", "Product")),
    APPROVAL("Cấp trình", "Approved by", List.of("Cấp trình", "Cấp phê duyệt", "Cấp ban hành", "Approved by")),
    NOTE("Ghi chú", "Notes", List.of("Ghi chú", "Notes")),
    FUNDING("Kinh phí", "Funding", List.of("Kinh phí", "Kinh phí thực hiện", "Dự toán kinh phí", "Funding")),
    FUNDING_SOURCE("Nguồn kinh phí", "Funding sources", List.of("Nguồn kinh phí", "Nguồn vốn", "Funding sources")),
    INDICATORS("Chỉ tiêu liên quan", "Related indicators", List.of("Chỉ tiêu liên quan", "Related indicators")),
    STATUS("Tình trạng", "Status", List.of("Tình trạng", "Status"));

    private final String vi;
    private final String en;
    private final List<String> headings;

    Field(String vi, String en, List<String> headings) {
        this.vi = vi;
        this.en = en;
        this.headings = headings;
    }

    /** The usual heading in the given language. */
    public String label(Lang lang) {
        return lang.pick(vi, en);
    }

    /** The headings, as written, that name this column. */
    public List<String> headings() {
        return headings;
    }
}
