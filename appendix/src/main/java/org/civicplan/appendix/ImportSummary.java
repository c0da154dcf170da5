package org.civicplan.appendix;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.civicplan.core.Lang;
import org.civicplan.core.model.PlanId;

/**
 * What importing an appendix into a plan did, or, for a dry run, would do (the model is DHIS2's
 * import summary): items read, new, changed and unchanged; the plan's items the appendix no longer
 * lists (kept, never deleted); how the units and deadlines read; the problems, each located.
 *
 * @param reading what reading the file found (units, deadlines, problems of the file)
 * @param plan the plan imported into
 * @param planCreated true when the import creates the plan (a new draft)
 * @param issued true when the plan is issued: changes become adjustment proposals, not edits
 * @param changes every item row, in file order
 * @param notInAppendix the plan's items the appendix does not list (left as they are)
 * @param problems the import's own problems (on top of the reading's), e.g. a new row for an issued plan
 * @param dryRun true when nothing was to be written
 * @param written true when the changes were written (never for a dry run, nor when there are errors)
 */
public record ImportSummary(
        AppendixSummary reading,
        PlanId plan,
        boolean planCreated,
        boolean issued,
        List<ItemChange> changes,
        int notInAppendix,
        List<Problem> problems,
        boolean dryRun,
        boolean written) {
    public ImportSummary {
        requireNonNull(reading, "reading is null");
        requireNonNull(plan, "plan is null");
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    public int read() {
        return changes.size();
    }

    public int created() {
        return count(ItemChange.Kind.NEW);
    }

    public int changed() {
        return count(ItemChange.Kind.CHANGED);
    }

    public int unchanged() {
        return count(ItemChange.Kind.UNCHANGED);
    }

    /** Errors of the file and of the import: any one of them and nothing is written. */
    public int errors() {
        return reading.errors()
                + (int) problems.stream().filter(Problem::isError).count();
    }

    public boolean clean() {
        return errors() == 0;
    }

    private int count(ItemChange.Kind kind) {
        return (int) changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** The summary for a person, as {@code civicplan import} prints it. */
    public List<String> lines(Lang lang) {
        List<String> out = new ArrayList<>();
        out.add(lang.pick("Tệp: ", "File: ")
                + reading.file()
                + lang.pick(" → kế hoạch ", " → plan ")
                + plan
                + (planCreated ? lang.pick(" (dự thảo mới)", " (new draft)") : "")
                + (issued
                        ? lang.pick(
                                " (đã ban hành: thay đổi thành đề xuất điều chỉnh)",
                                " (issued: changes become adjustment proposals)")
                        : ""));
        out.add(lang.pick("Nhiệm vụ: ", "Items: ")
                + read()
                + lang.pick(" đọc được, ", " read, ")
                + created()
                + lang.pick(" mới, ", " new, ")
                + changed()
                + lang.pick(" thay đổi, ", " changed, ")
                + unchanged()
                + lang.pick(" không đổi", " unchanged")
                + (notInAppendix > 0
                        ? lang.pick(
                                "; " + notInAppendix + " nhiệm vụ của kế hoạch không có trong phụ lục (giữ nguyên)",
                                "; " + notInAppendix + " items of the plan not in the appendix (kept)")
                        : ""));
        AppendixSummary.UnitCounts u = reading.units();
        out.add(lang.pick("Đơn vị: ", "Units: ")
                + u.resolved() + lang.pick(" xác định", " resolved") + ", "
                + u.collective() + lang.pick(" chung (nhóm)", " collective") + ", "
                + u.ambiguous() + lang.pick(" chưa rõ (nhiều đơn vị trùng tên)", " ambiguous") + ", "
                + u.unknown() + lang.pick(" không có trong danh mục", " unknown"));
        AppendixSummary.DeadlineCounts d = reading.deadlines();
        out.add(lang.pick("Thời hạn: ", "Deadlines: ")
                + d.read() + lang.pick(" đọc được", " read") + ", "
                + d.unread() + lang.pick(" không đọc được", " unread") + ", "
                + d.empty() + lang.pick(" để trống", " empty"));
        for (ItemChange c : changes) {
            if (c.kind() == ItemChange.Kind.CHANGED) {
                out.add("  "
                        + (issued
                                ? lang.pick("[đề xuất điều chỉnh] ", "[adjustment proposed] ")
                                : lang.pick("[cập nhật] ", "[updated] "))
                        + c.item() + " (STT " + c.number() + lang.pick(", khớp theo ", ", matched by ")
                        + c.matchedBy().orElse("") + "): " + String.join(", ", c.fields()));
            } else if (c.kind() == ItemChange.Kind.NEW) {
                out.add("  " + lang.pick("[mới] ", "[new] ") + c.item() + " (STT " + c.number() + "): " + c.title());
            }
        }
        int warnings = reading.warnings()
                + (int) problems.stream().filter(p -> !p.isError()).count();
        out.add(lang.pick("Vấn đề: ", "Problems: ")
                + errors()
                + lang.pick(" lỗi, ", " errors, ")
                + warnings
                + lang.pick(" cảnh báo", " warnings"));
        List<Problem> all = new ArrayList<>(reading.problems());
        all.addAll(problems);
        for (Problem p : all) {
            out.add((p.isError() ? lang.pick("  [lỗi] ", "  [error] ") : lang.pick("  [cảnh báo] ", "  [warning] "))
                    + p.text(lang));
        }
        int dropped = reading.errors() + reading.warnings() - reading.problems().size();
        if (dropped > 0) {
            out.add(lang.pick("  ... và " + dropped + " vấn đề khác", "  ... and " + dropped + " more"));
        }
        if (dryRun) {
            out.add(lang.pick("Chạy thử: không ghi gì.", "Dry run: nothing written."));
        } else if (!written) {
            out.add(lang.pick(
                    "Không nhập gì: sửa các lỗi trên rồi nhập lại.",
                    "Nothing imported: correct the errors above and import again."));
        } else {
            out.add(
                    issued
                            ? lang.pick(
                                    "Đã ghi " + changed() + " đề xuất điều chỉnh, chờ quyết định.",
                                    "Written: " + changed() + " adjustment proposals, awaiting decision.")
                            : lang.pick(
                                    "Đã ghi: " + created() + " nhiệm vụ mới, " + changed() + " nhiệm vụ cập nhật.",
                                    "Written: " + created() + " new items, " + changed() + " items updated."));
        }
        return out;
    }
}
