package org.civicplan.core.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;

/**
 * A proposed change to an item (đề xuất điều chỉnh) with its reason. Accepted, the item is
 * re-registered as a new revision and the old one kept in its history; rejected, nothing changes.
 *
 * @param baseRevision the item revision the proposal was made against
 * @param proposed the item as it would read after the change
 */
public record Adjustment(
        AdjustmentId id,
        ItemId item,
        int baseRevision,
        UnitCode proposedBy,
        String reason,
        Item proposed,
        AdjustmentStatus status,
        Instant proposedAt,
        Optional<UnitCode> decidedBy,
        Optional<Instant> decidedAt,
        Optional<String> decisionNote,
        long version)
        implements Versioned<Adjustment> {
    public Adjustment {
        requireNonNull(id, "id is null");
        requireNonNull(item, "item is null");
        requireNonNull(proposedBy, "proposedBy is null");
        reason = Texts.line(reason, "reason");
        requireNonNull(proposed, "proposed is null");
        if (!proposed.id().equals(item)) {
            throw new InvalidInputException(Message.of(
                    "đề xuất điều chỉnh " + id + " sửa nhiệm vụ " + proposed.id() + ", không phải " + item
                            + ": nội dung đề xuất phải là của chính nhiệm vụ đó",
                    "adjustment " + id + " proposes a change to " + proposed.id() + ", not " + item
                            + ": the proposed item must be the item adjusted"));
        }
        requireNonNull(status, "status is null");
        requireNonNull(proposedAt, "proposedAt is null");
        decidedBy = Texts.optional(decidedBy, "decidedBy");
        decidedAt = Texts.optional(decidedAt, "decidedAt");
        decisionNote = Texts.line(decisionNote, "decisionNote");
        Versioned.check(version);
    }

    @Override
    public Adjustment withVersion(long newVersion) {
        return new Adjustment(
                id,
                item,
                baseRevision,
                proposedBy,
                reason,
                proposed,
                status,
                proposedAt,
                decidedBy,
                decidedAt,
                decisionNote,
                newVersion);
    }

    public Adjustment decided(AdjustmentStatus newStatus, UnitCode by, Instant at, String note) {
        return new Adjustment(
                id,
                item,
                baseRevision,
                proposedBy,
                reason,
                proposed,
                newStatus,
                proposedAt,
                Optional.of(by),
                Optional.of(at),
                Optional.ofNullable(note),
                version);
    }

    @Override
    public String entityId() {
        return id.value();
    }
}
