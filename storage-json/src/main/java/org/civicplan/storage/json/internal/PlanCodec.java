package org.civicplan.storage.json.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.PlanSections;
import org.civicplan.core.model.PlanStatus;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;
import org.civicplan.storage.json.internal.StoreDocs.PlanDoc;

/** Plans in JSON (with their sections), and the store's plan files. */
final class PlanCodec {
    private PlanCodec() {}

    static Plan read(Scalars in, Node n) {
        ObjectReader o = ObjectReader.of(in, n);
        if (o == null) {
            return null;
        }
        PlanId id = o.reqId("id", PlanId::of);
        Optional<ProgramId> program = o.optId("program", ProgramId::of);
        Optional<PlanId> parent = o.optId("parentPlan", PlanId::of);
        UnitCode issuer = o.reqId("issuer", UnitCode::of);
        Optional<DocumentRef> document = o.opt("document", CommonCodec::documentRef);
        String title = o.req("title", Scalars::string);
        Optional<Period> issueBy = o.opt("issueBy", Scalars::period);
        PlanSections sections = o.opt("sections", PlanCodec::sections).orElse(PlanSections.EMPTY);
        List<String> appendix = o.list("appendixSections", Scalars::string);
        PlanStatus status = o.reqCode("status", PlanStatus.class);
        long version = o.version();
        return o.build(
                "plan",
                () -> new Plan(
                        id, program, parent, issuer, document, title, issueBy, sections, appendix, status, version));
    }

    static void write(ObjectWriter w, Plan p) {
        w.start();
        w.string("id", p.id().value());
        w.opt("program", p.program());
        w.opt("parentPlan", p.parentPlan());
        w.string("issuer", p.issuer().value());
        w.object("document", p.document(), CommonCodec::write);
        w.string("title", p.title());
        w.optPeriod("issueBy", p.issueBy());
        PlanSections s = p.sections();
        if (!s.equals(PlanSections.EMPTY)) {
            w.name("sections");
            w.start();
            w.opt("purposeAndRequirements", s.purposeAndRequirements());
            w.opt("content", s.content());
            w.opt("organisation", s.organisation());
            w.end();
        }
        w.strings("appendixSections", p.appendixSections());
        w.code("status", p.status());
        w.number("version", p.version());
        w.end();
    }

    private static PlanSections sections(Scalars in, Node n) {
        ObjectReader o = ObjectReader.of(in, n);
        if (o == null) {
            return null;
        }
        Optional<String> purpose = o.opt("purposeAndRequirements", Scalars::string);
        Optional<String> content = o.opt("content", Scalars::string);
        Optional<String> organisation = o.opt("organisation", Scalars::string);
        return o.build("plan sections", () -> new PlanSections(purpose, content, organisation));
    }

    /** {@code plans/<id>.json}: the plan (once created), its items and their earlier revisions. */
    static final DocKind<PlanDoc> DOC = new DocKind<>(
            "plan",
            (in, o, version) -> {
                PlanId id = o.reqId("planId", PlanId::of);
                Plan plan = o.opt("plan", PlanCodec::read).orElse(null);
                List<Item> items = o.uniqueList("items", ItemCodec::read, "id", Item::id);
                List<Item> history = o.list("history", ItemCodec::read);
                Map<ItemId, Item> map = new LinkedHashMap<>();
                items.forEach(i -> map.put(i.id(), i));
                Map<ItemId, List<Item>> revisions = new LinkedHashMap<>();
                history.forEach(i -> revisions
                        .computeIfAbsent(i.id(), k -> new ArrayList<>())
                        .add(i));
                revisions.replaceAll((k, list) -> List.copyOf(list));
                return id == null
                        ? null
                        : new PlanDoc(
                                version,
                                id,
                                plan,
                                Collections.unmodifiableMap(map),
                                Collections.unmodifiableMap(revisions));
            },
            (w, doc) -> {
                w.string("planId", doc.id().value());
                if (doc.plan() != null) {
                    w.name("plan");
                    write(w, doc.plan());
                }
                w.array("items", new ArrayList<>(doc.items().values()), ItemCodec::write);
                List<Item> history = new ArrayList<>();
                doc.history().values().forEach(history::addAll);
                w.array("history", history, ItemCodec::write);
            },
            (doc, version) -> new PlanDoc(version, doc.id(), doc.plan(), doc.items(), doc.history()));
}
