package org.civicplan.appendix;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.Lang;
import org.civicplan.core.model.ReportId;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;

/**
 * What collecting one unit's form did.
 *
 * @param file the form's file name
 * @param unit the unit the form is for, when the form could be identified
 * @param period the period the form is for, when it could be identified
 * @param recorded true when the unit's draft report (and values) were recorded
 * @param replaced true when it replaced the unit's earlier draft for the period
 * @param late true when received after the period's due date
 * @param itemLines item lines recorded (rows with a status)
 * @param values indicator values recorded
 * @param report the draft report's id, when recorded
 * @param problems every problem, each located; any error and nothing was recorded
 */
public record FormReceipt(
        String file,
        Optional<UnitCode> unit,
        Optional<Period> period,
        boolean recorded,
        boolean replaced,
        boolean late,
        int itemLines,
        int values,
        Optional<ReportId> report,
        List<Problem> problems) {
    public FormReceipt {
        requireNonNull(file, "file is null");
        requireNonNull(unit, "unit is null");
        requireNonNull(period, "period is null");
        requireNonNull(report, "report is null");
        problems = List.copyOf(problems);
    }

    public int errors() {
        return (int) problems.stream().filter(Problem::isError).count();
    }

    /** The receipt for a person, as {@code civicplan collect} prints it. */
    public List<String> lines(Lang lang) {
        List<String> out = new ArrayList<>();
        String who = unit.map(UnitCode::value).orElse("?") + ", "
                + period.map(Period::code).orElse("?");
        if (recorded) {
            out.add(file + " (" + who + "): "
                    + lang.pick(
                            "đã ghi báo cáo dự thảo "
                                    + report.map(ReportId::value).orElse("") + " — " + itemLines + " dòng nhiệm vụ, "
                                    + values + " giá trị chỉ tiêu",
                            "draft report " + report.map(ReportId::value).orElse("") + " recorded — " + itemLines
                                    + " item lines, " + values + " indicator values")
                    + (replaced ? lang.pick(" (thay bản dự thảo trước)", " (replaces the earlier draft)") : "")
                    + (late ? lang.pick(" (nộp muộn)", " (late)") : ""));
        } else {
            out.add(file + " (" + who + "): "
                    + lang.pick(
                            "không ghi gì — sửa các lỗi dưới đây rồi gửi lại",
                            "nothing recorded — correct the errors below and send it again"));
        }
        for (Problem p : problems) {
            out.add((p.isError() ? lang.pick("  [lỗi] ", "  [error] ") : lang.pick("  [cảnh báo] ", "  [warning] "))
                    + p.text(lang));
        }
        return out;
    }
}
