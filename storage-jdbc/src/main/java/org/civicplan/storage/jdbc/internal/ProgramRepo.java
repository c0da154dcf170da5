package org.civicplan.storage.jdbc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Official;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.Section;
import org.civicplan.core.model.SteeringCommittee;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;
import org.civicplan.core.spi.ProgramRepository;
import org.jdbi.v3.core.Handle;

/** Programs: a row plus texts, sections, indicator order and steering committee members. */
public final class ProgramRepo extends AggregateRepo<ProgramId, Program> implements ProgramRepository {
    private static final List<String> COLUMNS = List.of(
            "program_id",
            "doc_symbol",
            "doc_date",
            "title",
            "issuer",
            "term",
            "period_code",
            "period_start",
            "period_end",
            "has_committee",
            "standing_agency");

    public ProgramRepo(Db db) {
        super(
                db,
                "program",
                "programs",
                COLUMNS,
                List.of("program_texts", "program_sections", "program_indicators", "steering_members"));
    }

    @Override
    String key(ProgramId key) {
        return key.value();
    }

    @Override
    String keyOf(Program value) {
        return value.id().value();
    }

    @Override
    String defaultOrder() {
        return "t.program_id";
    }

    @Override
    void bindColumns(RowSink s, Program p) {
        s.bind("program_id", p.id().value())
                .bind("doc_symbol", p.document().map(DocumentRef::symbol).orElse(null))
                .bind("doc_date", Rows.sqlDate(p.document().flatMap(DocumentRef::date)))
                .bind("title", p.title())
                .bind("issuer", p.issuer().value())
                .bind("term", p.term().orElse(null))
                .bind("period_code", p.period().code())
                .bind("period_start", Rows.start(Optional.of(p.period())))
                .bind("period_end", Rows.end(Optional.of(p.period())))
                .bind("has_committee", p.steeringCommittee().isPresent())
                .bind(
                        "standing_agency",
                        p.steeringCommittee()
                                .map(c -> c.standingAgency().value())
                                .orElse(null));
    }

    @Override
    void insertChildren(Function<String, RowSink> sinks, List<Program> programs) {
        RowSink texts = sinks.apply("INSERT INTO program_texts (portfolio_id, program_id, kind, ordinal, body)"
                + " VALUES (:portfolio_id, :id, :kind, :ordinal, :body)");
        RowSink sections =
                sinks.apply("INSERT INTO program_sections (portfolio_id, program_id, ordinal, section_key, title, body)"
                        + " VALUES (:portfolio_id, :id, :ordinal, :key, :title, :body)");
        RowSink indicators =
                sinks.apply("INSERT INTO program_indicators (portfolio_id, program_id, ordinal, indicator_code)"
                        + " VALUES (:portfolio_id, :id, :ordinal, :code)");
        RowSink members = sinks.apply(
                "INSERT INTO steering_members (portfolio_id, program_id, member_role, ordinal, name, post, unit_code)"
                        + " VALUES (:portfolio_id, :id, :role, :ordinal, :name, :post, :unit)");
        String p = db.portfolio();
        for (Program program : programs) {
            String id = program.id().value();
            addTexts(texts, p, id, "viewpoint", program.viewpoints());
            addTexts(texts, p, id, "goal", program.goals());
            for (int i = 0; i < program.sections().size(); i++) {
                Section section = program.sections().get(i);
                sections.bind(P, p)
                        .bind("id", id)
                        .bind("ordinal", i)
                        .bind("key", section.key())
                        .bind("title", section.title())
                        .bind("body", section.body().orElse(null))
                        .add();
            }
            for (int i = 0; i < program.indicators().size(); i++) {
                indicators
                        .bind(P, p)
                        .bind("id", id)
                        .bind("ordinal", i)
                        .bind("code", program.indicators().get(i).value())
                        .add();
            }
            program.steeringCommittee().ifPresent(c -> {
                addMember(members, p, id, "head", 0, c.head());
                addMember(members, p, id, "deputy", 0, c.standingDeputy());
                for (int i = 0; i < c.members().size(); i++) {
                    addMember(members, p, id, "member", i, c.members().get(i));
                }
            });
        }
        texts.flush();
        sections.flush();
        indicators.flush();
        members.flush();
    }

