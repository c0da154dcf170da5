package org.civicplan.storage.json.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.model.ApprovalLevel;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.DeadlineForms;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemKind;
import org.civicplan.core.model.ItemScope;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.Official;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.Product;
import org.civicplan.core.model.ProductKind;
import org.civicplan.core.model.PublicInvestment;
import org.civicplan.core.model.Resources;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Deadline;
import org.civicplan.core.period.InvalidPeriodException;
import org.civicplan.core.period.ParseContext;
import org.civicplan.core.period.Period;
import org.civicplan.core.period.PeriodReader;

/** Plan items in JSON, with their product, public investment, assignment and resources. */
final class ItemCodec {
    private ItemCodec() {}

    static Item read(Scalars in, Node n) {
        ObjectReader o = ObjectReader.of(in, n);
        if (o == null) {
            return null;
        }
        ItemId id = o.reqId("id", ItemId::of);
        PlanId plan = o.reqId("plan", PlanId::of);
        Integer number = o.req("number", Scalars::positive);
        ItemKind kind = o.reqCode("kind", ItemKind.class);
        Optional<Integer> section = o.opt("section", Scalars::positive);
        String title = o.req("title", Scalars::string);
        Optional<String> content = o.opt("content", Scalars::string);
        Product product = o.opt("product", ItemCodec::product).orElse(Product.NONE);
        Optional<ApprovalLevel> approval = o.optCode("approvalLevel", ApprovalLevel.class);
        Optional<LocalDate> start = o.opt("start", Scalars::date);
        Optional<Period> deadline;
        Optional<Deadline> written = Optional.empty();
        if (in.formatVersion() < 2) {
            deadline = o.opt("deadline", Scalars::period);
        } else {
            written = o.opt("deadlineAsWritten", ItemCodec::deadlineAsWritten);
            if (written.isPresent()) {
                deadline = o.opt("deadline", Scalars::period);
            } else {
                Plan of = plan == null ? null : in.plans().get(plan);
                Optional<When> when = o.opt("deadline", (s, x) -> when(s, x, of));
                deadline = when.flatMap(When::period);
                written = when.flatMap(When::written);
            }
        }
        Optional<Deadline> asWritten = written;
        List<IndicatorCode> indicators = o.ids("indicators", IndicatorCode::of);
        List<ItemId> prerequisites = o.ids("prerequisites", ItemId::of);
        Optional<PublicInvestment> investment = o.opt("publicInvestment", ItemCodec::publicInvestment);
        ItemScope scope = o.optCode("scope", ItemScope.class).orElse(ItemScope.CITY);
        Optional<UnitCode> context = plan == null
                ? Optional.empty()
                : Optional.ofNullable(in.plans().get(plan)).map(Plan::issuer);
        Assignment assignment =
                o.opt("assignment", (s, x) -> assignment(s, x, context)).orElse(Assignment.NONE);
        ItemStatus status = o.optCode("status", ItemStatus.class).orElse(ItemStatus.NOT_STARTED);
        Optional<LocalDate> completedOn = o.opt("completedOn", Scalars::date);
        int revision = o.opt("revision", Scalars::positive).orElse(1);
        long version = o.version();
        return o.build(
                "item",
                () -> new Item(
                        id,
                        plan,
                        number,
                        kind,
                        section,
                        title,
                        content,
                        product,
                        approval,
                        start,
                        deadline,
                        asWritten,
                        indicators,
                        prerequisites,
                        investment,
                        scope,
                        assignment,
                        status,
                        completedOn,
                        revision,
                        version));
    }

    static void write(ObjectWriter w, Item i) {
        w.start();
        w.string("id", i.id().value());
        w.string("plan", i.plan().value());
        w.number("number", i.number());
        w.code("kind", i.kind());
        w.optInt("section", i.section());
        w.string("title", i.title());
        w.opt("content", i.content());
        if (!i.product().equals(Product.NONE)) {
            w.name("product");
            w.start();
            w.optCode("kind", i.product().kind());
            w.opt("description", i.product().description());
            w.optInt("quantity", i.product().quantity());
            w.end();
        }
        w.optCode("approvalLevel", i.approvalLevel());
        w.opt("start", i.start());
        w.optPeriod("deadline", i.deadline());
        if (i.deadlineAsWritten().isPresent()) {
            Deadline d = i.deadlineAsWritten().get();
            w.name("deadlineAsWritten");
            w.start();
            w.string("text", d.text());
            w.string("reading", DeadlineForms.write(d));
            w.end();
        }
        w.strings("indicators", i.indicators());
        w.strings("prerequisites", i.prerequisites());
        w.object("publicInvestment", i.publicInvestment(), ItemCodec::write);
        w.code("scope", i.scope());
        if (!i.assignment().equals(Assignment.NONE)) {
            w.name("assignment");
            write(w, i.assignment());
        }
        w.code("status", i.status());
        w.opt("completedOn", i.completedOn());
        w.number("revision", i.revision());
        w.number("version", i.version());
        w.end();
    }

