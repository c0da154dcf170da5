package org.civicplan.storage.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitKind;
import org.civicplan.core.spi.UnitRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The unit directory: one row per unit, saved by upsert. */
public final class UnitRepo implements UnitRepository {
    private final Db db;

    public UnitRepo(Db db) {
        this.db = db;
    }

    @Override
    public void save(OrgUnit unit) {
        db.run(Op.write("save", "unit", unit.code().value()), h -> {
            saveAll(h, List.of(unit));
            return null;
        });
    }

    /** Upserts the units in one batch. */
    void saveAll(Handle h, List<OrgUnit> units) {
        if (units.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch(db.dialect().upsertUnit());
        for (OrgUnit unit : units) {
            batch.bind("portfolio", db.portfolio())
                    .bind("code", unit.code().value())
                    .bind("name", unit.name())
                    .bind("shortName", unit.shortName().orElse(null))
                    .bind("kind", unit.kind().code())
                    .bind("parent", unit.parent().map(UnitCode::value).orElse(null))
                    .bind("aliases", ItemText.lines(unit.aliases()))
                    .add();
        }
        batch.execute();
    }

    @Override
    public Optional<OrgUnit> find(UnitCode code) {
        return db.run(Op.read("unit", code.value()), h -> h.createQuery(
                        "SELECT * FROM units WHERE portfolio_id = :portfolio AND unit_code = :code")
                .bind("portfolio", db.portfolio())
                .bind("code", code.value())
                .map((rs, ctx) -> read(rs))
                .findFirst());
    }

    @Override
    public List<OrgUnit> all() {
        return db.run(Op.read("unit", null), h -> h.createQuery(
                        "SELECT * FROM units WHERE portfolio_id = :portfolio ORDER BY unit_code")
                .bind("portfolio", db.portfolio())
                .map((rs, ctx) -> read(rs))
                .list());
    }

    private static OrgUnit read(ResultSet rs) throws SQLException {
        return new OrgUnit(
                UnitCode.of(rs.getString("unit_code")),
                rs.getString("name"),
                Rows.string(rs, "short_name"),
                UnitKind.fromCode(rs.getString("kind")),
                Rows.string(rs, "parent_code").map(UnitCode::of),
                ItemText.lines(rs.getString("aliases")));
    }
}
