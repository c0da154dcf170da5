package org.civicplan.appendix;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.model.ApprovalLevel;

/**
 * An item row of an appendix: every cell's text as written (lines kept, separated by {@code \n}),
 * and what the readers made of the units, the deadline, the approval level and the document numbers
 * in it.
 *
 * @param location the row
 * @param section the numeral of the section the item is in, as written; empty before any section
 * @param cells the recognised columns' texts as written; a column the table lacks is absent
 * @param extra the other columns' texts, by heading as written, in column order
 * @param numberStyle how the STT cell numbers the item
 * @param lead the units in the lead cell, in the order written
 * @param coordinating the units in the coordinating cell, in the order written
 * @param deadline the deadline cell and the period read from it
 * @param approvalLevel the approval level when the cell names one civicplan knows
 * @param documents document numbers ("186/KH-UBND") found in the task, product and note cells
 */
public record AppendixItem(
        Location location,
        Optional<String> section,
        Map<Field, String> cells,
        Map<String, String> extra,
        NumberStyle numberStyle,
        List<UnitMention> lead,
        List<UnitMention> coordinating,
        DeadlineText deadline,
        Optional<ApprovalLevel> approvalLevel,
        List<DocumentRef> documents)
        implements AppendixRow {
    public AppendixItem {
        requireNonNull(location, "location is null");
        requireNonNull(section, "section is null");
        cells = cells.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(requireNonNull(cells, "cells is null")));
        // most items have no extra column: one shared empty map (equal, and as unmodifiable)
        extra = requireNonNull(extra, "extra is null").isEmpty()
                ? Collections.emptyMap()
                : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
        requireNonNull(numberStyle, "numberStyle is null");
        lead = List.copyOf(lead);
        coordinating = List.copyOf(coordinating);
        requireNonNull(deadline, "deadline is null");
        requireNonNull(approvalLevel, "approvalLevel is null");
        documents = List.copyOf(documents);
    }

    /** The text of a column as written, empty when the table has no such column. */
    public String text(Field field) {
        return cells.getOrDefault(field, "");
    }

    /** The STT cell as written ("1", "1.2", "a", "-"). */
    public String number() {
        return text(Field.NUMBER);
    }

    /** The task ("Nhiệm vụ", "Nội dung") as written. */
    public String task() {
        return text(Field.TASK);
    }

    /** The product ("Sản phẩm") as written. */
    public String product() {
        return text(Field.PRODUCT);
    }
}
