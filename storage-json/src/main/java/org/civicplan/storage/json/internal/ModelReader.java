package org.civicplan.storage.json.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.civicplan.core.CivicPlanException;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Labelled;
import org.civicplan.core.Message;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.AdjustmentId;
import org.civicplan.core.model.AdjustmentStatus;
import org.civicplan.core.model.ApprovalLevel;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.AuditEntry;
import org.civicplan.core.model.Baseline;
import org.civicplan.core.model.Comparison;
import org.civicplan.core.model.Direction;
import org.civicplan.core.model.FieldChange;
import org.civicplan.core.model.Frequency;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.FundingSource;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.IndicatorKind;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemKind;
import org.civicplan.core.model.ItemProgress;
import org.civicplan.core.model.ItemScope;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.Official;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.PlanSections;
import org.civicplan.core.model.PlanStatus;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.model.Product;
import org.civicplan.core.model.ProductKind;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.PublicInvestment;
import org.civicplan.core.model.ReportId;
import org.civicplan.core.model.ReportStatus;
import org.civicplan.core.model.Resources;
import org.civicplan.core.model.Section;
import org.civicplan.core.model.SteeringCommittee;
import org.civicplan.core.model.Target;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitKind;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;

/**
 * Maps {@link Node} trees to model records. Every problem is reported with its place and reading
 * goes on, so one pass over a file lists everything wrong with it (up to the limit). Methods return
 * {@code null} for a value that could not be read; the problem has been recorded.
 */
public final class ModelReader {
    public static final int FORMAT_VERSION = 1;

    /** Parsed periods by text: measurement files repeat a few periods a million times. */
    private static final java.util.concurrent.ConcurrentHashMap<String, Period> PERIODS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final Problems problems;

    public ModelReader(Problems problems) {
        this.problems = problems;
    }

    public Problems problems() {
        return problems;
    }

    // ---- format version ----

    /** Checks {@code formatVersion}; a missing, malformed or newer version stops reading. */
    public void checkFormatVersion(Node root) {
        if (root.type() != Node.Type.OBJECT) {
            throw problems.fatal(
                    root.pointer(),
                    root.line(),
                    root.column(),
                    Message.of(
                            "cần một đối tượng JSON {\"formatVersion\": 1, …}, không phải " + root.type().vi,
                            "expected a JSON object {\"formatVersion\": 1, …}, not " + root.type().en));
        }
        Node version = root.field("formatVersion");
        if (version == null) {
            throw problems.fatal(
                    "",
                    root.line(),
                    root.column(),
                    Message.of(
                            "thiếu \"formatVersion\" (tệp civicplan phải có \"formatVersion\": " + FORMAT_VERSION + ")",
                            "missing \"formatVersion\" (a civicplan file starts with \"formatVersion\": "
                                    + FORMAT_VERSION + ")"));
        }
        Integer v = integer(version);
        if (v == null) {
            throw problems.stop();
        }
        if (v > FORMAT_VERSION) {
            throw problems.fatal(
                    version.pointer(),
                    version.line(),
                    version.column(),
                    Message.of(
                            "tệp được ghi bởi phiên bản civicplan mới hơn (formatVersion " + v
                                    + "); phiên bản này chỉ đọc được formatVersion " + FORMAT_VERSION
                                    + ": hãy nâng cấp civicplan",
                            "written by a newer civicplan (formatVersion " + v + "); this version reads formatVersion "
                                    + FORMAT_VERSION + " only: upgrade civicplan"));
        }
        if (v < 1) {
            throw problems.fatal(
                    version.pointer(),
                    version.line(),
                    version.column(),
                    Message.of(
                            "formatVersion " + v + " không tồn tại (phiên bản hợp lệ: " + FORMAT_VERSION + ")",
                            "there is no formatVersion " + v + " (known: " + FORMAT_VERSION + ")"));
        }
    }

    // ---- documents ----

    public Portfolio portfolio(Node root) {
        checkFormatVersion(root);
        Obj o = new Obj(root);
        o.raw("formatVersion");
        PortfolioId id = o.req("id", n -> id(n, PortfolioId::of));
        String name = o.req("name", this::string);
        List<OrgUnit> units = o.list("units", this::unit);
        List<Program> programs = o.list("programs", this::program);
        List<Plan> plans = o.list("plans", this::plan);
        List<Item> items = o.list("items", this::item);
        List<Indicator> indicators = o.list("indicators", this::indicator);
        List<Measurement> measurements = o.list("measurements", this::measurement);
        List<ProgressReport> reports = o.list("reports", this::report);
        List<Adjustment> adjustments = o.list("adjustments", this::adjustment);
        o.done();
        if (!problems.isEmpty() || !present(id, name)) {
            problems.throwIfAny();
            return null;
        }
        return build(
                root,
                "portfolio",
                () -> new Portfolio(
                        id, name, units, programs, plans, items, indicators, measurements, reports, adjustments));
    }

