package org.civicplan.storage.json.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitKind;
import org.civicplan.storage.json.internal.StoreDocs.UnitsDoc;

/** Org units in JSON, and the store's {@code units.json}. */
final class UnitCodec {
    private UnitCodec() {}

    static OrgUnit read(Scalars in, Node n) {
        ObjectReader o = ObjectReader.of(in, n);
        if (o == null) {
            return null;
        }
        UnitCode code = o.reqId("code", UnitCode::of);
        String name = o.req("name", Scalars::string);
        Optional<String> shortName = o.opt("shortName", Scalars::string);
        UnitKind kind = o.reqCode("kind", UnitKind.class);
        Optional<UnitCode> parent = o.optId("parent", UnitCode::of);
        // version 2: other names the unit goes by, for unit references written by name
        List<String> aliases = in.formatVersion() >= 2 ? o.list("aliases", Scalars::string) : List.of();
        return o.build("unit", () -> new OrgUnit(code, name, shortName, kind, parent, aliases));
    }

    static void write(ObjectWriter w, OrgUnit u) {
        w.start();
        w.string("code", u.code().value());
        w.string("name", u.name());
        w.opt("shortName", u.shortName());
        w.code("kind", u.kind());
        w.opt("parent", u.parent());
        w.strings("aliases", u.aliases());
        w.end();
    }

    /** {@code units.json}: the unit directory. */
    static final DocKind<UnitsDoc> DOC = new DocKind<>(
            "units",
            (in, o, version) -> {
                List<OrgUnit> units = o.uniqueList("units", UnitCodec::read, "code", OrgUnit::code);
                Map<UnitCode, OrgUnit> map = new LinkedHashMap<>();
                units.forEach(u -> map.put(u.code(), u));
                return new UnitsDoc(version, Collections.unmodifiableMap(map));
            },
            (w, doc) -> w.array("units", new ArrayList<>(doc.units().values()), UnitCodec::write),
            (doc, version) -> new UnitsDoc(version, doc.units()));
}
