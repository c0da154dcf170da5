package org.civicplan.storage.jdbc.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.AuditEntry;
import org.civicplan.core.model.FieldChange;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.spi.AuditAppendCheck;
import org.civicplan.core.spi.AuditSink;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The audit trail. Append-only by construction: this class (and the whole module) only ever
 * inserts into {@code audit_log} and {@code audit_changes}. Sequence numbers come from the
 * portfolio's row in {@code portfolios}, incremented under its row lock, so they are gap-free and
 * ordered per portfolio. An entry is checked by {@link AuditAppendCheck} (not earlier than the last
 * one, a known unit, a readable user name) under that lock, before anything is written.
 */
public final class AuditRepo implements AuditSink {
    private final Db db;

    public AuditRepo(Db db) {
        this.db = db;
    }

    @Override
    public AuditEntry append(AuditEntry entry) {
        return db.run(Op.write("append", "audit", entry.entityType() + "/" + entry.entityId()), h -> {
            // the portfolio's row lock orders appends; the check runs under it, before anything is written
            long seq = h.createQuery("SELECT audit_seq FROM portfolios WHERE portfolio_id = :portfolio FOR UPDATE")
                            .bind("portfolio", db.portfolio())
                            .mapTo(Long.class)
                            .one()
                    + 1;
            AuditAppendCheck.check(entry, lastAt(h), unit -> known(h, unit));
            h.createUpdate("UPDATE portfolios SET audit_seq = :seq WHERE portfolio_id = :portfolio")
                    .bind("seq", seq)
                    .bind("portfolio", db.portfolio())
                    .execute();
            AuditEntry stored = entry.withSequence(seq);
            h.createUpdate("INSERT INTO audit_log (portfolio_id, seq, at_s, at_ns, actor_unit, actor_user,"
                            + " action_code, entity_type, entity_id) VALUES (:portfolio, :seq, :s, :ns, :unit,"
                            + " :user, :action, :type, :id)")
                    .bind("portfolio", db.portfolio())
                    .bind("seq", seq)
                    .bind("s", stored.at().getEpochSecond())
                    .bind("ns", stored.at().getNano())
                    .bind("unit", stored.actor().unit().value())
                    .bind("user", stored.actor().user())
                    .bind("action", stored.action())
                    .bind("type", stored.entityType())
                    .bind("id", stored.entityId())
                    .execute();
            if (!stored.changes().isEmpty()) {
                PreparedBatch changes = h.prepareBatch("INSERT INTO audit_changes (portfolio_id, seq, ordinal, field,"
                        + " before_value, after_value) VALUES (:portfolio, :seq, :ordinal, :field, :before, :after)");
                for (int i = 0; i < stored.changes().size(); i++) {
                    FieldChange c = stored.changes().get(i);
                    changes.bind("portfolio", db.portfolio())
                            .bind("seq", seq)
                            .bind("ordinal", i)
                            .bind("field", c.field())
                            .bind("before", c.before().orElse(null))
                            .bind("after", c.after().orElse(null))
                            .add();
                }
                changes.execute();
            }
            return stored;
        });
    }

    /** The time of the trail's last entry (this transaction's own included). */
    private Optional<Instant> lastAt(Handle h) {
        return h.createQuery("SELECT at_s, at_ns FROM audit_log WHERE portfolio_id = :portfolio AND seq ="
                        + " (SELECT MAX(seq) FROM audit_log WHERE portfolio_id = :portfolio)")
                .bind("portfolio", db.portfolio())
                .map((rs, ctx) -> Instant.ofEpochSecond(rs.getLong("at_s"), rs.getInt("at_ns")))
                .findOne();
    }

    private boolean known(Handle h, UnitCode unit) {
        return h.createQuery("SELECT COUNT(*) FROM units WHERE portfolio_id = :portfolio AND unit_code = :code")
                        .bind("portfolio", db.portfolio())
                        .bind("code", unit.value())
                        .mapTo(Long.class)
                        .one()
                > 0;
    }

    @Override
    public List<AuditEntry> forEntity(String entityType, String entityId) {
        return db.run(
                Op.read("audit", entityType + "/" + entityId),
                h -> select(
                        h, "l.entity_type = :type AND l.entity_id = :id", Map.of("type", entityType, "id", entityId)));
    }

    @Override
    public List<AuditEntry> all() {
        return db.run(Op.read("audit", null), h -> select(h, "1 = 1", Map.of()));
    }

    private List<AuditEntry> select(Handle h, String where, Map<String, Object> params) {
        Map<Long, AuditEntry> entries = new LinkedHashMap<>();
        h.createQuery("SELECT l.* FROM audit_log l WHERE l.portfolio_id = :portfolio AND (" + where
                        + ") ORDER BY l.seq")
                .bind("portfolio", db.portfolio())
                .bindMap(params)
                .map((rs, ctx) -> new AuditEntry(
                        rs.getLong("seq"),
                        Instant.ofEpochSecond(rs.getLong("at_s"), rs.getInt("at_ns")),
                        new Actor(UnitCode.of(rs.getString("actor_unit")), rs.getString("actor_user")),
                        rs.getString("action_code"),
                        rs.getString("entity_type"),
                        rs.getString("entity_id"),
                        List.of()))
                .forEach(e -> entries.put(e.sequence(), e));
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<Long, List<FieldChange>> changes = new LinkedHashMap<>();
        h.createQuery("SELECT c.* FROM audit_changes c JOIN audit_log l ON l.portfolio_id = c.portfolio_id"
                        + " AND l.seq = c.seq WHERE c.portfolio_id = :portfolio AND (" + where
                        + ") ORDER BY c.seq, c.ordinal")
                .bind("portfolio", db.portfolio())
                .bindMap(params)
                .map((rs, ctx) -> Map.entry(
                        rs.getLong("seq"),
                        new FieldChange(
                                rs.getString("field"),
                                Optional.ofNullable(rs.getString("before_value")),
                                Optional.ofNullable(rs.getString("after_value")))))
                .forEach(e -> changes.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        List<AuditEntry> result = new ArrayList<>(entries.size());
        for (AuditEntry e : entries.values()) {
            result.add(new AuditEntry(
                    e.sequence(),
                    e.at(),
                    e.actor(),
                    e.action(),
                    e.entityType(),
                    e.entityId(),
                    changes.getOrDefault(e.sequence(), List.of())));
        }
        return result;
    }
}
