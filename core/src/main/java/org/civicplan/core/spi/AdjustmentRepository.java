package org.civicplan.core.spi;

import java.util.List;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.AdjustmentId;
import org.civicplan.core.model.ItemId;

public interface AdjustmentRepository extends EntityRepository<AdjustmentId, Adjustment> {
    /** Proposals for the item, oldest first. */
    List<Adjustment> byItem(ItemId item);
}