    private static void addTexts(RowSink batch, String p, String id, String kind, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            batch.bind(P, p)
                    .bind("id", id)
                    .bind("kind", kind)
                    .bind("ordinal", i)
                    .bind("body", values.get(i))
                    .add();
        }
    }

    private static void addMember(RowSink batch, String p, String id, String role, int ordinal, Official o) {
        batch.bind(P, p)
                .bind("id", id)
                .bind("role", role)
                .bind("ordinal", ordinal)
                .bind("name", o.name().orElse(null))
                .bind("post", o.post().orElse(null))
                .bind("unit", o.unit().map(UnitCode::value).orElse(null))
                .add();
    }

    private record Row(
            String id,
            Optional<DocumentRef> document,
            String title,
            UnitCode issuer,
            Optional<String> term,
            Period period,
            boolean committee,
            Optional<UnitCode> standingAgency,
            long version) {}

    @Override
    List<Program> select(Handle h, String where, String orderBy, Map<String, Object> params) {
        List<Row> rows = rows(h, where, orderBy, params, rs -> {
            Optional<DocumentRef> doc = Rows.string(rs, "doc_symbol").map(DocumentRef::parse);
            Optional<java.time.LocalDate> date = Rows.date(rs, "doc_date");
            if (doc.isPresent() && date.isPresent()) {
                doc = Optional.of(doc.get().withDate(date.get()));
            }
            return new Row(
                    rs.getString("program_id"),
                    doc,
                    rs.getString("title"),
                    UnitCode.of(rs.getString("issuer")),
                    Rows.string(rs, "term"),
                    Period.parse(rs.getString("period_code")),
                    rs.getBoolean("has_committee"),
                    Rows.string(rs, "standing_agency").map(UnitCode::of),
                    rs.getLong("version"));
        });
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<String[]>> texts = children(h, "program_texts", where, "c.kind, c.ordinal", params, rs ->
                new String[] {rs.getString("kind"), rs.getString("body")});
        Map<String, List<Section>> sections = children(
                h,
                "program_sections",
                where,
                "c.ordinal",
                params,
                rs -> new Section(rs.getString("section_key"), rs.getString("title"), Rows.string(rs, "body")));
        Map<String, List<IndicatorCode>> indicators = children(
                h,
                "program_indicators",
                where,
                "c.ordinal",
                params,
                rs -> IndicatorCode.of(rs.getString("indicator_code")));
        Map<String, List<Map.Entry<String, Official>>> members = children(
                h,
                "steering_members",
                where,
                "c.member_role, c.ordinal",
                params,
                rs -> Map.entry(
                        rs.getString("member_role"),
                        new Official(
                                Rows.string(rs, "name"),
                                Rows.string(rs, "post"),
                                Rows.string(rs, "unit_code").map(UnitCode::of))));
        List<Program> programs = new ArrayList<>();
        for (Row row : rows) {
            List<String> viewpoints = new ArrayList<>();
            List<String> goals = new ArrayList<>();
            for (String[] t : texts.getOrDefault(row.id, List.of())) {
                ("viewpoint".equals(t[0]) ? viewpoints : goals).add(t[1]);
            }
            Optional<SteeringCommittee> committee = Optional.empty();
            if (row.committee) {
                Official head = null;
                Official deputy = null;
                List<Official> others = new ArrayList<>();
                for (Map.Entry<String, Official> m : members.getOrDefault(row.id, List.of())) {
                    switch (m.getKey()) {
                        case "head" -> head = m.getValue();
                        case "deputy" -> deputy = m.getValue();
                        default -> others.add(m.getValue());
                    }
                }
                committee = Optional.of(new SteeringCommittee(head, deputy, others, row.standingAgency.orElseThrow()));
            }
            programs.add(new Program(
                    ProgramId.of(row.id),
                    row.document,
                    row.title,
                    row.issuer,
                    row.term,
                    row.period,
                    viewpoints,
                    goals,
                    indicators.getOrDefault(row.id, List.of()),
                    sections.getOrDefault(row.id, List.of()),
                    committee,
                    row.version));
        }
        return programs;
    }
}
