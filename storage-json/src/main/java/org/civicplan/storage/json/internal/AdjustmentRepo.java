package org.civicplan.storage.json.internal;

import java.util.Comparator;
import java.util.List;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.AdjustmentId;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.spi.AdjustmentRepository;
import org.civicplan.storage.json.internal.StoreDocs.AdjustmentDoc;

/** Adjustment proposals, one file each ({@code adjustments/<id>.json}). */
public final class AdjustmentRepo extends AggregateRepo<AdjustmentId, Adjustment, AdjustmentDoc>
        implements AdjustmentRepository {
    public AdjustmentRepo(Store store) {
        super(
                store,
                new Layout<>(
                        "adjustment",
                        "adjustments",
                        AdjustmentCodec.DOC,
                        Adjustment::id,
                        AdjustmentDoc::adjustment,
                        id -> new AdjustmentDoc(0, null),
                        (doc, adjustment) -> new AdjustmentDoc(doc.documentVersion(), adjustment)));
    }

    @Override
    public List<Adjustment> byItem(ItemId item) {
        return Store.sorted(
                all().stream().filter(a -> a.item().equals(item)).toList(),
                Comparator.comparing(Adjustment::proposedAt).thenComparing(Adjustment::id));
    }
}
