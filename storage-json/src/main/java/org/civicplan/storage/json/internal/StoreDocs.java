package org.civicplan.storage.json.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.civicplan.core.Message;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.UnitCode;
import tools.jackson.core.JsonGenerator;

/**
 * The documents of the file store and their JSON form. Documents are values: a change makes a new
 * document with the next {@code documentVersion}.
 */
public final class StoreDocs {
    private StoreDocs() {}

    /** A kind of document: how to read and write it. */
    public interface Kind<D extends Doc> {
        String name();

        D read(ModelReader reader, Node root);

        void write(ModelWriter writer, D doc);
    }

    public interface Doc {
        long documentVersion();
    }

    public record Meta(long documentVersion, PortfolioId id, String name) implements Doc {}

    public record UnitsDoc(long documentVersion, Map<UnitCode, OrgUnit> units) implements Doc {
        public static final UnitsDoc EMPTY = new UnitsDoc(0, Map.of());

        public UnitsDoc with(OrgUnit unit) {
            Map<UnitCode, OrgUnit> copy = new LinkedHashMap<>(units);
            copy.put(unit.code(), unit);
            return new UnitsDoc(documentVersion, Collections.unmodifiableMap(copy));
        }
    }

    public record ProgramDoc(
            long documentVersion, ProgramId id, Program program, Map<IndicatorCode, Indicator> indicators)
            implements Doc {
        public static ProgramDoc empty(ProgramId id) {
            return new ProgramDoc(0, id, null, Map.of());
        }

        public ProgramDoc with(Program value) {
            return new ProgramDoc(documentVersion, id, value, indicators);
        }

        public ProgramDoc with(Indicator value) {
            Map<IndicatorCode, Indicator> copy = new TreeMap<>(indicators);
            copy.put(value.code(), value);
            return new ProgramDoc(documentVersion, id, program, Collections.unmodifiableMap(copy));
        }

        public ProgramDoc without(IndicatorCode code) {
            Map<IndicatorCode, Indicator> copy = new TreeMap<>(indicators);
            copy.remove(code);
            return new ProgramDoc(documentVersion, id, program, Collections.unmodifiableMap(copy));
        }
    }

    public record PlanDoc(
            long documentVersion, PlanId id, Plan plan, Map<ItemId, Item> items, Map<ItemId, List<Item>> history)
            implements Doc {
        public static PlanDoc empty(PlanId id) {
            return new PlanDoc(0, id, null, Map.of(), Map.of());
        }

        public PlanDoc with(Plan value) {
            return new PlanDoc(documentVersion, id, value, items, history);
        }

        public PlanDoc with(Item value) {
            Map<ItemId, Item> copy = new LinkedHashMap<>(items);
            copy.put(value.id(), value);
            return new PlanDoc(documentVersion, id, plan, Collections.unmodifiableMap(copy), history);
        }

        public PlanDoc withHistory(ItemId item, List<Item> revisions) {
            Map<ItemId, List<Item>> copy = new LinkedHashMap<>(history);
            if (revisions.isEmpty()) {
                copy.remove(item);
            } else {
                copy.put(item, List.copyOf(revisions));
            }
            return new PlanDoc(documentVersion, id, plan, items, Collections.unmodifiableMap(copy));
        }

        public PlanDoc without(ItemId item) {
            Map<ItemId, Item> copy = new LinkedHashMap<>(items);
            copy.remove(item);
            return new PlanDoc(documentVersion, id, plan, Collections.unmodifiableMap(copy), history)
                    .withHistory(item, List.of());
        }
    }

    public record ReportDoc(long documentVersion, ProgressReport report) implements Doc {}

    public record AdjustmentDoc(long documentVersion, Adjustment adjustment) implements Doc {}

