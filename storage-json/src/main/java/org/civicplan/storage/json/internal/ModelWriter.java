package org.civicplan.storage.json.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.civicplan.core.Labelled;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.AuditEntry;
import org.civicplan.core.model.FieldChange;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemProgress;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.Official;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanSections;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.Product;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.Resources;
import org.civicplan.core.model.Section;
import org.civicplan.core.model.SteeringCommittee;
import org.civicplan.core.model.Target;
import org.civicplan.core.period.Period;
import tools.jackson.core.JsonGenerator;

/**
 * Writes model records to a Jackson generator, property by property. Empty optionals and empty
 * lists are left out; periods are written as their stable {@code code()}, enums as their codes,
 * money as a decimal string of whole đồng, dates as ISO {@code yyyy-MM-dd}.
 */
public final class ModelWriter {
    private final JsonGenerator g;

    public ModelWriter(JsonGenerator g) {
        this.g = g;
    }

    public JsonGenerator generator() {
        return g;
    }

    public void portfolio(Portfolio p) {
        g.writeStartObject();
        g.writeNumberProperty("formatVersion", ModelReader.FORMAT_VERSION);
        g.writeStringProperty("id", p.id().value());
        g.writeStringProperty("name", p.name());
        array("units", p.units(), this::unit);
        array("programs", p.programs(), this::program);
        array("plans", p.plans(), this::plan);
        array("items", p.items(), this::item);
        array("indicators", p.indicators(), this::indicator);
        array("measurements", p.measurements(), this::measurement);
        array("reports", p.reports(), this::report);
        array("adjustments", p.adjustments(), this::adjustment);
        g.writeEndObject();
    }

