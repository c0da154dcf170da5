package org.civicplan.appendix;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.civicplan.core.Lang;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;

/**
 * A folder of collected forms: one receipt per file, and the units that had a form for the period
 * and have no recorded report yet.
 */
public record FormCollection(Period period, List<FormReceipt> receipts, List<UnitCode> missing) {
    public FormCollection {
        requireNonNull(period, "period is null");
        receipts = List.copyOf(receipts);
        missing = List.copyOf(missing);
    }

    /** The table: unit, received, rows, problems; then the units still missing. */
    public List<String> lines(Lang lang) {
        List<String> out = new ArrayList<>();
        out.add(lang.pick("Đơn vị\tĐã nhận\tSố dòng\tVấn đề\tTệp", "Unit\tReceived\tRows\tProblems\tFile"));
        for (FormReceipt r : receipts) {
            out.add(r.unit().map(UnitCode::value).orElse("?") + "\t"
                    + (r.recorded()
                            ? lang.pick("có", "yes") + (r.late() ? lang.pick(" (muộn)", " (late)") : "")
                            : lang.pick("không", "no"))
                    + "\t" + (r.itemLines() + r.values())
                    + "\t" + r.problems().size()
                    + "\t" + r.file());
        }
        out.add(lang.pick("Chưa nộp (" + period.code() + "): ", "Still missing (" + period.code() + "): ")
                + (missing.isEmpty()
                        ? lang.pick("không", "none")
                        : String.join(
                                ", ", missing.stream().map(UnitCode::value).toList())));
        for (FormReceipt r : receipts) {
            for (Problem p : r.problems()) {
                out.add((p.isError() ? lang.pick("  [lỗi] ", "  [error] ") : lang.pick("  [cảnh báo] ", "  [warning] "))
                        + p.text(lang));
            }
        }
        return out;
    }
}
