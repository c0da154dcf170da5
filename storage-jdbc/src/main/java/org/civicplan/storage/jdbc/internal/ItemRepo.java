package org.civicplan.storage.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.civicplan.core.NoSuchEntityException;
import org.civicplan.core.VersionConflictException;
import org.civicplan.core.model.ApprovalLevel;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.DeadlineForms;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.FundingSource;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemKind;
import org.civicplan.core.model.ItemScope;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.Official;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.Product;
import org.civicplan.core.model.ProductKind;
import org.civicplan.core.model.PublicInvestment;
import org.civicplan.core.model.Resources;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Deadline;
import org.civicplan.core.spi.ItemRepository;
import org.jdbi.v3.core.Handle;

/** Items: one row in {@code items} plus units, funding lines, indicators and prerequisites. */
public final class ItemRepo extends AggregateRepo<ItemId, Item> implements ItemRepository {
    private static final List<String> COLUMNS = List.of(
            "item_id",
            "plan_id",
            "item_number",
            "kind",
            "section_no",
            "title",
            "content",
            "product_kind",
            "product_description",
            "product_quantity",
            "approval_level",
            "start_date",
            "deadline_code",
            "deadline_start",
            "deadline_end",
            "deadline_text",
            "deadline_reading",
            "public_investment",
            "pi_estimated_total",
            "pi_project_group",
            "pi_note",
            "scope",
            "has_responsible",
            "responsible_name",
            "responsible_post",
            "responsible_unit",
            "reporting_unit",
            "lead_rationale",
            "lead_as_written",
            "coord_as_written",
            "reporting_as_written",
            "responsible_unit_as_written",
            "regular_budget",
            "staff",
            "resources_note",
            "status",
            "completed_on",
            "revision",
            "children_hash");
    private static final List<String> CHILDREN =
            List.of("item_units", "item_funding", "item_indicators", "item_prerequisites");

    /** Items whose lead or coordinating units include :unit. */
    static final String BY_UNIT = "t.item_id IN (SELECT u.item_id FROM item_units u"
            + " WHERE u.portfolio_id = :portfolio_id AND u.unit_code = :unit)";
    /** Items overdue on :asOf ({@code Item.stateOn}): due before it, not done by then, suspended or cancelled. */
    static final String OVERDUE = "(t.status NOT IN (:done, :suspended, :cancelled)"
            + " OR (t.status = :done AND t.completed_on > :asOf))"
            + " AND t.deadline_end IS NOT NULL AND t.deadline_end < :asOf";

    public ItemRepo(Db db) {
        super(db, "item", "items", COLUMNS, CHILDREN);
    }

    @Override
    String key(ItemId key) {
        return key.value();
    }

    @Override
    String keyOf(Item value) {
        return value.id().value();
    }

    @Override
    String defaultOrder() {
        return "t.plan_id, t.item_number, t.item_id";
    }

    @Override
    void bindColumns(RowSink s, Item item) {
        Product product = item.product();
        Assignment a = item.assignment();
        Resources r = a.resources();
        Optional<PublicInvestment> pi = item.publicInvestment();
        Optional<Official> responsible = a.responsible();
        s.bind("item_id", item.id().value())
                .bind("plan_id", item.plan().value())
                .bind("item_number", item.number())
                .bind("kind", item.kind().code())
                .bind("section_no", item.section().orElse(null))
                .bind("title", item.title())
                .bind("content", item.content().orElse(null))
                .bind("product_kind", Rows.code(product.kind()))
                .bind("product_description", product.description().orElse(null))
                .bind("product_quantity", product.quantity().orElse(null))
                .bind("approval_level", Rows.code(item.approvalLevel()))
                .bind("start_date", Rows.sqlDate(item.start()))
                .bind("deadline_code", Rows.periodCode(item.deadline()))
                .bind("deadline_start", Rows.start(item.deadline()))
                .bind("deadline_end", Rows.end(item.deadline()))
                .bind(
                        "deadline_text",
                        item.deadlineAsWritten().map(Deadline::text).orElse(null))
                .bind(
                        "deadline_reading",
                        item.deadlineAsWritten().map(DeadlineForms::write).orElse(null))
                .bind("public_investment", pi.isPresent())
                .bind(
                        "pi_estimated_total",
                        pi.map(p -> p.estimatedTotal().toBigDecimal()).orElse(null))
                .bind(
                        "pi_project_group",
                        pi.flatMap(PublicInvestment::projectGroup).orElse(null))
                .bind("pi_note", pi.flatMap(PublicInvestment::note).orElse(null))
                .bind("scope", item.scope().code())
                .bind("has_responsible", responsible.isPresent())
                .bind("responsible_name", responsible.flatMap(Official::name).orElse(null))
                .bind("responsible_post", responsible.flatMap(Official::post).orElse(null))
                .bind(
                        "responsible_unit",
                        responsible.flatMap(Official::unit).map(UnitCode::value).orElse(null))
                .bind("reporting_unit", a.reportingUnit().map(UnitCode::value).orElse(null))
                .bind("lead_rationale", a.leadRationale().orElse(null))
                .bind("lead_as_written", ItemText.lines(a.leadAsWritten()))
                .bind("coord_as_written", ItemText.lines(a.coordinatingAsWritten()))
                .bind("reporting_as_written", a.reportingUnitAsWritten().orElse(null))
                .bind(
                        "responsible_unit_as_written",
                        responsible.flatMap(Official::unitAsWritten).orElse(null))
                .bind("regular_budget", r.regularBudget())
                .bind("staff", r.staff().orElse(null))
                .bind("resources_note", r.note().orElse(null))
                .bind("status", item.status().code())
                .bind("completed_on", Rows.sqlDate(item.completedOn()))
                .bind("revision", item.revision())
                .bind("children_hash", childrenHash(item));
    }