    private static Product product(Scalars in, Node n) {
        ObjectReader o = ObjectReader.of(in, n);
        if (o == null) {
            return null;
        }
        Optional<ProductKind> kind = o.optCode("kind", ProductKind.class);
        Optional<String> description = o.opt("description", Scalars::string);
        Optional<Integer> quantity = o.opt("quantity", Scalars::nonNegative);
        return o.build("product", () -> new Product(kind, description, quantity));
    }

    private static PublicInvestment publicInvestment(Scalars in, Node n) {
        ObjectReader o = ObjectReader.of(in, n);
        if (o == null) {
            return null;
        }
        Vnd total = o.req("estimatedTotal", Scalars::money);
        Optional<String> group = o.opt("projectGroup", Scalars::string);
        Optional<String> note = o.opt("note", Scalars::string);
        return o.build("public investment", () -> new PublicInvestment(total, group, note));
    }

    private static void write(ObjectWriter w, PublicInvestment p) {
        w.start();
        w.string("estimatedTotal", p.estimatedTotal().toPlainString());
        w.opt("projectGroup", p.projectGroup());
        w.opt("note", p.note());
        w.end();
    }

    /** A deadline as a version-2 file may write it: a period's code, or a phrase as officials write it. */
    private record When(Optional<Period> period, Optional<Deadline> written) {}

    /**
     * A period's stable code stays a plain deadline; any other text is read by {@link PeriodReader}
     * against the date of the item's plan (a year left out, "kể từ ngày ký") and kept as written. A
     * text only {@link Period#parse} reads stays a plain deadline, as in version 1; a text neither
     * reads is a problem with the reader's reason.
     */
    private static When when(Scalars in, Node n, Plan plan) {
        if (!in.expect(
                n,
                Node.Type.STRING,
                " (ví dụ \"chậm nhất ngày 15/11/2021\")",
                " (e.g. \"chậm nhất ngày 15/11/2021\")")) {
            return null;
        }
        String text = n.string();
        Period plain;
        try {
            plain = Period.parse(text);
        } catch (InvalidInputException | IllegalArgumentException e) {
            plain = null;
        }
        if (plain != null && plain.code().equals(text.strip())) {
            return new When(Optional.of(plain), Optional.empty());
        }
        ParseContext context = plan == null
                ? ParseContext.none()
                : plan.document()
                        .flatMap(DocumentRef::date)
                        .map(ParseContext::documentDated)
                        .orElse(ParseContext.none());
        try {
            Deadline read = PeriodReader.read(text, context);
            return new When(read.period(), Optional.of(read));
        } catch (InvalidPeriodException e) {
            if (plain != null) {
                return new When(Optional.of(plain), Optional.empty());
            }
            in.problems().add(n, e.text());
            return null;
        }
    }

    private static Deadline deadlineAsWritten(Scalars in, Node n) {
        ObjectReader o = ObjectReader.of(in, n);
        if (o == null) {
            return null;
        }
        String text = o.req("text", Scalars::string);
        String reading = o.req("reading", Scalars::string);
        return o.build("deadline as written", () -> DeadlineForms.read(text, reading));
    }

    /**
     * Units by code; in a version-2 interchange document also by name, resolved over its directory
     * in the context of the plan's issuer. Names given keep the entries as written.
     */
    private static List<UnitCode> units(
            Scalars in, ObjectReader o, String name, Optional<UnitCode> context, List<String> asWritten) {
        UnitNames names = in.unitNames();
        if (names == null) {
            return o.ids(name, UnitCode::of);
        }
        List<UnitCode> codes = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        boolean[] byName = {false};
        o.list(name, (s, x) -> {
            UnitNames.Resolved r = names.read(s, x, context);
            if (r != null) {
                codes.addAll(r.units());
                texts.add(x.string());
                byName[0] |= !r.asCode();
            }
            return r;
        });
        if (byName[0]) {
            asWritten.addAll(texts);
        }
        return codes;
    }

    /**
     * A field that holds one unit: its code; in a version-2 interchange document also its name,
     * resolved as the lead units are, and refused when it names no single unit (a collective, a list).
     * A name given is kept as written beside the code: in {@code written[0]}; else, in any
     * version-2 document, the text of the field {@code asWrittenName} (what the writer put there).
     */
    private static Optional<UnitCode> unit(
            Scalars in,
            ObjectReader o,
            String name,
            String asWrittenName,
            Optional<UnitCode> context,
            String field,
            String[] written) {
        UnitNames names = in.unitNames();
        Optional<UnitCode> code;
        if (names == null) {
            code = o.optId(name, UnitCode::of);
        } else {
            code = o.opt(name, (s, x) -> {
                UnitNames.Resolved r = names.readOne(s, x, context, field);
                if (r == null) {
                    return null;
                }
                if (!r.asCode()) {
                    written[0] = x.string();
                }
                return r.units().get(0);
            });
        }
        if (in.formatVersion() >= 2) {
            Optional<String> kept = o.opt(asWrittenName, Scalars::string);
            if (written[0] == null) {
                written[0] = kept.orElse(null);
            }
        }
        return code;
    }

