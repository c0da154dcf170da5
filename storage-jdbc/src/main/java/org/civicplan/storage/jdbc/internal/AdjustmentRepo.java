package org.civicplan.storage.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.AdjustmentId;
import org.civicplan.core.model.AdjustmentStatus;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.spi.AdjustmentRepository;
import org.jdbi.v3.core.Handle;

/** Adjustments: one row; the proposed item in the compact text form of {@link ItemText}. */
public final class AdjustmentRepo extends AggregateRepo<AdjustmentId, Adjustment> implements AdjustmentRepository {
    private static final List<String> COLUMNS = List.of(
            "adjustment_id",
            "item_id",
            "base_revision",
            "proposed_by",
            "reason",
            "proposed_item",
            "status",
            "proposed_at_s",
            "proposed_at_ns",
            "decided_by",
            "decided_at_s",
            "decided_at_ns",
            "decision_note");

    public AdjustmentRepo(Db db) {
        super(db, "adjustment", "adjustments", COLUMNS, List.of());
    }

    @Override
    String key(AdjustmentId key) {
        return key.value();
    }

    @Override
    String keyOf(Adjustment value) {
        return value.id().value();
    }

    @Override
    String defaultOrder() {
        return "t.adjustment_id";
    }

    @Override
    void bindColumns(RowSink s, Adjustment a) {
        s.bind("adjustment_id", a.id().value())
                .bind("item_id", a.item().value())
                .bind("base_revision", a.baseRevision())
                .bind("proposed_by", a.proposedBy().value())
                .bind("reason", a.reason())
                .bind("proposed_item", ItemText.write(a.proposed()))
                .bind("status", a.status().code())
                .bind("proposed_at_s", a.proposedAt().getEpochSecond())
                .bind("proposed_at_ns", a.proposedAt().getNano())
                .bind("decided_by", a.decidedBy().map(UnitCode::value).orElse(null))
                .bind("decided_at_s", Rows.seconds(a.decidedAt()))
                .bind("decided_at_ns", Rows.nanos(a.decidedAt()))
                .bind("decision_note", a.decisionNote().orElse(null));
    }

    @Override
    void insertChildren(Function<String, RowSink> sinks, List<Adjustment> values) {}

    @Override
    List<Adjustment> select(Handle h, String where, String orderBy, Map<String, Object> params) {
        return rows(h, where, orderBy, params, AdjustmentRepo::read);
    }

    /** An adjustment from a row of {@code adjustments} (any query selecting its columns). */
    static Adjustment read(ResultSet rs) throws SQLException {
        return new Adjustment(
                AdjustmentId.of(rs.getString("adjustment_id")),
                ItemId.of(rs.getString("item_id")),
                rs.getInt("base_revision"),
                UnitCode.of(rs.getString("proposed_by")),
                rs.getString("reason"),
                ItemText.read(rs.getString("proposed_item")),
                AdjustmentStatus.fromCode(rs.getString("status")),
                Instant.ofEpochSecond(rs.getLong("proposed_at_s"), rs.getInt("proposed_at_ns")),
                Rows.string(rs, "decided_by").map(UnitCode::of),
                Rows.instant(rs, "decided_at_s", "decided_at_ns"),
                Rows.string(rs, "decision_note"),
                rs.getLong("version"));
    }

    @Override
    public List<Adjustment> byItem(ItemId item) {
        return db.run(
                Op.read("item", item.value()),
                h -> select(
                        h,
                        "t.item_id = :item",
                        "t.proposed_at_s, t.proposed_at_ns, t.adjustment_id",
                        Map.of("item", item.value())));
    }
}