    /** SHA-256 over the child rows' values, each length-prefixed so no two lists digest alike. */
    @Override
    String childrenHash(Item item) {
        StringBuilder text = new StringBuilder();
        Assignment a = item.assignment();
        a.leadUnits().forEach(u -> field(text, "L", u.value()));
        a.coordinatingUnits().forEach(u -> field(text, "C", u.value()));
        a.resources()
                .funding()
                .forEach(f -> field(
                        text,
                        "F",
                        f.source().code() + "|" + f.year() + "|" + f.amount().toPlainString()));
        item.indicators().forEach(i -> field(text, "I", i.value()));
        item.prerequisites().forEach(i -> field(text, "P", i.value()));
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.Base64.getEncoder().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static void field(StringBuilder text, String tag, String value) {
        text.append(tag).append(value.length()).append(':').append(value);
    }

    @Override
    void insertChildren(Function<String, RowSink> sinks, List<Item> items) {
        String p = db.portfolio();
        RowSink units = sinks.apply("INSERT INTO item_units (portfolio_id, item_id, unit_role, ordinal, unit_code)"
                + " VALUES (:portfolio_id, :item_id, :role, :ordinal, :unit)");
        RowSink funding =
                sinks.apply("INSERT INTO item_funding (portfolio_id, item_id, ordinal, source, funding_year, amount)"
                        + " VALUES (:portfolio_id, :item_id, :ordinal, :source, :year, :amount)");
        RowSink indicators = sinks.apply("INSERT INTO item_indicators (portfolio_id, item_id, ordinal, indicator_code)"
                + " VALUES (:portfolio_id, :item_id, :ordinal, :code)");
        RowSink prerequisites =
                sinks.apply("INSERT INTO item_prerequisites (portfolio_id, item_id, ordinal, prerequisite_id)"
                        + " VALUES (:portfolio_id, :item_id, :ordinal, :code)");
        for (Item item : items) {
            String id = item.id().value();
            Assignment a = item.assignment();
            addUnits(units, p, id, "lead", a.leadUnits());
            addUnits(units, p, id, "coord", a.coordinatingUnits());
            List<FundingLine> lines = a.resources().funding();
            for (int i = 0; i < lines.size(); i++) {
                FundingLine line = lines.get(i);
                funding.bind(P, p)
                        .bind("item_id", id)
                        .bind("ordinal", i)
                        .bind("source", line.source().code())
                        .bind("year", line.year())
                        .bind("amount", line.amount().toBigDecimal())
                        .add();
            }
            for (int i = 0; i < item.indicators().size(); i++) {
                indicators
                        .bind(P, p)
                        .bind("item_id", id)
                        .bind("ordinal", i)
                        .bind("code", item.indicators().get(i).value())
                        .add();
            }
            for (int i = 0; i < item.prerequisites().size(); i++) {
                prerequisites
                        .bind(P, p)
                        .bind("item_id", id)
                        .bind("ordinal", i)
                        .bind("code", item.prerequisites().get(i).value())
                        .add();
            }
        }
        units.flush();
        funding.flush();
        indicators.flush();
        prerequisites.flush();
    }

    private static void addUnits(RowSink batch, String p, String id, String role, List<UnitCode> units) {
        for (int i = 0; i < units.size(); i++) {
            batch.bind(P, p)
                    .bind("item_id", id)
                    .bind("role", role)
                    .bind("ordinal", i)
                    .bind("unit", units.get(i).value())
                    .add();
        }
    }

    @Override
    List<Item> select(Handle h, String where, String orderBy, Map<String, Object> params) {
        List<ItemRow> rows = rows(h, where, orderBy, params, ItemRow::read);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<String[]>> units = children(h, "item_units", where, "c.unit_role, c.ordinal", params, rs ->
                new String[] {rs.getString("unit_role"), rs.getString("unit_code")});
        Map<String, List<FundingLine>> funding = children(
                h,
                "item_funding",
                where,
                "c.ordinal",
                params,
                rs -> new FundingLine(
                        FundingSource.fromCode(rs.getString("source")),
                        rs.getInt("funding_year"),
                        Rows.vnd(rs, "amount")));
        Map<String, List<IndicatorCode>> indicators = children(
                h,
                "item_indicators",
                where,
                "c.ordinal",
                params,
                rs -> IndicatorCode.of(rs.getString("indicator_code")));
        Map<String, List<ItemId>> prerequisites = children(
                h, "item_prerequisites", where, "c.ordinal", params, rs -> ItemId.of(rs.getString("prerequisite_id")));
        List<Item> items = new ArrayList<>(rows.size());
        for (ItemRow row : rows) {
            List<UnitCode> lead = new ArrayList<>();
            List<UnitCode> coord = new ArrayList<>();
            for (String[] u : units.getOrDefault(row.id, List.of())) {
                ("lead".equals(u[0]) ? lead : coord).add(UnitCode.of(u[1]));
            }
            Resources resources = new Resources(
                    funding.getOrDefault(row.id, List.of()), row.regularBudget, row.staff, row.resourcesNote);
            items.add(row.builder
                    .assignment(new Assignment(
                            lead,
                            coord,
                            row.responsible,
                            row.reportingUnit,
                            row.leadRationale,
                            resources,
                            row.leadAsWritten,
                            row.coordinatingAsWritten,
                            row.reportingAsWritten))
                    .indicators(indicators.getOrDefault(row.id, List.of()))
                    .prerequisites(prerequisites.getOrDefault(row.id, List.of()))
                    .build());
        }
        return items;
    }

    /** The scalar part of an item row, waiting for its children. */
    private static final class ItemRow {
        String id;
        Item.Builder builder;
        Optional<Official> responsible;
        Optional<UnitCode> reportingUnit;
        Optional<String> reportingAsWritten;
        Optional<String> leadRationale;
        List<String> leadAsWritten;
        List<String> coordinatingAsWritten;
        boolean regularBudget;
        Optional<Integer> staff;
        Optional<String> resourcesNote;

        static ItemRow read(ResultSet rs) throws SQLException {
            ItemRow row = new ItemRow();
            row.id = rs.getString("item_id");
            Optional<PublicInvestment> pi = Optional.empty();
            if (rs.getBoolean("public_investment")) {
                pi = Optional.of(new PublicInvestment(
                        Rows.vnd(rs, "pi_estimated_total"),
                        Rows.string(rs, "pi_project_group"),
                        Rows.string(rs, "pi_note")));
            }
            row.builder = Item.builder(ItemId.of(row.id), PlanId.of(rs.getString("plan_id")), rs.getInt("item_number"))
                    .kind(ItemKind.fromCode(rs.getString("kind")))
                    .section(Rows.integer(rs, "section_no").orElse(null))
                    .title(rs.getString("title"))
                    .content(rs.getString("content"))
                    .product(new Product(
                            Rows.string(rs, "product_kind").map(ProductKind::fromCode),
                            Rows.string(rs, "product_description"),
                            Rows.integer(rs, "product_quantity")))
                    .approvalLevel(Rows.string(rs, "approval_level")
                            .map(ApprovalLevel::fromCode)
                            .orElse(null))
                    .start(Rows.date(rs, "start_date").orElse(null))
                    .deadline(Rows.period(rs, "deadline_code").orElse(null))
                    .publicInvestment(pi.orElse(null))
                    .scope(ItemScope.fromCode(rs.getString("scope")))
                    .status(ItemStatus.fromCode(rs.getString("status")))
                    .completedOn(Rows.date(rs, "completed_on").orElse(null))
                    .revision(rs.getInt("revision"))
                    .version(rs.getLong("version"));
            row.responsible = Optional.empty();
            if (rs.getBoolean("has_responsible")) {
                row.responsible = Optional.of(new Official(
                        Rows.string(rs, "responsible_name"),
                        Rows.string(rs, "responsible_post"),
                        Rows.string(rs, "responsible_unit").map(UnitCode::of),
                        Rows.string(rs, "responsible_unit_as_written")));
            }
            row.reportingUnit = Rows.string(rs, "reporting_unit").map(UnitCode::of);
            row.reportingAsWritten = Rows.string(rs, "reporting_as_written");
            row.leadRationale = Rows.string(rs, "lead_rationale");
            row.leadAsWritten = ItemText.lines(rs.getString("lead_as_written"));
            row.coordinatingAsWritten = ItemText.lines(rs.getString("coord_as_written"));
            Optional<String> deadlineText = Rows.string(rs, "deadline_text");
            if (deadlineText.isPresent()) {
                row.builder.deadlineAsWritten(DeadlineForms.read(deadlineText.get(), rs.getString("deadline_reading")));
            }
            row.regularBudget = rs.getBoolean("regular_budget");
            row.staff = Rows.integer(rs, "staff");
            row.resourcesNote = Rows.string(rs, "resources_note");
            return row;
        }
    }

    @Override
    public List<Item> byPlan(PlanId plan) {
        return db.run(
                Op.read("plan", plan.value()),
                h -> select(h, "t.plan_id = :plan", "t.item_number, t.item_id", Map.of("plan", plan.value())));
    }

    @Override
    public List<Item> byUnit(UnitCode unit) {
        return db.run(
                Op.read("unit", unit.value()), h -> select(h, BY_UNIT, "t.item_id", Map.of("unit", unit.value())));
    }

    @Override
    public List<Item> overdue(LocalDate asOf) {
        return db.run(
                Op.read("item", null),
                h -> select(
                        h,
                        OVERDUE,
                        "t.deadline_end, t.item_id",
                        Map.of(
                                "done",
                                ItemStatus.DONE.code(),
                                "suspended",
                                ItemStatus.SUSPENDED.code(),
                                "cancelled",
                                ItemStatus.CANCELLED.code(),
                                "asOf",
                                Rows.sqlDate(asOf))));
    }

    @Override
    public List<Item> contributingTo(IndicatorCode indicator) {
        return db.run(
                Op.read("indicator", indicator.value()),
                h -> select(
                        h,
                        "t.item_id IN (SELECT x.item_id FROM item_indicators x"
                                + " WHERE x.portfolio_id = :portfolio_id AND x.indicator_code = :indicator)",
                        "t.item_id",
                        Map.of("indicator", indicator.value())));
    }

    @Override
    public Item reregister(Item next) {
        return db.run(Op.versioned("reregister", "item", next.entityId(), next.version()), h -> {
            Item current = select(
                            h,
                            "t.item_id = :key",
                            "t.item_id",
                            Map.of("key", next.id().value()))
                    .stream()
                    .findFirst()
                    .orElseThrow(() -> new NoSuchEntityException("item", next.entityId()));
            if (current.version() != next.version()) {
                throw new VersionConflictException("item", next.entityId(), next.version());
            }
            h.createUpdate(
                            "INSERT INTO item_history (portfolio_id, item_id, revision, plan_id, deadline_code, snapshot)"
                                    + " VALUES (:portfolio_id, :item_id, :revision, :plan_id, :deadline_code, :snapshot)")
                    .bind(P, db.portfolio())
                    .bind("item_id", current.id().value())
                    .bind("revision", current.revision())
                    .bind("plan_id", current.plan().value())
                    .bind("deadline_code", Rows.periodCode(current.deadline()))
                    .bind("snapshot", ItemText.write(current))
                    .execute();
            Item stored = next.toBuilder()
                    .revision(current.revision() + 1)
                    .version(current.version())
                    .build();
            return update(stored);
        });
    }

    @Override
    public List<Item> history(ItemId item) {
        return db.run(Op.read("item", item.value()), h -> {
            List<Item> all =
                    new ArrayList<>(h.createQuery("SELECT snapshot FROM item_history WHERE portfolio_id = :portfolio_id"
                                    + " AND item_id = :item ORDER BY revision")
                            .bind(P, db.portfolio())
                            .bind("item", item.value())
                            .mapTo(String.class)
                            .map(ItemText::read)
                            .list());
            select(h, "t.item_id = :key", "t.item_id", Map.of("key", item.value()))
                    .forEach(all::add);
            return List.copyOf(all);
        });
    }
}