    /**
     * The responsible official, whose unit a version-2 document may name as written, and keeps
     * beside its code as {@code unitAsWritten} (an item's official only: a program's steering
     * committee gives codes).
     */
    private static Official responsible(Scalars in, Node n, Optional<UnitCode> context) {
        if (in.formatVersion() < 2) {
            return CommonCodec.official(in, n);
        }
        ObjectReader o = ObjectReader.of(in, n);
        if (o == null) {
            return null;
        }
        Optional<String> name = o.opt("name", Scalars::string);
        Optional<String> post = o.opt("post", Scalars::string);
        String[] written = {null};
        Optional<UnitCode> unit = unit(in, o, "unit", "unitAsWritten", context, "responsible.unit", written);
        return o.build("official", () -> new Official(name, post, unit, Optional.ofNullable(written[0])));
    }

    private static Assignment assignment(Scalars in, Node n, Optional<UnitCode> context) {
        ObjectReader o = ObjectReader.of(in, n);
        if (o == null) {
            return null;
        }
        List<String> leadWritten = new ArrayList<>();
        List<String> coordinatingWritten = new ArrayList<>();
        List<UnitCode> lead = units(in, o, "leadUnits", context, leadWritten);
        List<UnitCode> coordinating = units(in, o, "coordinatingUnits", context, coordinatingWritten);
        if (in.formatVersion() >= 2) {
            List<String> lw = o.list("leadUnitsAsWritten", Scalars::string);
            List<String> cw = o.list("coordinatingUnitsAsWritten", Scalars::string);
            if (leadWritten.isEmpty()) {
                leadWritten.addAll(lw);
            }
            if (coordinatingWritten.isEmpty()) {
                coordinatingWritten.addAll(cw);
            }
        }
        Optional<Official> responsible = o.opt("responsible", (s, x) -> responsible(s, x, context));
        String[] reportingWritten = {null};
        Optional<UnitCode> reporting =
                unit(in, o, "reportingUnit", "reportingUnitAsWritten", context, "reportingUnit", reportingWritten);
        Optional<String> rationale = o.opt("leadRationale", Scalars::string);
        Resources resources = o.opt("resources", ItemCodec::resources).orElse(Resources.NONE);
        return o.build(
                "assignment",
                () -> new Assignment(
                        lead,
                        coordinating,
                        responsible,
                        reporting,
                        rationale,
                        resources,
                        leadWritten,
                        coordinatingWritten,
                        Optional.ofNullable(reportingWritten[0])));
    }

    private static void write(ObjectWriter w, Assignment a) {
        w.start();
        w.strings("leadUnits", a.leadUnits());
        w.strings("coordinatingUnits", a.coordinatingUnits());
        w.strings("leadUnitsAsWritten", a.leadAsWritten());
        w.strings("coordinatingUnitsAsWritten", a.coordinatingAsWritten());
        w.object("responsible", a.responsible(), ItemCodec::writeResponsible);
        w.opt("reportingUnit", a.reportingUnit());
        w.opt("reportingUnitAsWritten", a.reportingUnitAsWritten());
        w.opt("leadRationale", a.leadRationale());
        Resources r = a.resources();
        if (!r.equals(Resources.NONE)) {
            w.name("resources");
            w.start();
            w.array("funding", r.funding(), CommonCodec::write);
            w.bool("regularBudget", r.regularBudget());
            w.optInt("staff", r.staff());
            w.opt("note", r.note());
            w.end();
        }
        w.end();
    }

    private static void writeResponsible(ObjectWriter w, Official official) {
        w.start();
        w.opt("name", official.name());
        w.opt("post", official.post());
        w.opt("unit", official.unit());
        w.opt("unitAsWritten", official.unitAsWritten());
        w.end();
    }

    private static Resources resources(Scalars in, Node n) {
        ObjectReader o = ObjectReader.of(in, n);
        if (o == null) {
            return null;
        }
        List<FundingLine> funding = o.list("funding", CommonCodec::fundingLine);
        boolean regular = o.opt("regularBudget", Scalars::bool).orElse(false);
        Optional<Integer> staff = o.opt("staff", Scalars::nonNegative);
        Optional<String> note = o.opt("note", Scalars::string);
        return o.build("resources", () -> new Resources(funding, regular, staff, note));
    }
}
