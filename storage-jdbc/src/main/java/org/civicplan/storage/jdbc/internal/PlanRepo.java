package org.civicplan.storage.jdbc.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.PlanSections;
import org.civicplan.core.model.PlanStatus;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.spi.PlanRepository;
import org.jdbi.v3.core.Handle;

/** Plans: a row plus the appendix section headings. */
public final class PlanRepo extends AggregateRepo<PlanId, Plan> implements PlanRepository {
    private static final List<String> COLUMNS = List.of(
            "plan_id",
            "program_id",
            "parent_plan_id",
            "issuer",
            "doc_symbol",
            "doc_date",
            "title",
            "issue_by_code",
            "issue_by_start",
            "issue_by_end",
            "purpose",
            "content",
            "organisation",
            "status");

    public PlanRepo(Db db) {
        super(db, "plan", "plans", COLUMNS, List.of("plan_appendix_sections"));
    }

    @Override
    String key(PlanId key) {
        return key.value();
    }

    @Override
    String keyOf(Plan value) {
        return value.id().value();
    }

    @Override
    String defaultOrder() {
        return "t.plan_id";
    }

    @Override
    void bindColumns(RowSink s, Plan p) {
        s.bind("plan_id", p.id().value())
                .bind("program_id", p.program().map(ProgramId::value).orElse(null))
                .bind("parent_plan_id", p.parentPlan().map(PlanId::value).orElse(null))
                .bind("issuer", p.issuer().value())
                .bind("doc_symbol", p.document().map(DocumentRef::symbol).orElse(null))
                .bind("doc_date", Rows.sqlDate(p.document().flatMap(DocumentRef::date)))
                .bind("title", p.title())
                .bind("issue_by_code", Rows.periodCode(p.issueBy()))
                .bind("issue_by_start", Rows.start(p.issueBy()))
                .bind("issue_by_end", Rows.end(p.issueBy()))
                .bind("purpose", p.sections().purposeAndRequirements().orElse(null))
                .bind("content", p.sections().content().orElse(null))
                .bind("organisation", p.sections().organisation().orElse(null))
                .bind("status", p.status().code());
    }

    @Override
    void insertChildren(Function<String, RowSink> sinks, List<Plan> plans) {
        RowSink sections = sinks.apply("INSERT INTO plan_appendix_sections (portfolio_id, plan_id, ordinal, title)"
                + " VALUES (:portfolio_id, :id, :ordinal, :title)");
        for (Plan plan : plans) {
            for (int i = 0; i < plan.appendixSections().size(); i++) {
                sections.bind(P, db.portfolio())
                        .bind("id", plan.id().value())
                        .bind("ordinal", i)
                        .bind("title", plan.appendixSections().get(i))
                        .add();
            }
        }
        sections.flush();
    }

    @Override
    List<Plan> select(Handle h, String where, String orderBy, Map<String, Object> params) {
        List<Plan> bare = rows(h, where, orderBy, params, rs -> {
            Optional<DocumentRef> doc = Rows.string(rs, "doc_symbol").map(DocumentRef::parse);
            Optional<java.time.LocalDate> date = Rows.date(rs, "doc_date");
            if (doc.isPresent() && date.isPresent()) {
                doc = Optional.of(doc.get().withDate(date.get()));
            }
            return new Plan(
                    PlanId.of(rs.getString("plan_id")),
                    Rows.string(rs, "program_id").map(ProgramId::of),
                    Rows.string(rs, "parent_plan_id").map(PlanId::of),
                    UnitCode.of(rs.getString("issuer")),
                    doc,
                    rs.getString("title"),
                    Rows.period(rs, "issue_by_code"),
                    new PlanSections(
                            Rows.string(rs, "purpose"), Rows.string(rs, "content"), Rows.string(rs, "organisation")),
                    List.of(),
                    PlanStatus.fromCode(rs.getString("status")),
                    rs.getLong("version"));
        });
        if (bare.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> sections =
                children(h, "plan_appendix_sections", where, "c.ordinal", params, rs -> rs.getString("title"));
        return bare.stream()
                .map(p -> new Plan(
                        p.id(),
                        p.program(),
                        p.parentPlan(),
                        p.issuer(),
                        p.document(),
                        p.title(),
                        p.issueBy(),
                        p.sections(),
                        sections.getOrDefault(p.id().value(), List.of()),
                        p.status(),
                        p.version()))
                .toList();
    }

    @Override
    public List<Plan> byProgram(ProgramId program) {
        return db.run(
                Op.read("program", program.value()),
                h -> select(h, "t.program_id = :program", "t.plan_id", Map.of("program", program.value())));
    }

    @Override
    public List<Plan> children(PlanId parent) {
        return db.run(
                Op.read("plan", parent.value()),
                h -> select(h, "t.parent_plan_id = :parent", "t.plan_id", Map.of("parent", parent.value())));
    }
}
