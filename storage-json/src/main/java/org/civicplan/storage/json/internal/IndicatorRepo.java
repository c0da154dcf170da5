package org.civicplan.storage.json.internal;

import java.util.Comparator;
import java.util.List;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.spi.IndicatorRepository;
import org.civicplan.storage.json.internal.StoreDocs.ProgramDoc;

/**
 * Indicators, kept in their program's file; an indicator moved to another program moves to that
 * program's file in the same transaction.
 */
public final class IndicatorRepo extends MemberRepo<IndicatorCode, Indicator, ProgramId, ProgramDoc>
        implements IndicatorRepository {
    public IndicatorRepo(Store store) {
        super(
                store,
                new Layout<>(
                        "indicator",
                        "programs",
                        ProgramCodec.DOC,
                        Indicator::code,
                        Indicator::program,
                        ProgramDoc::indicators,
                        ProgramDoc::empty,
                        ProgramDoc::with,
                        ProgramDoc::without));
    }

    @Override
    public Indicator update(Indicator value) {
        return store.write(() -> {
            Located<ProgramDoc, Indicator> at = current(value);
            Indicator stored = value.withVersion(value.version() + 1);
            put(at, stored, doc -> doc);
            return stored;
        });
    }

    @Override
    public List<Indicator> byProgram(ProgramId program) {
        return store.read(() -> Store.sorted(
                all().stream().filter(i -> i.program().equals(program)).toList(),
                Comparator.comparing(Indicator::code)));
    }
}
