package org.civicplan.storage.json.internal;

import java.time.Instant;
import java.util.Optional;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.AdjustmentId;
import org.civicplan.core.model.AdjustmentStatus;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.UnitCode;
import org.civicplan.storage.json.internal.StoreDocs.AdjustmentDoc;

/** Adjustment proposals in JSON (the proposed item in full), and the store's adjustment files. */
final class AdjustmentCodec {
    private AdjustmentCodec() {}

    static Adjustment read(Scalars in, Node n) {
        ObjectReader o = ObjectReader.of(in, n);
        if (o == null) {
            return null;
        }
        AdjustmentId id = o.reqId("id", AdjustmentId::of);
        ItemId item = o.reqId("item", ItemId::of);
        Integer baseRevision = o.req("baseRevision", Scalars::nonNegative);
        UnitCode proposedBy = o.reqId("proposedBy", UnitCode::of);
        String reason = o.req("reason", Scalars::string);
        Item proposed = o.req("proposed", ItemCodec::read);
        AdjustmentStatus status = o.reqCode("status", AdjustmentStatus.class);
        Instant proposedAt = o.req("proposedAt", Scalars::instant);
        Optional<UnitCode> decidedBy = o.optId("decidedBy", UnitCode::of);
        Optional<Instant> decidedAt = o.opt("decidedAt", Scalars::instant);
        Optional<String> note = o.opt("decisionNote", Scalars::string);
        long version = o.version();
        return o.build(
                "adjustment",
                () -> new Adjustment(
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
                        note,
                        version));
    }

    static void write(ObjectWriter w, Adjustment a) {
        w.start();
        w.string("id", a.id().value());
        w.string("item", a.item().value());
        w.number("baseRevision", a.baseRevision());
        w.string("proposedBy", a.proposedBy().value());
        w.string("reason", a.reason());
        w.name("proposed");
        ItemCodec.write(w, a.proposed());
        w.code("status", a.status());
        w.string("proposedAt", a.proposedAt().toString());
        w.opt("decidedBy", a.decidedBy());
        w.opt("decidedAt", a.decidedAt());
        w.opt("decisionNote", a.decisionNote());
        w.number("version", a.version());
        w.end();
    }

    /** {@code adjustments/<id>.json}: one adjustment proposal. */
    static final DocKind<AdjustmentDoc> DOC = DocKind.single(
            "adjustment", AdjustmentCodec::read, AdjustmentCodec::write, AdjustmentDoc::adjustment, AdjustmentDoc::new);
}
