package org.civicplan.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.AdjustmentId;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.spi.AdjustmentRepository;

/** Adjustments in memory, found by item in the order they were proposed. */
final class AdjustmentRepo extends EntityRepo<AdjustmentId, Adjustment> implements AdjustmentRepository {
    AdjustmentRepo(StoreLock lock, MemoryState state) {
        super(lock, state, "adjustment");
    }

    @Override
    Map<AdjustmentId, Adjustment> map() {
        return state.adjustments;
    }

    @Override
    AdjustmentId key(Adjustment value) {
        return value.id();
    }

    @Override
    public List<Adjustment> byItem(ItemId item) {
        return where(
                a -> a.item().equals(item),
                Comparator.comparing(Adjustment::proposedAt).thenComparing(Adjustment::id));
    }
}
