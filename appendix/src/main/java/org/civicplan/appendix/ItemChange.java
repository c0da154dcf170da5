package org.civicplan.appendix;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.civicplan.core.model.ItemId;

/**
 * What importing an appendix does to one item row.
 *
 * @param kind new, changed or unchanged
 * @param location the row in the file
 * @param item the item's id (for a new item, the id it is registered under)
 * @param number the item's running number in the plan
 * @param title the task as read
 * @param fields for a changed item, the fields that differ, in Vietnamese and English ("thời hạn / deadline")
 * @param matchedBy for a changed or unchanged item, how it was matched: "STT" or "tên / title"
 */
public record ItemChange(
        Kind kind,
        Location location,
        ItemId item,
        int number,
        String title,
        List<String> fields,
        Optional<String> matchedBy) {
    public ItemChange {
        requireNonNull(kind, "kind is null");
        requireNonNull(location, "location is null");
        requireNonNull(item, "item is null");
        requireNonNull(title, "title is null");
        fields = List.copyOf(fields);
        requireNonNull(matchedBy, "matchedBy is null");
    }

    /** What the row is to the plan. */
    public enum Kind {
        NEW,
        CHANGED,
        UNCHANGED
    }
}