    /** Gives a document the next version, for writing. */
    @SuppressWarnings("unchecked")
    public static <D extends Doc> D withVersion(D doc, long v) {
        Doc next;
        if (doc instanceof Meta m) {
            next = new Meta(v, m.id(), m.name());
        } else if (doc instanceof UnitsDoc u) {
            next = new UnitsDoc(v, u.units());
        } else if (doc instanceof ProgramDoc p) {
            next = new ProgramDoc(v, p.id(), p.program(), p.indicators());
        } else if (doc instanceof PlanDoc p) {
            next = new PlanDoc(v, p.id(), p.plan(), p.items(), p.history());
        } else if (doc instanceof ReportDoc r) {
            next = new ReportDoc(v, r.report());
        } else if (doc instanceof AdjustmentDoc a) {
            next = new AdjustmentDoc(v, a.adjustment());
        } else {
            throw new IllegalArgumentException("unknown document " + doc);
        }
        return (D) next;
    }

    private static void head(JsonGenerator g, String kind, long version) {
        g.writeStartObject();
        g.writeNumberProperty("formatVersion", ModelReader.FORMAT_VERSION);
        g.writeStringProperty("document", kind);
        g.writeNumberProperty("documentVersion", version);
    }

    /** Reads the common head; returns the document version, or -1 when the head is wrong (reported). */
    private static long head(ModelReader reader, ModelReader.Obj o, Node root, String kind) {
        reader.checkFormatVersion(root);
        o.raw("formatVersion");
        String actual = o.req("document", reader::string);
        if (actual != null && !actual.equals(kind)) {
            reader.problems()
                    .add(
                            root.field("document"),
                            Message.of(
                                    "tệp chứa tài liệu \"" + actual + "\", cần \"" + kind + "\"",
                                    "the file holds a \"" + actual + "\" document, expected \"" + kind + "\""));
        }
        Node v = o.raw("documentVersion");
        if (v == null) {
            return 0;
        }
        Integer version = reader.integer(v);
        return version == null ? -1 : version;
    }

    public static final Kind<Meta> META = new Kind<>() {
        @Override
        public String name() {
            return "portfolio";
        }

        @Override
        public Meta read(ModelReader reader, Node root) {
            ModelReader.Obj o = reader.new Obj(root);
            long v = head(reader, o, root, name());
            PortfolioId id = o.req("id", n -> reader.id(n, PortfolioId::of));
            String name = o.req("name", reader::string);
            o.done();
            return id == null || name == null ? null : new Meta(v, id, name);
        }

        @Override
        public void write(ModelWriter w, Meta doc) {
            JsonGenerator g = w.generator();
            head(g, name(), doc.documentVersion());
            g.writeStringProperty("id", doc.id().value());
            g.writeStringProperty("name", doc.name());
            g.writeEndObject();
        }
    };

    public static final Kind<UnitsDoc> UNITS = new Kind<>() {
        @Override
        public String name() {
            return "units";
        }

        @Override
        public UnitsDoc read(ModelReader reader, Node root) {
            ModelReader.Obj o = reader.new Obj(root);
            long v = head(reader, o, root, name());
            List<OrgUnit> units = o.list("units", reader::unit);
            o.done();
            Map<UnitCode, OrgUnit> map = new LinkedHashMap<>();
            units.forEach(u -> map.put(u.code(), u));
            return new UnitsDoc(v, Collections.unmodifiableMap(map));
        }

        @Override
        public void write(ModelWriter w, UnitsDoc doc) {
            head(w.generator(), name(), doc.documentVersion());
            w.array("units", new ArrayList<>(doc.units().values()), w::unit);
            w.generator().writeEndObject();
        }
    };

