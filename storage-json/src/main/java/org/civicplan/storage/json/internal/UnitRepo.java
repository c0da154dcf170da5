package org.civicplan.storage.json.internal;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.spi.UnitRepository;
import org.civicplan.storage.json.internal.StoreDocs.UnitsDoc;

/** The unit directory, all in {@code units.json}; a save replaces the unit with the same code. */
public final class UnitRepo implements UnitRepository {
    private final Store store;
    private final DocumentFiles documents;

    public UnitRepo(Store store) {
        this.store = store;
        this.documents = store.documents();
    }

    @Override
    public void save(OrgUnit unit) {
        requireNonNull(unit, "unit is null");
        store.write(() -> {
            UnitsDoc doc = Objects.requireNonNullElse(documents.load(documents.units(), UnitCodec.DOC), UnitsDoc.EMPTY);
            documents.stage(documents.units(), UnitCodec.DOC, doc.with(unit));
            return null;
        });
    }

    @Override
    public Optional<OrgUnit> find(UnitCode code) {
        return store.read(() -> Optional.ofNullable(documents.load(documents.units(), UnitCodec.DOC))
                .map(d -> d.units().get(code)));
    }

    @Override
    public List<OrgUnit> all() {
        return store.read(() -> {
            UnitsDoc doc = documents.load(documents.units(), UnitCodec.DOC);
            return doc == null ? List.of() : List.copyOf(doc.units().values());
        });
    }

    /** Reads the file, so that an unreadable one is listed as a problem. */
    public void check() {
        documents.loadOrSkip(documents.units(), UnitCodec.DOC);
    }
}
