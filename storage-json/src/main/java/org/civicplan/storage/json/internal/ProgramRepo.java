package org.civicplan.storage.json.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.core.DuplicateEntityException;
import org.civicplan.core.NoSuchEntityException;
import org.civicplan.core.VersionConflictException;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.spi.ProgramRepository;
import org.civicplan.storage.json.internal.StoreDocs.ProgramDoc;

/**
 * Programs, one file each ({@code programs/<id>.json}), shared with the program's indicators (see
 * {@link IndicatorRepo}): an indicator may be stored before its program, so a file can hold
 * indicators and no program yet.
 */
public final class ProgramRepo implements ProgramRepository {
    private final Store store;
    private final DocumentFiles documents;

    public ProgramRepo(Store store) {
        this.store = store;
        this.documents = store.documents();
    }

    @Override
    public Program create(Program value) {
        return store.write(() -> {
            ProgramDoc doc = documents.load(documents.program(value.id()), ProgramCodec.DOC);
            if (doc != null && doc.program() != null) {
                throw new DuplicateEntityException("program", value.entityId());
            }
            Program stored = value.withVersion(1);
            ProgramDoc base = doc == null ? ProgramDoc.empty(value.id()) : doc;
            documents.stage(documents.program(value.id()), ProgramCodec.DOC, base.with(stored));
            return stored;
        });
    }

    @Override
    public Program update(Program value) {
        return store.write(() -> {
            ProgramDoc doc = documents.load(documents.program(value.id()), ProgramCodec.DOC);
            if (doc == null || doc.program() == null) {
                throw new NoSuchEntityException("program", value.entityId());
            }
            if (doc.program().version() != value.version()) {
                throw new VersionConflictException("program", value.entityId(), value.version());
            }
            Program stored = value.withVersion(value.version() + 1);
            documents.stage(documents.program(value.id()), ProgramCodec.DOC, doc.with(stored));
            return stored;
        });
    }

    @Override
    public Optional<Program> find(ProgramId key) {
        return store.read(() -> Optional.ofNullable(documents.load(documents.program(key), ProgramCodec.DOC))
                .map(ProgramDoc::program));
    }

    @Override
    public Program get(ProgramId key) {
        return find(key).orElseThrow(() -> new NoSuchEntityException("program", key.value()));
    }

    @Override
    public List<Program> all() {
        return store.read(() -> docs().stream()
                .map(ProgramDoc::program)
                .filter(Objects::nonNull)
                .toList());
    }

    /** Every readable program file (a broken one is listed as a problem). */
    List<ProgramDoc> docs() {
        return documents.all("programs", ProgramCodec.DOC);
    }
}