    public static final Kind<ProgramDoc> PROGRAM = new Kind<>() {
        @Override
        public String name() {
            return "program";
        }

        @Override
        public ProgramDoc read(ModelReader reader, Node root) {
            ModelReader.Obj o = reader.new Obj(root);
            long v = head(reader, o, root, name());
            ProgramId id = o.req("programId", n -> reader.id(n, ProgramId::of));
            Program program = o.opt("program", reader::program).orElse(null);
            List<Indicator> indicators = o.list("indicators", reader::indicator);
            o.done();
            Map<IndicatorCode, Indicator> map = new TreeMap<>();
            indicators.forEach(i -> map.put(i.code(), i));
            return id == null ? null : new ProgramDoc(v, id, program, Collections.unmodifiableMap(map));
        }

        @Override
        public void write(ModelWriter w, ProgramDoc doc) {
            JsonGenerator g = w.generator();
            head(g, name(), doc.documentVersion());
            g.writeStringProperty("programId", doc.id().value());
            if (doc.program() != null) {
                g.writeName("program");
                w.program(doc.program());
            }
            w.array("indicators", new ArrayList<>(doc.indicators().values()), w::indicator);
            g.writeEndObject();
        }
    };

    public static final Kind<PlanDoc> PLAN = new Kind<>() {
        @Override
        public String name() {
            return "plan";
        }

        @Override
        public PlanDoc read(ModelReader reader, Node root) {
            ModelReader.Obj o = reader.new Obj(root);
            long v = head(reader, o, root, name());
            PlanId id = o.req("planId", n -> reader.id(n, PlanId::of));
            Plan plan = o.opt("plan", reader::plan).orElse(null);
            List<Item> items = o.list("items", reader::item);
            List<Item> history = o.list("history", reader::item);
            o.done();
            Map<ItemId, Item> map = new LinkedHashMap<>();
            items.forEach(i -> map.put(i.id(), i));
            Map<ItemId, List<Item>> revisions = new LinkedHashMap<>();
            history.forEach(i ->
                    revisions.computeIfAbsent(i.id(), k -> new ArrayList<>()).add(i));
            revisions.replaceAll((k, list) -> List.copyOf(list));
            return id == null
                    ? null
                    : new PlanDoc(
                            v, id, plan, Collections.unmodifiableMap(map), Collections.unmodifiableMap(revisions));
        }

        @Override
        public void write(ModelWriter w, PlanDoc doc) {
            JsonGenerator g = w.generator();
            head(g, name(), doc.documentVersion());
            g.writeStringProperty("planId", doc.id().value());
            if (doc.plan() != null) {
                g.writeName("plan");
                w.plan(doc.plan());
            }
            w.array("items", new ArrayList<>(doc.items().values()), w::item);
            List<Item> history = new ArrayList<>();
            doc.history().values().forEach(history::addAll);
            w.array("history", history, w::item);
            g.writeEndObject();
        }
    };

    public static final Kind<ReportDoc> REPORT = new Kind<>() {
        @Override
        public String name() {
            return "report";
        }

        @Override
        public ReportDoc read(ModelReader reader, Node root) {
            ModelReader.Obj o = reader.new Obj(root);
            long v = head(reader, o, root, name());
            ProgressReport report = o.req("report", reader::report);
            o.done();
            return report == null ? null : new ReportDoc(v, report);
        }

        @Override
        public void write(ModelWriter w, ReportDoc doc) {
            head(w.generator(), name(), doc.documentVersion());
            w.generator().writeName("report");
            w.report(doc.report());
            w.generator().writeEndObject();
        }
    };

    public static final Kind<AdjustmentDoc> ADJUSTMENT = new Kind<>() {
        @Override
        public String name() {
            return "adjustment";
        }

        @Override
        public AdjustmentDoc read(ModelReader reader, Node root) {
            ModelReader.Obj o = reader.new Obj(root);
            long v = head(reader, o, root, name());
            Adjustment adjustment = o.req("adjustment", reader::adjustment);
            o.done();
            return adjustment == null ? null : new AdjustmentDoc(v, adjustment);
        }

        @Override
        public void write(ModelWriter w, AdjustmentDoc doc) {
            head(w.generator(), name(), doc.documentVersion());
            w.generator().writeName("adjustment");
            w.adjustment(doc.adjustment());
            w.generator().writeEndObject();
        }
    };
}
