package org.civicplan.storage.json.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.DuplicateEntityException;
import org.civicplan.core.NoSuchEntityException;
import org.civicplan.core.VersionConflictException;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.spi.IndicatorRepository;
import org.civicplan.storage.json.internal.StoreDocs.ProgramDoc;

/**
 * Indicators, kept in their program's file; an indicator moved to another program moves to that
 * program's file in the same transaction.
 */
public final class IndicatorRepo implements IndicatorRepository {
    private final Store store;
    private final DocumentFiles documents;

    public IndicatorRepo(Store store) {
        this.store = store;
        this.documents = store.documents();
    }

    private record Located(Path file, ProgramDoc doc, Indicator indicator) {}

    private Located locate(IndicatorCode code) {
        for (Path f : documents.list("programs", ".json")) {
            ProgramDoc d = documents.loadOrSkip(f, ProgramCodec.DOC);
            if (d != null && d.indicators().containsKey(code)) {
                return new Located(f, d, d.indicators().get(code));
            }
        }
        return null;
    }

    @Override
    public Indicator create(Indicator value) {
        return store.write(() -> {
            if (locate(value.code()) != null) {
                throw new DuplicateEntityException("indicator", value.entityId());
            }
            Indicator stored = value.withVersion(1);
            putInto(documents.program(value.program()), value.program(), stored);
            return stored;
        });
    }

    @Override
    public Indicator update(Indicator value) {
        return store.write(() -> {
            Located at = locate(value.code());
            if (at == null) {
                throw new NoSuchEntityException("indicator", value.entityId());
            }
            if (at.indicator().version() != value.version()) {
                throw new VersionConflictException("indicator", value.entityId(), value.version());
            }
            Indicator stored = value.withVersion(value.version() + 1);
            Path file = documents.program(value.program());
            if (file.equals(at.file())) {
                documents.stage(file, ProgramCodec.DOC, at.doc().with(stored));
            } else {
                documents.stage(at.file(), ProgramCodec.DOC, at.doc().without(value.code()));
                putInto(file, value.program(), stored);
            }
            return stored;
        });
    }

    private void putInto(Path file, ProgramId program, Indicator stored) {
        ProgramDoc doc = documents.load(file, ProgramCodec.DOC);
        documents.stage(file, ProgramCodec.DOC, (doc == null ? ProgramDoc.empty(program) : doc).with(stored));
    }

    @Override
    public Optional<Indicator> find(IndicatorCode key) {
        return store.read(() -> Optional.ofNullable(locate(key)).map(Located::indicator));
    }

    @Override
    public Indicator get(IndicatorCode key) {
        return find(key).orElseThrow(() -> new NoSuchEntityException("indicator", key.value()));
    }

    @Override
    public List<Indicator> all() {
        return store.read(() -> {
            List<Indicator> out = new ArrayList<>();
            documents
                    .all("programs", ProgramCodec.DOC)
                    .forEach(d -> out.addAll(d.indicators().values()));
            return List.copyOf(out);
        });
    }

    @Override
    public List<Indicator> byProgram(ProgramId program) {
        return store.read(() -> Store.sorted(
                all().stream().filter(i -> i.program().equals(program)).toList(),
                Comparator.comparing(Indicator::code)));
    }
}
