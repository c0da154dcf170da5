package org.civicplan.storage.json.internal;

import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.spi.ProgramRepository;
import org.civicplan.storage.json.internal.StoreDocs.ProgramDoc;

/**
 * Programs, one file each ({@code programs/<id>.json}), shared with the program's indicators (see
 * {@link IndicatorRepo}): an indicator may be stored before its program, so a file can hold
 * indicators and no program yet.
 */
public final class ProgramRepo extends AggregateRepo<ProgramId, Program, ProgramDoc> implements ProgramRepository {
    public ProgramRepo(Store store) {
        super(
                store,
                new Layout<>(
                        "program",
                        "programs",
                        ProgramCodec.DOC,
                        Program::id,
                        ProgramDoc::program,
                        ProgramDoc::empty,
                        ProgramDoc::with));
    }
}
