package org.civicplan.core.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;

/**
 * One item's line in a progress report: reported status, percent done, completion date, a note,
 * and the money actually spent by source and year.
 */
public record ItemProgress(
        ItemId item,
        ItemStatus status,
        int percentDone,
        Optional<LocalDate> completedOn,
        Optional<String> note,
        List<FundingLine> spent) {
    public ItemProgress {
        requireNonNull(item, "item is null");
        requireNonNull(status, "status is null");
        if (percentDone < 0 || percentDone > 100) {
            throw new InvalidInputException(Message.of(
                    "nhiệm vụ " + item + ": tỷ lệ hoàn thành phải từ 0 đến 100, không phải " + percentDone,
                    "item " + item + ": percent done must be 0..100, not " + percentDone));
        }
        completedOn = Texts.optional(completedOn, "completedOn");
        note = Texts.body(note, "note");
        spent = Texts.list(spent, "spent");
    }
}
