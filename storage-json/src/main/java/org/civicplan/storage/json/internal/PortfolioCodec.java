package org.civicplan.storage.json.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.civicplan.core.CivicPlanException;
import org.civicplan.core.DanglingReferenceException;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.spi.References;
import org.civicplan.storage.json.internal.StoreDocs.Meta;

/**
 * A whole portfolio as one JSON document (the interchange format), and the store's {@code
 * portfolio.json} (its id and name).
 */
public final class PortfolioCodec {
    private PortfolioCodec() {}

    /** The portfolio; every problem found is thrown together. */
    static Portfolio read(Scalars in, Node root) {
        FormatVersion.check(in, root);
        ObjectReader o = new ObjectReader(in, root);
        o.raw("formatVersion");
        PortfolioId id = o.reqId("id", PortfolioId::of);
        String name = o.req("name", Scalars::string);
        List<OrgUnit> units = o.uniqueList("units", UnitCodec::read, "code", OrgUnit::code);
        List<Program> programs = o.uniqueList("programs", ProgramCodec::read, "id", Program::id);
        List<Plan> plans = o.uniqueList("plans", PlanCodec::read, "id", Plan::id);
        if (in.formatVersion() >= 2) {
            // version 2 names units as officials write them: resolved over this document's own directory
            Map<PlanId, Plan> byId = new HashMap<>();
            plans.forEach(p -> byId.put(p.id(), p));
            in.plans(byId);
            try {
                in.unitNames(new UnitNames(UnitDirectory.of(units), in.unitListener()));
            } catch (CivicPlanException | IllegalArgumentException e) {
                // the directory itself is faulty (reported when the portfolio is built): references stay codes
                in.unitNames(null);
            }
        }
        List<Item> items = o.uniqueList("items", ItemCodec::read, "id", Item::id);
        List<Indicator> indicators = o.uniqueList("indicators", IndicatorCodec::read, "code", Indicator::code);
        List<Measurement> measurements =
                o.uniqueList("measurements", MeasurementCodec::read, "period", Measurement::key);
        List<ProgressReport> reports = o.uniqueList("reports", ReportCodec::read, "id", ProgressReport::id);
        List<Adjustment> adjustments = o.uniqueList("adjustments", AdjustmentCodec::read, "id", Adjustment::id);
        o.done();
        Problems problems = in.problems();
        if (!problems.isEmpty() || id == null || name == null) {
            problems.throwIfAny();
            return null;
        }
        return ObjectReader.make(
                problems,
                root,
                "portfolio",
                () -> new Portfolio(
                        id, name, units, programs, plans, items, indicators, measurements, reports, adjustments));
    }

    /**
     * Each reference of the portfolio's items and measurements to nothing (in the document or in
     * {@code existing}) as a problem at the reference: {@code /items/3/assignment/leadUnits/0}.
     * Called only on a document read without problems, so its lists and the nodes align.
     */
    static void checkReferences(Problems problems, Node root, Portfolio p, References.Known existing) {
        References.Known known = References.in(p).or(References.remembering(existing));
        List<Node> itemNodes = elements(root, "items");
        for (int i = 0; i < p.items().size(); i++) {
            for (References.Dangling d : References.dangling(p.items().get(i), known)) {
                report(problems, i < itemNodes.size() ? itemNodes.get(i) : root, d);
            }
        }
        List<Node> measurementNodes = elements(root, "measurements");
        for (int i = 0; i < p.measurements().size(); i++) {
            for (References.Dangling d : References.dangling(p.measurements().get(i), known)) {
                report(problems, i < measurementNodes.size() ? measurementNodes.get(i) : root, d);
            }
        }
    }

    private static List<Node> elements(Node root, String name) {
        Node list = root.field(name);
        return list == null ? List.of() : list.elements();
    }

    /** The problem at the deepest node of the reference's path that the document has. */
    private static void report(Problems problems, Node entity, References.Dangling d) {
        Node at = entity;
        for (Object step : d.path()) {
            Node next = step instanceof String name
                    ? at.field(name)
                    : at.elements().size() > (Integer) step ? at.elements().get((Integer) step) : null;
            if (next == null) {
                break;
            }
            at = next;
        }
        problems.add(at, DanglingReferenceException.message(d.field(), d.targetType(), d.targetId()));
    }

    static void write(ObjectWriter w, Portfolio p) {
        write(
                w,
                p.id(),
                p.name(),
                p.units(),
                p.programs(),
                p.plans(),
                p.items(),
                p.indicators(),
                out -> out.array("measurements", p.measurements(), MeasurementCodec::write),
                p.reports(),
                p.adjustments());
    }

    /**
     * A portfolio document from its parts, in the order given; {@code measurements} writes the
     * {@code "measurements"} property (or nothing), so that a caller can stream them.
     */
    public static void write(
            ObjectWriter w,
            PortfolioId id,
            String name,
            List<OrgUnit> units,
            List<Program> programs,
            List<Plan> plans,
            List<Item> items,
            List<Indicator> indicators,
            Consumer<ObjectWriter> measurements,
            List<ProgressReport> reports,
            List<Adjustment> adjustments) {
        w.start();
        w.number("formatVersion", FormatVersion.CURRENT);
        w.string("id", id.value());
        w.string("name", name);
        w.array("units", units, UnitCodec::write);
        w.array("programs", programs, ProgramCodec::write);
        w.array("plans", plans, PlanCodec::write);
        w.array("items", items, ItemCodec::write);
        w.array("indicators", indicators, IndicatorCodec::write);
        measurements.accept(w);
        w.array("reports", reports, ReportCodec::write);
        w.array("adjustments", adjustments, AdjustmentCodec::write);
        w.end();
    }

    /** {@code portfolio.json}: the store's portfolio id and name. */
    static final DocKind<Meta> META = new DocKind<>(
            "portfolio",
            (in, o, version) -> {
                PortfolioId id = o.reqId("id", PortfolioId::of);
                String name = o.req("name", Scalars::string);
                return id == null || name == null ? null : new Meta(version, id, name);
            },
            (w, doc) -> {
                w.string("id", doc.id().value());
                w.string("name", doc.name());
            },
            (doc, version) -> new Meta(version, doc.id(), doc.name()));
}
