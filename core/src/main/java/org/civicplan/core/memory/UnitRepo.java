package org.civicplan.core.memory;

import java.util.List;
import java.util.Optional;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.spi.UnitRepository;

/** Units in memory: saved over each other by code, without versions. */
final class UnitRepo implements UnitRepository {
    private final StoreLock lock;
    private final MemoryState state;

    UnitRepo(StoreLock lock, MemoryState state) {
        this.lock = lock;
        this.state = state;
    }

    @Override
    public void save(OrgUnit unit) {
        synchronized (lock) {
            state.units.put(unit.code(), unit);
        }
    }

    @Override
    public Optional<OrgUnit> find(UnitCode code) {
        synchronized (lock) {
            return Optional.ofNullable(state.units.get(code));
        }
    }

    @Override
    public List<OrgUnit> all() {
        synchronized (lock) {
            return List.copyOf(state.units.values());
        }
    }
}
