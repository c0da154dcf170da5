package org.civicplan.storage.json.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.core.DuplicateEntityException;
import org.civicplan.core.NoSuchEntityException;
import org.civicplan.core.VersionConflictException;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.spi.PlanRepository;
import org.civicplan.storage.json.internal.StoreDocs.PlanDoc;

/**
 * Plans, one file each ({@code plans/<id>.json}), shared with the plan's items and their earlier
 * revisions (see {@link ItemRepo}): a file can hold items and no plan yet.
 */
public final class PlanRepo implements PlanRepository {
    private final Store store;
    private final DocumentFiles documents;

    public PlanRepo(Store store) {
        this.store = store;
        this.documents = store.documents();
    }

    @Override
    public Plan create(Plan value) {
        return store.write(() -> {
            PlanDoc doc = documents.load(documents.plan(value.id()), PlanCodec.DOC);
            if (doc != null && doc.plan() != null) {
                throw new DuplicateEntityException("plan", value.entityId());
            }
            Plan stored = value.withVersion(1);
            documents.stage(
                    documents.plan(value.id()),
                    PlanCodec.DOC,
                    (doc == null ? PlanDoc.empty(value.id()) : doc).with(stored));
            return stored;
        });
    }

    @Override
    public Plan update(Plan value) {
        return store.write(() -> {
            PlanDoc doc = documents.load(documents.plan(value.id()), PlanCodec.DOC);
            if (doc == null || doc.plan() == null) {
                throw new NoSuchEntityException("plan", value.entityId());
            }
            if (doc.plan().version() != value.version()) {
                throw new VersionConflictException("plan", value.entityId(), value.version());
            }
            Plan stored = value.withVersion(value.version() + 1);
            documents.stage(documents.plan(value.id()), PlanCodec.DOC, doc.with(stored));
            return stored;
        });
    }

    @Override
    public Optional<Plan> find(PlanId key) {
        return store.read(() -> Optional.ofNullable(documents.load(documents.plan(key), PlanCodec.DOC))
                .map(PlanDoc::plan));
    }

    @Override
    public Plan get(PlanId key) {
        return find(key).orElseThrow(() -> new NoSuchEntityException("plan", key.value()));
    }

    @Override
    public List<Plan> all() {
        return store.read(() ->
                docs().stream().map(PlanDoc::plan).filter(Objects::nonNull).toList());
    }

    @Override
    public List<Plan> byProgram(ProgramId program) {
        return Store.sorted(
                all().stream()
                        .filter(p -> p.program().map(program::equals).orElse(false))
                        .toList(),
                Comparator.comparing(Plan::id));
    }

    @Override
    public List<Plan> children(PlanId parent) {
        return Store.sorted(
                all().stream()
                        .filter(p -> p.parentPlan().map(parent::equals).orElse(false))
                        .toList(),
                Comparator.comparing(Plan::id));
    }

    /** Every readable plan file (a broken one is listed as a problem). */
    List<PlanDoc> docs() {
        return documents.all("plans", PlanCodec.DOC);
    }
}
