package org.civicplan.storage.json.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.AdjustmentId;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.spi.AdjustmentRepository;
import org.civicplan.storage.json.internal.StoreDocs.AdjustmentDoc;

/** Adjustment proposals, one file each ({@code adjustments/<id>.json}). */
public final class AdjustmentRepo implements AdjustmentRepository {
    private final OwnFiles<AdjustmentId, Adjustment, AdjustmentDoc> files;

    public AdjustmentRepo(Store store) {
        this.files = new OwnFiles<>(
                store,
                new OwnFiles.Layout<>(
                        "adjustment",
                        "adjustments",
                        AdjustmentCodec.DOC,
                        Adjustment::id,
                        AdjustmentDoc::adjustment,
                        AdjustmentDoc::new));
    }

    @Override
    public Adjustment create(Adjustment value) {
        return files.create(value);
    }

    @Override
    public Adjustment update(Adjustment value) {
        return files.update(value);
    }

    @Override
    public Optional<Adjustment> find(AdjustmentId key) {
        return files.find(key);
    }

    @Override
    public Adjustment get(AdjustmentId key) {
        return files.get(key);
    }

    @Override
    public List<Adjustment> all() {
        return files.all();
    }

    @Override
    public List<Adjustment> byItem(ItemId item) {
        return Store.sorted(
                all().stream().filter(a -> a.item().equals(item)).toList(),
                Comparator.comparing(Adjustment::proposedAt).thenComparing(Adjustment::id));
    }
}