    // ---- model ----

    public OrgUnit unit(Node n) {
        Obj o = obj(n);
        if (o == null) {
            return null;
        }
        UnitCode code = o.req("code", x -> id(x, UnitCode::of));
        String name = o.req("name", this::string);
        Optional<String> shortName = o.opt("shortName", this::string);
        UnitKind kind = o.req("kind", x -> code(x, UnitKind.class));
        Optional<UnitCode> parent = o.opt("parent", x -> id(x, UnitCode::of));
        o.done();
        return o.ok(code, name, shortName, kind, parent)
                ? build(n, "unit", () -> new OrgUnit(code, name, shortName, kind, parent))
                : null;
    }

    public Program program(Node n) {
        Obj o = obj(n);
        if (o == null) {
            return null;
        }
        ProgramId id = o.req("id", x -> id(x, ProgramId::of));
        Optional<DocumentRef> document = o.opt("document", this::documentRef);
        String title = o.req("title", this::string);
        UnitCode issuer = o.req("issuer", x -> id(x, UnitCode::of));
        Optional<String> term = o.opt("term", this::string);
        Period period = o.req("period", this::period);
        List<String> viewpoints = o.list("viewpoints", this::string);
        List<String> goals = o.list("goals", this::string);
        List<IndicatorCode> indicators = o.list("indicators", x -> id(x, IndicatorCode::of));
        List<Section> sections = o.list("sections", this::section);
        Optional<SteeringCommittee> committee = o.opt("steeringCommittee", this::steeringCommittee);
        long version = o.version();
        o.done();
        return o.ok(id, document, title, issuer, term, period, committee)
                ? build(
                        n,
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
                                version))
                : null;
    }

    private Section section(Node n) {
        Obj o = obj(n);
        if (o == null) {
            return null;
        }
        String key = o.req("key", this::string);
        String title = o.req("title", this::string);
        Optional<String> body = o.opt("body", this::string);
        o.done();
        return o.ok(key, title, body) ? build(n, "section", () -> new Section(key, title, body)) : null;
    }

    private SteeringCommittee steeringCommittee(Node n) {
        Obj o = obj(n);
        if (o == null) {
            return null;
        }
        Official head = o.req("head", this::official);
        Official deputy = o.req("standingDeputy", this::official);
        List<Official> members = o.list("members", this::official);
        UnitCode agency = o.req("standingAgency", x -> id(x, UnitCode::of));
        o.done();
        return o.ok(head, deputy, agency)
                ? build(n, "steering committee", () -> new SteeringCommittee(head, deputy, members, agency))
                : null;
    }

    private Official official(Node n) {
        Obj o = obj(n);
        if (o == null) {
            return null;
        }
        Optional<String> name = o.opt("name", this::string);
        Optional<String> post = o.opt("post", this::string);
        Optional<UnitCode> unit = o.opt("unit", x -> id(x, UnitCode::of));
        o.done();
        return o.ok(name, post, unit) ? build(n, "official", () -> new Official(name, post, unit)) : null;
    }

    public Plan plan(Node n) {
        Obj o = obj(n);
        if (o == null) {
            return null;
        }
        PlanId id = o.req("id", x -> id(x, PlanId::of));
        Optional<ProgramId> program = o.opt("program", x -> id(x, ProgramId::of));
        Optional<PlanId> parent = o.opt("parentPlan", x -> id(x, PlanId::of));
        UnitCode issuer = o.req("issuer", x -> id(x, UnitCode::of));
        Optional<DocumentRef> document = o.opt("document", this::documentRef);
        String title = o.req("title", this::string);
        Optional<Period> issueBy = o.opt("issueBy", this::period);
        PlanSections sections = o.opt("sections", this::planSections).orElse(PlanSections.EMPTY);
        List<String> appendix = o.list("appendixSections", this::string);
        PlanStatus status = o.req("status", x -> code(x, PlanStatus.class));
        long version = o.version();
        o.done();
        return o.ok(id, program, parent, issuer, document, title, issueBy, status)
                ? build(
                        n,
                        "plan",
                        () -> new Plan(
                                id, program, parent, issuer, document, title, issueBy, sections, appendix, status,
                                version))
                : null;
    }

    private PlanSections planSections(Node n) {
        Obj o = obj(n);
        if (o == null) {
            return null;
        }
        Optional<String> purpose = o.opt("purposeAndRequirements", this::string);
        Optional<String> content = o.opt("content", this::string);
        Optional<String> organisation = o.opt("organisation", this::string);
        o.done();
        return o.ok(purpose, content, organisation)
                ? build(n, "plan sections", () -> new PlanSections(purpose, content, organisation))
                : null;
    }

    public Item item(Node n) {
        Obj o = obj(n);
        if (o == null) {
            return null;
        }
        ItemId id = o.req("id", x -> id(x, ItemId::of));
        PlanId plan = o.req("plan", x -> id(x, PlanId::of));
        Integer number = o.req("number", this::positive);
        ItemKind kind = o.req("kind", x -> code(x, ItemKind.class));
        Optional<Integer> section = o.opt("section", this::positive);
        String title = o.req("title", this::string);
        Optional<String> content = o.opt("content", this::string);
        Product product = o.opt("product", this::product).orElse(Product.NONE);
        Optional<ApprovalLevel> approval = o.opt("approvalLevel", x -> code(x, ApprovalLevel.class));
        Optional<LocalDate> start = o.opt("start", this::date);
        Optional<Period> deadline = o.opt("deadline", this::period);
        List<IndicatorCode> indicators = o.list("indicators", x -> id(x, IndicatorCode::of));
        List<ItemId> prerequisites = o.list("prerequisites", x -> id(x, ItemId::of));
        Optional<PublicInvestment> investment = o.opt("publicInvestment", this::publicInvestment);
        ItemScope scope = o.opt("scope", x -> code(x, ItemScope.class)).orElse(ItemScope.CITY);
        Assignment assignment = o.opt("assignment", this::assignment).orElse(Assignment.NONE);
        ItemStatus status = o.opt("status", x -> code(x, ItemStatus.class)).orElse(ItemStatus.NOT_STARTED);
        Optional<LocalDate> completedOn = o.opt("completedOn", this::date);
        int revision = o.opt("revision", this::positive).orElse(1);
        long version = o.version();
        o.done();
        return o.ok(id, plan, number, kind, section, title, content, approval, start, deadline, investment, completedOn)
                ? build(
                        n,
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
                                indicators,
                                prerequisites,
                                investment,
                                scope,
                                assignment,
                                status,
                                completedOn,
                                revision,
                                version))
                : null;
    }

    private Product product(Node n) {
        Obj o = obj(n);
        if (o == null) {
            return null;
        }
        Optional<ProductKind> kind = o.opt("kind", x -> code(x, ProductKind.class));
        Optional<String> description = o.opt("description", this::string);
        Optional<Integer> quantity = o.opt("quantity", this::nonNegative);
        o.done();
        return o.ok(kind, description, quantity)
                ? build(n, "product", () -> new Product(kind, description, quantity))
                : null;
    }

    private PublicInvestment publicInvestment(Node n) {
        Obj o = obj(n);
        if (o == null) {
            return null;
        }
        Vnd total = o.req("estimatedTotal", this::money);
        Optional<String> group = o.opt("projectGroup", this::string);
        Optional<String> note = o.opt("note", this::string);
        o.done();
        return o.ok(total, group, note)
                ? build(n, "public investment", () -> new PublicInvestment(total, group, note))
                : null;
    }

    private Assignment assignment(Node n) {
        Obj o = obj(n);
        if (o == null) {
            return null;
        }
        List<UnitCode> lead = o.list("leadUnits", x -> id(x, UnitCode::of));
        List<UnitCode> coordinating = o.list("coordinatingUnits", x -> id(x, UnitCode::of));
        Optional<Official> responsible = o.opt("responsible", this::official);
        Optional<UnitCode> reporting = o.opt("reportingUnit", x -> id(x, UnitCode::of));
        Optional<String> rationale = o.opt("leadRationale", this::string);
        Resources resources = o.opt("resources", this::resources).orElse(Resources.NONE);
        o.done();
        return o.ok(responsible, reporting, rationale)
                ? build(
                        n,
                        "assignment",
                        () -> new Assignment(lead, coordinating, responsible, reporting, rationale, resources))
                : null;
    }

    private Resources resources(Node n) {
        Obj o = obj(n);
        if (o == null) {
            return null;
        }
        List<FundingLine> funding = o.list("funding", this::fundingLine);
        boolean regular = o.opt("regularBudget", this::bool).orElse(false);
        Optional<Integer> staff = o.opt("staff", this::nonNegative);
        Optional<String> note = o.opt("note", this::string);
        o.done();
        return o.ok(staff, note) ? build(n, "resources", () -> new Resources(funding, regular, staff, note)) : null;
    }

    private FundingLine fundingLine(Node n) {
        Obj o = obj(n);
        if (o == null) {
            return null;
        }
        FundingSource source = o.req("source", x -> code(x, FundingSource.class));
        Integer year = o.req("year", this::year);
        Vnd amount = o.req("amount", this::money);
        o.done();
        return o.ok(source, year, amount)
                ? build(n, "funding line", () -> new FundingLine(source, year, amount))
                : null;
    }

    public Indicator indicator(Node n) {
        Obj o = obj(n);
        if (o == null) {
            return null;
        }
        IndicatorCode code = o.req("code", x -> id(x, IndicatorCode::of));
        ProgramId program = o.req("program", x -> id(x, ProgramId::of));
        String name = o.req("name", this::string);
        Optional<String> unit = o.opt("unitOfMeasure", this::string);
        IndicatorKind kind = o.req("kind", x -> code(x, IndicatorKind.class));
        Direction direction = o.req("direction", x -> code(x, Direction.class));
        Optional<Baseline> baseline = o.opt("baseline", this::baseline);
        Optional<Target> target = o.opt("target", this::target);
        List<Target> interim = o.list("interimTargets", this::target);
        Optional<Frequency> frequency = o.opt("frequency", x -> code(x, Frequency.class));
        Optional<String> dataSource = o.opt("dataSource", this::string);
        Optional<UnitCode> reporting = o.opt("reportingUnit", x -> id(x, UnitCode::of));
        long version = o.version();
        o.done();
        return o.ok(code, program, name, unit, kind, direction, baseline, target, frequency, dataSource, reporting)
                ? build(
                        n,
                        "indicator",
                        () -> new Indicator(
                                code,
                                program,
                                name,
                                unit,
                                kind,
                                direction,
                                baseline,
                                target,
                                interim,
                                frequency,
                                dataSource,
                                reporting,
                                version))
                : null;
    }

    private Baseline baseline(Node n) {
        Obj o = obj(n);
        if (o == null) {
            return null;
        }
        BigDecimal value = o.req("value", this::decimal);
        Period period = o.req("period", this::period);
        o.done();
        return o.ok(value, period) ? build(n, "baseline", () -> new Baseline(value, period)) : null;
    }

    private Target target(Node n) {
        Obj o = obj(n);
        if (o == null) {
            return null;
        }
        Comparison comparison = o.req("comparison", x -> code(x, Comparison.class));
        BigDecimal value = o.req("value", this::decimal);
        Period period = o.req("period", this::period);
        o.done();
        return o.ok(comparison, value, period) ? build(n, "target", () -> new Target(comparison, value, period)) : null;
    }

    public Measurement measurement(Node n) {
        Obj o = obj(n);
        if (o == null) {
            return null;
        }
        IndicatorCode indicator = o.req("indicator", x -> id(x, IndicatorCode::of));
        Period period = o.req("period", this::period);
        UnitCode by = o.req("reportedBy", x -> id(x, UnitCode::of));
        MeasuredValue value = o.req("value", this::measuredValue);
        Optional<String> source = o.opt("source", this::string);
        o.done();
        return o.ok(indicator, period, by, value, source)
                ? build(n, "measurement", () -> new Measurement(indicator, period, by, value, source))
                : null;
    }

    private static final List<String> VALUE_TYPES = List.of("count", "ratio", "money", "milestone");

    private MeasuredValue measuredValue(Node n) {
        Obj o = obj(n);
        if (o == null) {
            return null;
        }
        String type = o.req("type", this::string);
        if (type == null) {
            return null;
        }
        MeasuredValue value;
        switch (type) {
            case "count" -> {
                BigDecimal v = o.req("value", this::decimal);
                value = v == null ? null : build(n, "count", () -> new MeasuredValue.Count(v));
            }
            case "ratio" -> {
                BigDecimal num = o.req("numerator", this::decimal);
                BigDecimal den = o.req("denominator", this::decimal);
                if (den != null && den.signum() <= 0) {
                    problems.add(
                            n.field("denominator"),
                            Message.of(
                                    "mẫu số phải là số dương, không phải " + den.toPlainString(),
                                    "the denominator must be positive, not " + den.toPlainString()));
                    value = null;
                } else {
                    value = num == null || den == null
                            ? null
                            : build(n, "ratio", () -> new MeasuredValue.Ratio(num, den));
                }
            }
            case "money" -> {
                Vnd amount = o.req("amount", this::money);
                value = amount == null ? null : new MeasuredValue.Money(amount);
            }
            case "milestone" -> {
                Boolean reached = o.req("reached", this::bool);
                value = reached == null ? null : new MeasuredValue.Milestone(reached);
            }
            default -> {
                problems.add(
                        n.field("type"),
                        Message.of(
                                "loại giá trị không hợp lệ \"" + type + "\" (các loại hợp lệ: "
                                        + String.join(", ", VALUE_TYPES) + ")",
                                "unknown value type \"" + type + "\" (known types: " + String.join(", ", VALUE_TYPES)
                                        + ")"));
                return null;
            }
        }
        o.done();
        return value;
    }

    public ProgressReport report(Node n) {
        Obj o = obj(n);
        if (o == null) {
            return null;
        }
        ReportId id = o.req("id", x -> id(x, ReportId::of));
        ProgramId program = o.req("program", x -> id(x, ProgramId::of));
        UnitCode unit = o.req("unit", x -> id(x, UnitCode::of));
        Period period = o.req("period", this::period);
        ReportStatus status = o.req("status", x -> code(x, ReportStatus.class));
        List<ItemProgress> items = o.list("items", this::itemProgress);
        Optional<String> narrative = o.opt("narrative", this::string);
        List<String> difficulties = o.list("difficulties", this::string);
        List<String> proposals = o.list("proposals", this::string);
        Optional<String> returnReason = o.opt("returnReason", this::string);
        long version = o.version();
        o.done();
        return o.ok(id, program, unit, period, status, narrative, returnReason)
                ? build(
                        n,
                        "report",
                        () -> new ProgressReport(
                                id,
                                program,
                                unit,
                                period,
                                status,
                                items,
                                narrative,
                                difficulties,
                                proposals,
                                returnReason,
                                version))
                : null;
    }

    private ItemProgress itemProgress(Node n) {
        Obj o = obj(n);
        if (o == null) {
            return null;
        }
        ItemId item = o.req("item", x -> id(x, ItemId::of));
        ItemStatus status = o.req("status", x -> code(x, ItemStatus.class));
        Integer percent = o.req("percentDone", this::percent);
        Optional<LocalDate> completedOn = o.opt("completedOn", this::date);
        Optional<String> note = o.opt("note", this::string);
        List<FundingLine> spent = o.list("spent", this::fundingLine);
        o.done();
        return o.ok(item, status, percent, completedOn, note)
                ? build(n, "item progress", () -> new ItemProgress(item, status, percent, completedOn, note, spent))
                : null;
    }

    public Adjustment adjustment(Node n) {
        Obj o = obj(n);
        if (o == null) {
            return null;
        }
        AdjustmentId id = o.req("id", x -> id(x, AdjustmentId::of));
        ItemId item = o.req("item", x -> id(x, ItemId::of));
        Integer baseRevision = o.req("baseRevision", this::nonNegative);
        UnitCode proposedBy = o.req("proposedBy", x -> id(x, UnitCode::of));
        String reason = o.req("reason", this::string);
        Item proposed = o.req("proposed", this::item);
        AdjustmentStatus status = o.req("status", x -> code(x, AdjustmentStatus.class));
        Instant proposedAt = o.req("proposedAt", this::instant);
        Optional<UnitCode> decidedBy = o.opt("decidedBy", x -> id(x, UnitCode::of));
        Optional<Instant> decidedAt = o.opt("decidedAt", this::instant);
        Optional<String> note = o.opt("decisionNote", this::string);
        long version = o.version();
        o.done();
        return o.ok(
                        id,
                        item,
                        baseRevision,
                        proposedBy,
                        reason,
                        proposed,
                        status,
                        proposedAt,
                        decidedBy,
                        decidedAt,
                        note)
                ? build(
                        n,
                        "adjustment",
                        () -> new Adjustment(
                                id,
                                item,
                                baseRevision,
                                proposedBy,
                                reason,
                                proposed,
                                status,
                                proposedAt,
                                decidedBy,
                                decidedAt,
                                note,
                                version))
                : null;
    }

    public AuditEntry auditEntry(Node n) {
        Obj o = obj(n);
        if (o == null) {
            return null;
        }
        Integer sequence = o.req("sequence", this::nonNegative);
        Instant at = o.req("at", this::instant);
        Actor actor = o.req("actor", this::actor);
        String action = o.req("action", this::string);
        String entityType = o.req("entityType", this::string);
        String entityId = o.req("entityId", this::string);
        List<FieldChange> changes = o.list("changes", this::fieldChange);
        o.done();
        return o.ok(sequence, at, actor, action, entityType, entityId)
                ? build(
                        n,
                        "audit entry",
                        () -> new AuditEntry(sequence, at, actor, action, entityType, entityId, changes))
                : null;
    }

    private Actor actor(Node n) {
        Obj o = obj(n);
        if (o == null) {
            return null;
        }
        UnitCode unit = o.req("unit", x -> id(x, UnitCode::of));
        String user = o.req("user", this::string);
        o.done();
        return o.ok(unit, user) ? build(n, "actor", () -> new Actor(unit, user)) : null;
    }

    private FieldChange fieldChange(Node n) {
        Obj o = obj(n);
        if (o == null) {
            return null;
        }
        String field = o.req("field", this::string);
        Optional<String> before = o.opt("before", this::string);
        Optional<String> after = o.opt("after", this::string);
        o.done();
        return o.ok(field, before, after) ? new FieldChange(field, before, after) : null;
    }

    // ---- values ----

    private boolean expect(Node n, Node.Type type, String exampleVi, String exampleEn) {
        if (n.type() == type) {
            return true;
        }
        problems.add(
                n,
                Message.of(
                        "cần " + type.vi + exampleVi + ", không phải " + n.type().vi + " " + n.shown(),
                        "expected " + type.en + exampleEn + ", not " + n.type().en + " " + n.shown()));
        return false;
    }

    String string(Node n) {
        return expect(n, Node.Type.STRING, "", "") ? n.string() : null;
    }

    Boolean bool(Node n) {
        return expect(n, Node.Type.BOOLEAN, "", "") ? n.bool() : null;
    }

    Integer integer(Node n) {
        if (!expect(n, Node.Type.NUMBER, " nguyên", " (a whole number)")) {
            return null;
        }
        try {
            return n.number().intValueExact();
        } catch (ArithmeticException e) {
            problems.add(
                    n,
                    Message.of(
                            "cần một số nguyên, không phải " + n.shown(), "expected a whole number, not " + n.shown()));
            return null;
        }
    }

    private Integer positive(Node n) {
        Integer v = integer(n);
        if (v != null && v < 1) {
            problems.add(n, Message.of("cần một số từ 1 trở lên, không phải " + v, "expected 1 or more, not " + v));
            return null;
        }
        return v;
    }

    private Integer nonNegative(Node n) {
        Integer v = integer(n);
        if (v != null && v < 0) {
            problems.add(n, Message.of("không được là số âm: " + v, "cannot be negative: " + v));
            return null;
        }
        return v;
    }

    private Integer percent(Node n) {
        Integer v = integer(n);
        if (v != null && (v < 0 || v > 100)) {
            problems.add(
                    n,
                    Message.of("tỷ lệ hoàn thành phải từ 0 đến 100, không phải " + v, "expected 0 to 100, not " + v));
            return null;
        }
        return v;
    }

    private Integer year(Node n) {
        Integer v = integer(n);
        if (v != null && (v < 1900 || v > 2200)) {
            problems.add(n, Message.of("năm không hợp lệ: " + v, "not a plausible year: " + v));
            return null;
        }
        return v;
    }

    BigDecimal decimal(Node n) {
        if (n.type() == Node.Type.NUMBER) {
            return n.number();
        }
        if (n.type() == Node.Type.STRING) {
            try {
                return new BigDecimal(n.string().strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problems.add(
                n,
                Message.of(
                        "cần một số (ví dụ 42 hoặc 12.5), không phải " + n.shown(),
                        "expected a number (e.g. 42 or 12.5), not " + n.shown()));
        return null;
    }

    Vnd money(Node n) {
        if (n.type() == Node.Type.NUMBER) {
            BigDecimal v = n.number();
            if (v.signum() < 0) {
                problems.add(n, negativeMoney(n));
                return null;
            }
            try {
                return new Vnd(v.toBigIntegerExact());
            } catch (ArithmeticException e) {
                problems.add(
                        n,
                        Message.of(
                                "số tiền phải là số đồng nguyên, không phải " + n.shown(),
                                "an amount must be whole đồng, not " + n.shown()));
                return null;
            }
        }
        if (!expect(n, Node.Type.STRING, " số tiền (ví dụ \"1500000000\")", " amount (e.g. \"1500000000\")")) {
            return null;
        }
        String text = n.string().strip();
        if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9') && text.length() <= 40) {
            return new Vnd(new BigInteger(text));
        }
        if (text.startsWith("-")) {
            problems.add(n, negativeMoney(n));
            return null;
        }
        try {
            return Vnd.parse(text);
        } catch (CivicPlanException e) {
            problems.add(n, e.text());
            return null;
        } catch (RuntimeException e) {
            problems.add(n, Message.of(n.shown() + " không phải số tiền", n.shown() + " is not an amount"));
            return null;
        }
    }

    private static Message negativeMoney(Node n) {
        return Message.of(
                n.shown() + " không phải số tiền hợp lệ: số tiền không được âm",
                n.shown() + " is not a valid amount: amounts cannot be negative");
    }

    LocalDate date(Node n) {
        if (!expect(n, Node.Type.STRING, " ngày dạng yyyy-MM-dd", " date as yyyy-MM-dd")) {
            return null;
        }
        try {
            return LocalDate.parse(n.string().strip());
        } catch (DateTimeParseException e) {
            problems.add(
                    n,
                    Message.of(
                            n.shown() + " không phải ngày hợp lệ (cần dạng yyyy-MM-dd, ví dụ \"2021-07-26\")",
                            n.shown() + " is not a date (expected yyyy-MM-dd, e.g. \"2021-07-26\")"));
            return null;
        }
    }

    Instant instant(Node n) {
        if (!expect(n, Node.Type.STRING, " thời điểm ISO-8601", " ISO-8601 instant")) {
            return null;
        }
        try {
            return Instant.parse(n.string().strip());
        } catch (DateTimeParseException e) {
            problems.add(
                    n,
                    Message.of(
                            n.shown() + " không phải thời điểm hợp lệ (ví dụ \"2021-07-26T08:00:00Z\")",
                            n.shown() + " is not an instant (expected e.g. \"2021-07-26T08:00:00Z\")"));
            return null;
        }
    }

    Period period(Node n) {
        if (!expect(n, Node.Type.STRING, " kỳ (ví dụ \"Quý III/2021\")", " period (e.g. \"Quý III/2021\")")) {
            return null;
        }
        String text = n.string();
        Period known = PERIODS.get(text);
        if (known != null) {
            return known;
        }
        try {
            Period period = Period.parse(text);
            if (PERIODS.size() < 10_000) {
                PERIODS.put(text, period);
            }
            return period;
        } catch (InvalidInputException | IllegalArgumentException e) {
            problems.add(
                    n,
                    Message.of(
                            n.shown() + " không phải kỳ hợp lệ (ví dụ đúng: \"Quý III/2021\")",
                            n.shown() + " is not a period (expected e.g. \"Quý III/2021\")"));
            return null;
        }
    }

    DocumentRef documentRef(Node n) {
        if (n.type() == Node.Type.STRING) {
            return docRef(n, n.string(), Optional.empty());
        }
        Obj o = obj(n);
        if (o == null) {
            return null;
        }
        String symbol = o.req("symbol", this::string);
        Optional<LocalDate> date = o.opt("date", this::date);
        o.done();
        if (symbol == null || date == null) {
            return null;
        }
        return docRef(n.field("symbol"), symbol, date);
    }

    private DocumentRef docRef(Node at, String text, Optional<LocalDate> date) {
        try {
            DocumentRef ref = DocumentRef.parse(text);
            return date.isPresent() ? ref.withDate(date.get()) : ref;
        } catch (CivicPlanException e) {
            problems.add(at, e.text());
            return null;
        } catch (RuntimeException e) {
            problems.add(
                    at,
                    Message.of(
                            at.shown() + " không phải số, ký hiệu văn bản (ví dụ \"186/KH-UBND\")",
                            at.shown() + " is not a document number and symbol (e.g. \"186/KH-UBND\")"));
            return null;
        }
    }

    <T> T id(Node n, Function<String, T> of) {
        String text = string(n);
        if (text == null) {
            return null;
        }
        try {
            return of.apply(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(
                    n,
                    Message.of(
                            n.shown() + " không phải mã hợp lệ (1–64 ký tự, không có ký tự điều khiển)",
                            n.shown() + " is not a valid id (1 to 64 characters, no control characters)"));
            return null;
        }
    }

    <E extends Enum<E> & Labelled> E code(Node n, Class<E> type) {
        String text = string(n);
        if (text == null) {
            return null;
        }
        String wanted = text.strip();
        for (E value : type.getEnumConstants()) {
            if (value.code().equalsIgnoreCase(wanted)) {
                return value;
            }
        }
        String known =
                Arrays.stream(type.getEnumConstants()).map(Labelled::code).collect(Collectors.joining(", "));
        problems.add(
                n,
                Message.of(
                        "mã không hợp lệ " + n.shown() + " (các mã hợp lệ: " + known + ")",
                        "unknown code " + n.shown() + " (allowed: " + known + ")"));
        return null;
    }

    // ---- building ----

    private <T> T build(Node at, String what, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (CivicPlanException e) {
            problems.add(at, e.text());
        } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
            problems.add(
                    at,
                    Message.of(
                            "giá trị không hợp lệ (" + what + "): " + e.getMessage(),
                            "invalid " + what + ": " + e.getMessage()));
        }
        return null;
    }

    private static boolean present(Object... values) {
        return Arrays.stream(values).allMatch(Objects::nonNull);
    }

    private Obj obj(Node n) {
        if (n.type() != Node.Type.OBJECT) {
            expect(n, Node.Type.OBJECT, "", "");
            return null;
        }
        return new Obj(n);
    }

    /** Reads an object's properties, remembering which were asked for, to report the others. */
    final class Obj {
        private final Node node;
        // the few property names asked for (a list: objects have under a dozen, and most are measurements)
        private final List<String> known = new ArrayList<>(8);
        private boolean failed;

        Obj(Node node) {
            this.node = node;
        }

        Node raw(String name) {
            known.add(name);
            Node n = node.field(name);
            return n == null || n.isNull() ? null : n;
        }

        <T> T req(String name, Function<Node, T> read) {
            Node n = raw(name);
            if (n == null) {
                failed = true;
                problems.add(
                        node,
                        Message.of(
                                "thiếu trường bắt buộc \"" + name + "\"",
                                "missing required property \"" + name + "\""));
                return null;
            }
            T value = read.apply(n);
            if (value == null) {
                failed = true;
            }
            return value;
        }

        /** Optional property: missing or null is empty; an unreadable value marks the object failed. */
        <T> Optional<T> opt(String name, Function<Node, T> read) {
            Node n = raw(name);
            if (n == null) {
                return Optional.empty();
            }
            T value = read.apply(n);
            if (value == null) {
                failed = true;
                return Optional.empty();
            }
            return Optional.of(value);
        }

        <T> List<T> list(String name, Function<Node, T> read) {
            Node n = raw(name);
            if (n == null) {
                return List.of();
            }
            if (!expect(n, Node.Type.ARRAY, "", "")) {
                failed = true;
                return List.of();
            }
            List<T> values = new ArrayList<>(n.elements().size());
            for (Node element : n.elements()) {
                T value = element.isNull() ? null : read.apply(element);
                if (element.isNull()) {
                    problems.add(element, Message.of("phần tử không được là null", "an element cannot be null"));
                }
                if (value == null) {
                    failed = true;
                } else {
                    values.add(value);
                }
            }
            return values;
        }

        long version() {
            Node n = raw("version");
            if (n == null) {
                return 0;
            }
            if (!expect(n, Node.Type.NUMBER, " nguyên", " (a whole number)")) {
                failed = true;
                return 0;
            }
            try {
                long v = n.number().longValueExact();
                if (v >= 0) {
                    return v;
                }
            } catch (ArithmeticException e) {
                // reported below
            }
            failed = true;
            problems.add(n, Message.of("phiên bản không hợp lệ: " + n.shown(), "invalid version: " + n.shown()));
            return 0;
        }

        /** Reports properties nobody asked for: in version 1 an unknown property is an error. */
        void done() {
            for (var e : node.fields().entrySet()) {
                if (!asked(e.getKey())) {
                    List<String> names = new ArrayList<>(new java.util.TreeSet<>(known));
                    names.remove("formatVersion");
                    String allowed = String.join(", ", names);
                    problems.add(
                            e.getValue(),
                            Message.of(
                                    "trường không xác định \"" + e.getKey() + "\" (các trường hợp lệ: " + allowed + ")",
                                    "unknown property \"" + e.getKey() + "\" (known: " + allowed + ")"));
                    failed = true;
                }
            }
        }

        /** Whether {@code name} was asked for; names' hashes are cached, so most misses cost a comparison of ints. */
        private boolean asked(String name) {
            int hash = name.hashCode();
            for (int i = 0; i < known.size(); i++) {
                String k = known.get(i);
                if (k.hashCode() == hash && k.equals(name)) {
                    return true;
                }
            }
            return false;
        }

        /** True when every part was read (present or legitimately absent) without problems. */
        boolean ok(Object... parts) {
            return !failed && present(parts);
        }
    }
}
