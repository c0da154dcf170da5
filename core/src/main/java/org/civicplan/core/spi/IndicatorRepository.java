package org.civicplan.core.spi;

import java.util.List;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.ProgramId;

public interface IndicatorRepository extends EntityRepository<IndicatorCode, Indicator> {
    /** The program's indicators, ordered by code. */
    List<Indicator> byProgram(ProgramId program);
}
