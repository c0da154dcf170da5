package org.civicplan.core.memory;

import java.util.Map;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.spi.ProgramRepository;

/** Programs in memory. */
final class ProgramRepo extends EntityRepo<ProgramId, Program> implements ProgramRepository {
    ProgramRepo(StoreLock lock, MemoryState state) {
        super(lock, state, "program");
    }

    @Override
    Map<ProgramId, Program> map() {
        return state.programs;
    }

    @Override
    ProgramId key(Program value) {
        return value.id();
    }
}
