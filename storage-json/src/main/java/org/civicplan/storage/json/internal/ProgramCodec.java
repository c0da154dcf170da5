package org.civicplan.storage.json.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Official;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.Section;
import org.civicplan.core.model.SteeringCommittee;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;
import org.civicplan.storage.json.internal.StoreDocs.ProgramDoc;

/** Programs in JSON (with their sections and steering committee), and the store's program files. */
final class ProgramCodec {
    private ProgramCodec() {}

    static Program read(Scalars in, Node n) {
        ObjectReader o = ObjectReader.of(in, n);
        if (o == null) {
            return null;
        }
        ProgramId id = o.reqId("id", ProgramId::of);
        Optional<DocumentRef> document = o.opt("document", CommonCodec::documentRef);
        String title = o.req("title", Scalars::string);
        UnitCode issuer = o.reqId("issuer", UnitCode::of);
        Optional<String> term = o.opt("term", Scalars::string);
        Period period = o.req("period", Scalars::period);
        List<String> viewpoints = o.list("viewpoints", Scalars::string);
        List<String> goals = o.list("goals", Scalars::string);
        List<IndicatorCode> indicators = o.ids("indicators", IndicatorCode::of);
        List<Section> sections = o.list("sections", ProgramCodec::section);
        Optional<SteeringCommittee> committee = o.opt("steeringCommittee", ProgramCodec::steeringCommittee);
        long version = o.version();
        return o.build(
                "program",
                () -> new Program(
                        id,
                        document,
                        title,
                        issuer,
                        term,
                        period,
                        viewpoints,
                        goals,
                        indicators,
                        sections,
                        committee,
                        version));
    }

    static void write(ObjectWriter w, Program p) {
        w.start();
        w.string("id", p.id().value());
        w.object("document", p.document(), CommonCodec::write);
        w.string("title", p.title());
        w.string("issuer", p.issuer().value());
        w.opt("term", p.term());
        w.period("period", p.period());
        w.strings("viewpoints", p.viewpoints());
        w.strings("goals", p.goals());
        w.strings("indicators", p.indicators());
        w.array("sections", p.sections(), ProgramCodec::write);
        w.object("steeringCommittee", p.steeringCommittee(), ProgramCodec::write);
        w.number("version", p.version());
        w.end();
    }

    private static Section section(Scalars in, Node n) {
        ObjectReader o = ObjectReader.of(in, n);
        if (o == null) {
            return null;
        }
        String key = o.req("key", Scalars::string);
        String title = o.req("title", Scalars::string);
        Optional<String> body = o.opt("body", Scalars::string);
        return o.build("section", () -> new Section(key, title, body));
    }

    private static void write(ObjectWriter w, Section s) {
        w.start();
        w.string("key", s.key());
        w.string("title", s.title());
        w.opt("body", s.body());
        w.end();
    }

    private static SteeringCommittee steeringCommittee(Scalars in, Node n) {
        ObjectReader o = ObjectReader.of(in, n);
        if (o == null) {
            return null;
        }
        Official head = o.req("head", CommonCodec::official);
        Official deputy = o.req("standingDeputy", CommonCodec::official);
        List<Official> members = o.list("members", CommonCodec::official);
        UnitCode agency = o.reqId("standingAgency", UnitCode::of);
        return o.build("steering committee", () -> new SteeringCommittee(head, deputy, members, agency));
    }

    private static void write(ObjectWriter w, SteeringCommittee c) {
        w.start();
        w.name("head");
        CommonCodec.write(w, c.head());
        w.name("standingDeputy");
        CommonCodec.write(w, c.standingDeputy());
        w.array("members", c.members(), CommonCodec::write);
        w.string("standingAgency", c.standingAgency().value());
        w.end();
    }

    /** {@code programs/<id>.json}: the program (once created) and its indicators. */
    static final DocKind<ProgramDoc> DOC = new DocKind<>(
            "program",
            (in, o, version) -> {
                ProgramId id = o.reqId("programId", ProgramId::of);
                Program program = o.opt("program", ProgramCodec::read).orElse(null);
                List<Indicator> indicators = o.uniqueList("indicators", IndicatorCodec::read, "code", Indicator::code);
                Map<IndicatorCode, Indicator> map = new TreeMap<>();
                indicators.forEach(i -> map.put(i.code(), i));
                return id == null ? null : new ProgramDoc(version, id, program, Collections.unmodifiableMap(map));
            },
            (w, doc) -> {
                w.string("programId", doc.id().value());
                if (doc.program() != null) {
                    w.name("program");
                    write(w, doc.program());
                }
                w.array("indicators", new ArrayList<>(doc.indicators().values()), IndicatorCodec::write);
            },
            (doc, version) -> new ProgramDoc(version, doc.id(), doc.program(), doc.indicators()));
}
