package org.civicplan.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.spi.IndicatorRepository;

/** Indicators in memory, keyed by code. */
final class IndicatorRepo extends EntityRepo<IndicatorCode, Indicator> implements IndicatorRepository {
    IndicatorRepo(StoreLock lock, MemoryState state) {
        super(lock, state, "indicator");
    }

    @Override
    Map<IndicatorCode, Indicator> map() {
        return state.indicators;
    }

    @Override
    IndicatorCode key(Indicator value) {
        return value.code();
    }

    @Override
    public List<Indicator> byProgram(ProgramId program) {
        return where(i -> i.program().equals(program), Comparator.comparing(Indicator::code));
    }
}
