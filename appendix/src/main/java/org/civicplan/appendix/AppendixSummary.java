package org.civicplan.appendix;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.civicplan.core.Lang;

/**
 * What reading an appendix found, for a dry run ({@code --dry-run}) before anything is imported:
 * how many tables, sections and items; how the unit names resolved; how many deadlines were read;
 * and the problems, each located.
 *
 * @param file the file's name
 * @param tables the tables recognised, in file order
 * @param sections section rows read
 * @param items item rows read
 * @param totals totals rows recognised (not items)
 * @param notes note rows recognised (not items)
 * @param units how the unit names in lead and coordinating cells resolved
 * @param deadlines how the deadline cells read
 * @param documents document numbers found
 * @param problems the problems kept (at most {@link ReadLimits#maxProblemsKept()}), in file order
 * @param errors all errors found, kept or not
 * @param warnings all warnings found, kept or not
 */
public record AppendixSummary(
        String file,
        List<AppendixTable> tables,
        int sections,
        int items,
        int totals,
        int notes,
        UnitCounts units,
        DeadlineCounts deadlines,
        int documents,
        List<Problem> problems,
        int errors,
        int warnings) {
    public AppendixSummary {
        requireNonNull(file, "file is null");
        tables = List.copyOf(tables);
        requireNonNull(units, "units is null");
        requireNonNull(deadlines, "deadlines is null");
        problems = List.copyOf(problems);
    }

    /** Unit names by what they resolved to; a cell naming three units counts three. */
    public record UnitCounts(int resolved, int collective, int ambiguous, int unknown) {
        public int total() {
            return resolved + collective + ambiguous + unknown;
        }
    }

    /** Deadline cells: read into a period, not read, empty. */
    public record DeadlineCounts(int read, int unread, int empty) {}

    /** True when no error was found (warnings allowed). */
    public boolean clean() {
        return errors == 0;
    }

    /** The summary as lines for a person, e.g. printed by {@code civicplan import --dry-run}. */
    public List<String> lines(Lang lang) {
        List<String> out = new ArrayList<>();
        out.add(lang.pick("Tệp: ", "File: ") + file);
        out.add(lang.pick("Bảng phụ lục: ", "Appendix tables: ") + tables.size());
        out.add(lang.pick("Nhiệm vụ đọc được: ", "Items read: ") + items
                + lang.pick(" (mục: ", " (sections: ") + sections
                + lang.pick(", dòng tổng: ", ", totals rows: ") + totals
                + lang.pick(", ghi chú: ", ", notes: ") + notes + ")");
        out.add(lang.pick("Đơn vị: ", "Units: ")
                + units.resolved() + lang.pick(" xác định", " resolved") + ", "
                + units.collective() + lang.pick(" chung (nhóm)", " collective") + ", "
                + units.ambiguous() + lang.pick(" chưa rõ (nhiều đơn vị trùng tên)", " ambiguous") + ", "
                + units.unknown() + lang.pick(" không có trong danh mục", " unknown"));
        out.add(lang.pick("Thời hạn: ", "Deadlines: ")
                + deadlines.read() + lang.pick(" đọc được", " read") + ", "
                + deadlines.unread() + lang.pick(" không đọc được", " unread") + ", "
                + deadlines.empty() + lang.pick(" để trống", " empty"));
        out.add(lang.pick("Số, ký hiệu văn bản: ", "Document numbers: ") + documents);
        out.add(lang.pick("Vấn đề: ", "Problems: ")
                + errors
                + lang.pick(" lỗi, ", " errors, ")
                + warnings
                + lang.pick(" cảnh báo", " warnings"));
        for (Problem p : problems) {
            out.add((p.isError() ? lang.pick("  [lỗi] ", "  [error] ") : lang.pick("  [cảnh báo] ", "  [warning] "))
                    + p.text(lang));
        }
        int dropped = errors + warnings - problems.size();
        if (dropped > 0) {
            out.add(lang.pick("  ... và " + dropped + " vấn đề khác", "  ... and " + dropped + " more"));
        }
        return out;
    }
}
