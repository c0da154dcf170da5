package org.civicplan.core.spi;

import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgramId;

public interface ProgramRepository extends EntityRepository<ProgramId, Program> {}
