package org.civicplan.core.spi;

import java.util.List;
import java.util.Optional;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitDirectory;

/** The unit directory. Units are reference data: saved whole, replaced by code. */
public interface UnitRepository {
    /** Inserts or replaces the unit with this code. */
    void save(OrgUnit unit);

    Optional<OrgUnit> find(UnitCode code);

    List<OrgUnit> all();

    default UnitDirectory directory() {
        return UnitDirectory.of(all());
    }
}
