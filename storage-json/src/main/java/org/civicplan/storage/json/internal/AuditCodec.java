package org.civicplan.storage.json.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.AuditEntry;
import org.civicplan.core.model.FieldChange;
import org.civicplan.core.model.UnitCode;

/** Audit entries in JSON, one per line of {@code audit.jsonl}. */
final class AuditCodec {
    private AuditCodec() {}

    static AuditEntry read(Scalars in, Node n) {
        ObjectReader o = ObjectReader.of(in, n);
        if (o == null) {
            return null;
        }
        Integer sequence = o.req("sequence", Scalars::nonNegative);
        Instant at = o.req("at", Scalars::instant);
        Actor actor = o.req("actor", AuditCodec::actor);
        String action = o.req("action", Scalars::string);
        String entityType = o.req("entityType", Scalars::string);
        String entityId = o.req("entityId", Scalars::string);
        List<FieldChange> changes = o.list("changes", AuditCodec::change);
        return o.build("audit entry", () -> new AuditEntry(sequence, at, actor, action, entityType, entityId, changes));
    }

    static void write(ObjectWriter w, AuditEntry e) {
        w.start();
        w.number("sequence", e.sequence());
        w.string("at", e.at().toString());
        w.name("actor");
        w.start();
        w.string("unit", e.actor().unit().value());
        w.string("user", e.actor().user());
        w.end();
        w.string("action", e.action());
        w.string("entityType", e.entityType());
        w.string("entityId", e.entityId());
        w.array("changes", e.changes(), AuditCodec::write);
        w.end();
    }

    private static Actor actor(Scalars in, Node n) {
        ObjectReader o = ObjectReader.of(in, n);
        if (o == null) {
            return null;
        }
        UnitCode unit = o.reqId("unit", UnitCode::of);
        String user = o.req("user", Scalars::string);
        return o.build("actor", () -> new Actor(unit, user));
    }

    private static FieldChange change(Scalars in, Node n) {
        ObjectReader o = ObjectReader.of(in, n);
        if (o == null) {
            return null;
        }
        String field = o.req("field", Scalars::string);
        Optional<String> before = o.opt("before", Scalars::string);
        Optional<String> after = o.opt("after", Scalars::string);
        o.done();
        return o.ok() ? new FieldChange(field, before, after) : null;
    }

    private static void write(ObjectWriter w, FieldChange c) {
        w.start();
        w.string("field", c.field());
        w.opt("before", c.before());
        w.opt("after", c.after());
        w.end();
    }
}
