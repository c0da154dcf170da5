package org.civicplan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Deadline;
import org.civicplan.storage.json.UnitNameResolution;
import org.civicplan.storage.json.UnitNameResolution.How;

/**
 * What {@code validate} and {@code import} say about a version-2 file's texts as officials write
 * them: how each unit reference was resolved (counts, then one line per reference that was not a
 * code or a unit's own name), and how many deadlines were kept as written.
 */
final class NameResolutions {
    private final List<UnitNameResolution> told = new ArrayList<>();

    void add(UnitNameResolution resolution) {
        told.add(resolution);
    }

    /** Prints the counts and the non-trivial lines; nothing for a file that gives units by code only (as version 1 does). */
    void print(PrintWriter out, CivicPlanCli.Options o) {
        if (told.stream().allMatch(r -> r.how() == How.CODE)) {
            return;
        }
        Map<How, Integer> counts = new EnumMap<>(How.class);
        for (How how : How.values()) {
            counts.put(how, 0);
        }
        told.forEach(r -> counts.merge(r.how(), 1, Integer::sum));
        String each = counts.entrySet().stream()
                .map(e -> e.getKey().label(o.lang()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
        out.println(o.t("Tham chiếu đơn vị: ", "Unit references: ") + told.size() + " — " + each);
        for (UnitNameResolution r : told) {
            if (r.how() == How.CODE || r.how() == How.NAME) {
                continue;
            }
            String to =
                    switch (r.how()) {
                        case AMBIGUOUS -> o.t("các đơn vị có thể: ", "candidates: ") + codes(r.candidates());
                        case UNKNOWN -> o.t("không có trong danh mục đơn vị", "not in the unit directory");
                        case NOT_ONE ->
                            o.t("trường này cần đúng một đơn vị", "the field needs exactly one unit")
                                    + (r.units().isEmpty() ? "" : " (" + codes(r.units()) + ")");
                        case COLLECTIVE ->
                            r.units().isEmpty()
                                    ? o.t(
                                            "giữ nguyên như văn bản, không chỉ đơn vị nào",
                                            "kept as written, names no single unit")
                                    : codes(r.units()) + o.t(" và một nhóm chung", " and a collective");
                        default -> codes(r.units());
                    };
            out.println(
                    "  " + r.location() + " \"" + r.text() + "\" → " + r.how().label(o.lang()) + ": " + to);
        }
    }

    /** One line on the deadlines kept as written, when the file has any. */
    static void printDeadlines(PrintWriter out, Portfolio portfolio, CivicPlanCli.Options o) {
        int written = 0;
        int inferred = 0;
        int anchored = 0;
        int recurring = 0;
        for (Item item : portfolio.items()) {
            if (item.deadlineAsWritten().isEmpty()) {
                continue;
            }
            written++;
            Deadline d = item.deadlineAsWritten().get();
            if (d instanceof Deadline.Dated dated && dated.yearInferred()) {
                inferred++;
            } else if (d instanceof Deadline.Anchored) {
                anchored++;
            } else if (d instanceof Deadline.Recurring) {
                recurring++;
            }
        }
        if (written > 0) {
            out.println(o.t(
                    "Thời hạn ghi như văn bản: " + written + " (năm lấy từ ngày văn bản " + inferred
                            + ", tính từ một mốc " + anchored + ", định kỳ " + recurring + ")",
                    "Deadlines kept as written: " + written + " (year from the document date " + inferred
                            + ", counted from an anchor " + anchored + ", recurring " + recurring + ")"));
        }
    }

    private static String codes(List<UnitCode> codes) {
        return codes.stream().map(UnitCode::value).collect(Collectors.joining(", "));
    }
}