    public <T> void array(String name, List<T> values, Consumer<T> write) {
        if (values.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        for (T value : values) {
            write.accept(value);
        }
        g.writeEndArray();
    }

    private void strings(String name, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    private void ids(String name, List<?> values) {
        if (values.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        for (Object value : values) {
            g.writeString(value.toString());
        }
        g.writeEndArray();
    }

    private void opt(String name, Optional<?> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get().toString());
        }
    }

    private void optPeriod(String name, Optional<Period> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get().code());
        }
    }

    private void optCode(String name, Optional<? extends Labelled> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get().code());
        }
    }

    private void optInt(String name, Optional<Integer> value) {
        if (value.isPresent()) {
            g.writeNumberProperty(name, value.get());
        }
    }

    private void decimal(String name, BigDecimal value) {
        g.writeName(name);
        g.writeNumber(value);
    }

    public void unit(OrgUnit u) {
        g.writeStartObject();
        g.writeStringProperty("code", u.code().value());
        g.writeStringProperty("name", u.name());
        opt("shortName", u.shortName());
        g.writeStringProperty("kind", u.kind().code());
        opt("parent", u.parent());
        g.writeEndObject();
    }

    public void program(Program p) {
        g.writeStartObject();
        g.writeStringProperty("id", p.id().value());
        p.document().ifPresent(this::documentRef);
        g.writeStringProperty("title", p.title());
        g.writeStringProperty("issuer", p.issuer().value());
        opt("term", p.term());
        g.writeStringProperty("period", p.period().code());
        strings("viewpoints", p.viewpoints());
        strings("goals", p.goals());
        ids("indicators", p.indicators());
        array("sections", p.sections(), this::section);
        if (p.steeringCommittee().isPresent()) {
            g.writeName("steeringCommittee");
            steeringCommittee(p.steeringCommittee().get());
        }
        g.writeNumberProperty("version", p.version());
        g.writeEndObject();
    }

    private void documentRef(DocumentRef ref) {
        g.writeName("document");
        g.writeStartObject();
        g.writeStringProperty("symbol", ref.symbol());
        opt("date", ref.date());
        g.writeEndObject();
    }

    private void section(Section s) {
        g.writeStartObject();
        g.writeStringProperty("key", s.key());
        g.writeStringProperty("title", s.title());
        opt("body", s.body());
        g.writeEndObject();
    }

    private void steeringCommittee(SteeringCommittee c) {
        g.writeStartObject();
        g.writeName("head");
        official(c.head());
        g.writeName("standingDeputy");
        official(c.standingDeputy());
        array("members", c.members(), this::official);
        g.writeStringProperty("standingAgency", c.standingAgency().value());
        g.writeEndObject();
    }

    private void official(Official o) {
        g.writeStartObject();
        opt("name", o.name());
        opt("post", o.post());
        opt("unit", o.unit());
        g.writeEndObject();
    }

    public void plan(Plan p) {
        g.writeStartObject();
        g.writeStringProperty("id", p.id().value());
        opt("program", p.program());
        opt("parentPlan", p.parentPlan());
        g.writeStringProperty("issuer", p.issuer().value());
        p.document().ifPresent(this::documentRef);
        g.writeStringProperty("title", p.title());
        optPeriod("issueBy", p.issueBy());
        PlanSections s = p.sections();
        if (!s.equals(PlanSections.EMPTY)) {
            g.writeName("sections");
            g.writeStartObject();
            opt("purposeAndRequirements", s.purposeAndRequirements());
            opt("content", s.content());
            opt("organisation", s.organisation());
            g.writeEndObject();
        }
        strings("appendixSections", p.appendixSections());
        g.writeStringProperty("status", p.status().code());
        g.writeNumberProperty("version", p.version());
        g.writeEndObject();
    }

    public void item(Item i) {
        g.writeStartObject();
        g.writeStringProperty("id", i.id().value());
        g.writeStringProperty("plan", i.plan().value());
        g.writeNumberProperty("number", i.number());
        g.writeStringProperty("kind", i.kind().code());
        optInt("section", i.section());
        g.writeStringProperty("title", i.title());
        opt("content", i.content());
        if (!i.product().equals(Product.NONE)) {
            g.writeName("product");
            g.writeStartObject();
            optCode("kind", i.product().kind());
            opt("description", i.product().description());
            optInt("quantity", i.product().quantity());
            g.writeEndObject();
        }
        optCode("approvalLevel", i.approvalLevel());
        opt("start", i.start());
        optPeriod("deadline", i.deadline());
        ids("indicators", i.indicators());
        ids("prerequisites", i.prerequisites());
        if (i.publicInvestment().isPresent()) {
            g.writeName("publicInvestment");
            g.writeStartObject();
            g.writeStringProperty(
                    "estimatedTotal",
                    i.publicInvestment().get().estimatedTotal().toPlainString());
            opt("projectGroup", i.publicInvestment().get().projectGroup());
            opt("note", i.publicInvestment().get().note());
            g.writeEndObject();
        }
        g.writeStringProperty("scope", i.scope().code());
        if (!i.assignment().equals(Assignment.NONE)) {
            g.writeName("assignment");
            assignment(i.assignment());
        }
        g.writeStringProperty("status", i.status().code());
        opt("completedOn", i.completedOn());
        g.writeNumberProperty("revision", i.revision());
        g.writeNumberProperty("version", i.version());
        g.writeEndObject();
    }

    private void assignment(Assignment a) {
        g.writeStartObject();
        ids("leadUnits", a.leadUnits());
        ids("coordinatingUnits", a.coordinatingUnits());
        if (a.responsible().isPresent()) {
            g.writeName("responsible");
            official(a.responsible().get());
        }
        opt("reportingUnit", a.reportingUnit());
        opt("leadRationale", a.leadRationale());
        Resources r = a.resources();
        if (!r.equals(Resources.NONE)) {
            g.writeName("resources");
            g.writeStartObject();
            array("funding", r.funding(), this::fundingLine);
            g.writeBooleanProperty("regularBudget", r.regularBudget());
            optInt("staff", r.staff());
            opt("note", r.note());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void fundingLine(FundingLine f) {
        g.writeStartObject();
        g.writeStringProperty("source", f.source().code());
        g.writeNumberProperty("year", f.year());
        g.writeStringProperty("amount", f.amount().toPlainString());
        g.writeEndObject();
    }

    public void indicator(Indicator i) {
        g.writeStartObject();
        g.writeStringProperty("code", i.code().value());
        g.writeStringProperty("program", i.program().value());
        g.writeStringProperty("name", i.name());
        opt("unitOfMeasure", i.unitOfMeasure());
        g.writeStringProperty("kind", i.kind().code());
        g.writeStringProperty("direction", i.direction().code());
        if (i.baseline().isPresent()) {
            g.writeName("baseline");
            g.writeStartObject();
            decimal("value", i.baseline().get().value());
            g.writeStringProperty("period", i.baseline().get().period().code());
            g.writeEndObject();
        }
        if (i.target().isPresent()) {
            g.writeName("target");
            target(i.target().get());
        }
        array("interimTargets", i.interimTargets(), this::target);
        optCode("frequency", i.frequency());
        opt("dataSource", i.dataSource());
        opt("reportingUnit", i.reportingUnit());
        g.writeNumberProperty("version", i.version());
        g.writeEndObject();
    }

    private void target(Target t) {
        g.writeStartObject();
        g.writeStringProperty("comparison", t.comparison().code());
        decimal("value", t.value());
        g.writeStringProperty("period", t.period().code());
        g.writeEndObject();
    }

    public void measurement(Measurement m) {
        g.writeStartObject();
        g.writeStringProperty("indicator", m.indicator().value());
        g.writeStringProperty("period", m.period().code());
        g.writeStringProperty("reportedBy", m.reportedBy().value());
        g.writeName("value");
        g.writeStartObject();
        MeasuredValue value = m.value();
        if (value instanceof MeasuredValue.Count c) {
            g.writeStringProperty("type", "count");
            decimal("value", c.value());
        } else if (value instanceof MeasuredValue.Ratio r) {
            g.writeStringProperty("type", "ratio");
            decimal("numerator", r.numerator());
            decimal("denominator", r.denominator());
        } else if (value instanceof MeasuredValue.Money money) {
            g.writeStringProperty("type", "money");
            g.writeStringProperty("amount", money.amount().toPlainString());
        } else if (value instanceof MeasuredValue.Milestone ms) {
            g.writeStringProperty("type", "milestone");
            g.writeBooleanProperty("reached", ms.reached());
        } else {
            throw new IllegalArgumentException("unknown measured value " + value);
        }
        g.writeEndObject();
        opt("source", m.source());
        g.writeEndObject();
    }

    public void report(ProgressReport r) {
        g.writeStartObject();
        g.writeStringProperty("id", r.id().value());
        g.writeStringProperty("program", r.program().value());
        g.writeStringProperty("unit", r.unit().value());
        g.writeStringProperty("period", r.period().code());
        g.writeStringProperty("status", r.status().code());
        array("items", r.items(), this::itemProgress);
        opt("narrative", r.narrative());
        strings("difficulties", r.difficulties());
        strings("proposals", r.proposals());
        opt("returnReason", r.returnReason());
        g.writeNumberProperty("version", r.version());
        g.writeEndObject();
    }

    private void itemProgress(ItemProgress p) {
        g.writeStartObject();
        g.writeStringProperty("item", p.item().value());
        g.writeStringProperty("status", p.status().code());
        g.writeNumberProperty("percentDone", p.percentDone());
        opt("completedOn", p.completedOn());
        opt("note", p.note());
        array("spent", p.spent(), this::fundingLine);
        g.writeEndObject();
    }

    public void adjustment(Adjustment a) {
        g.writeStartObject();
        g.writeStringProperty("id", a.id().value());
        g.writeStringProperty("item", a.item().value());
        g.writeNumberProperty("baseRevision", a.baseRevision());
        g.writeStringProperty("proposedBy", a.proposedBy().value());
        g.writeStringProperty("reason", a.reason());
        g.writeName("proposed");
        item(a.proposed());
        g.writeStringProperty("status", a.status().code());
        g.writeStringProperty("proposedAt", a.proposedAt().toString());
        opt("decidedBy", a.decidedBy());
        opt("decidedAt", a.decidedAt());
        opt("decisionNote", a.decisionNote());
        g.writeNumberProperty("version", a.version());
        g.writeEndObject();
    }

    public void auditEntry(AuditEntry e) {
        g.writeStartObject();
        g.writeNumberProperty("sequence", e.sequence());
        g.writeStringProperty("at", e.at().toString());
        g.writeName("actor");
        g.writeStartObject();
        g.writeStringProperty("unit", e.actor().unit().value());
        g.writeStringProperty("user", e.actor().user());
        g.writeEndObject();
        g.writeStringProperty("action", e.action());
        g.writeStringProperty("entityType", e.entityType());
        g.writeStringProperty("entityId", e.entityId());
        array("changes", e.changes(), this::fieldChange);
        g.writeEndObject();
    }

    private void fieldChange(FieldChange c) {
        g.writeStartObject();
        g.writeStringProperty("field", c.field());
        opt("before", c.before());
        opt("after", c.after());
        g.writeEndObject();
    }
}
