package org.civicplan.storage.jdbc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.FundingSource;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemProgress;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.ReportId;
import org.civicplan.core.model.ReportStatus;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;
import org.civicplan.core.spi.ReportRepository;
import org.jdbi.v3.core.Handle;

/** Progress reports: a row plus difficulties/proposals, item lines and money spent per line. */
public final class ReportRepo extends AggregateRepo<ReportId, ProgressReport> implements ReportRepository {
    private static final List<String> COLUMNS = List.of(
            "report_id",
            "program_id",
            "unit_code",
            "period_code",
            "period_start",
            "period_end",
            "status",
            "narrative",
            "return_reason");

    public ReportRepo(Db db) {
        super(db, "report", "reports", COLUMNS, List.of("report_texts", "report_spent", "report_items"));
    }

    @Override
    String key(ReportId key) {
        return key.value();
    }

    @Override
    String keyOf(ProgressReport value) {
        return value.id().value();
    }

    @Override
    String defaultOrder() {
        return "t.report_id";
    }

    @Override
    void bindColumns(RowSink s, ProgressReport r) {
        s.bind("report_id", r.id().value())
                .bind("program_id", r.program().value())
                .bind("unit_code", r.unit().value())
                .bind("period_code", r.period().code())
                .bind("period_start", Rows.start(Optional.of(r.period())))
                .bind("period_end", Rows.end(Optional.of(r.period())))
                .bind("status", r.status().code())
                .bind("narrative", r.narrative().orElse(null))
                .bind("return_reason", r.returnReason().orElse(null));
    }

    @Override
    void insertChildren(Function<String, RowSink> sinks, List<ProgressReport> reports) {
        String p = db.portfolio();
        RowSink texts = sinks.apply("INSERT INTO report_texts (portfolio_id, report_id, kind, ordinal, body)"
                + " VALUES (:portfolio_id, :id, :kind, :ordinal, :body)");
        RowSink lines =
                sinks.apply("INSERT INTO report_items (portfolio_id, report_id, ordinal, item_id, status, percent_done,"
                        + " completed_on, note) VALUES (:portfolio_id, :id, :ordinal, :item, :status, :percent,"
                        + " :completed, :note)");
        RowSink spent = sinks.apply(
                "INSERT INTO report_spent (portfolio_id, report_id, item_ordinal, ordinal, source, funding_year,"
                        + " amount) VALUES (:portfolio_id, :id, :line, :ordinal, :source, :year, :amount)");
        for (ProgressReport r : reports) {
            String id = r.id().value();
            addTexts(texts, p, id, "difficulty", r.difficulties());
            addTexts(texts, p, id, "proposal", r.proposals());
            for (int i = 0; i < r.items().size(); i++) {
                ItemProgress line = r.items().get(i);
                lines.bind(P, p)
                        .bind("id", id)
                        .bind("ordinal", i)
                        .bind("item", line.item().value())
                        .bind("status", line.status().code())
                        .bind("percent", line.percentDone())
                        .bind("completed", Rows.sqlDate(line.completedOn()))
                        .bind("note", line.note().orElse(null))
                        .add();
                for (int j = 0; j < line.spent().size(); j++) {
                    FundingLine f = line.spent().get(j);
                    spent.bind(P, p)
                            .bind("id", id)
                            .bind("line", i)
                            .bind("ordinal", j)
                            .bind("source", f.source().code())
                            .bind("year", f.year())
                            .bind("amount", f.amount().toBigDecimal())
                            .add();
                }
            }
        }
        texts.flush();
        lines.flush();
        spent.flush();
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

    private record Line(int ordinal, ItemProgress progress) {}

    private record Spent(int line, FundingLine funding) {}

    @Override
    List<ProgressReport> select(Handle h, String where, String orderBy, Map<String, Object> params) {
        List<ProgressReport> bare = rows(
                h,
                where,
                orderBy,
                params,
                rs -> new ProgressReport(
                        ReportId.of(rs.getString("report_id")),
                        ProgramId.of(rs.getString("program_id")),
                        UnitCode.of(rs.getString("unit_code")),
                        Period.parse(rs.getString("period_code")),
                        ReportStatus.fromCode(rs.getString("status")),
                        List.of(),
                        Rows.string(rs, "narrative"),
                        List.of(),
                        List.of(),
                        Rows.string(rs, "return_reason"),
                        rs.getLong("version")));
        if (bare.isEmpty()) {
            return List.of();
        }
        Map<String, List<String[]>> texts = children(h, "report_texts", where, "c.kind, c.ordinal", params, rs ->
                new String[] {rs.getString("kind"), rs.getString("body")});
        Map<String, List<Line>> lines = children(
                h,
                "report_items",
                where,
                "c.ordinal",
                params,
                rs -> new Line(
                        rs.getInt("ordinal"),
                        new ItemProgress(
                                ItemId.of(rs.getString("item_id")),
                                ItemStatus.fromCode(rs.getString("status")),
                                rs.getInt("percent_done"),
                                Rows.date(rs, "completed_on"),
                                Rows.string(rs, "note"),
                                List.of())));
        Map<String, List<Spent>> spent = children(
                h,
                "report_spent",
                where,
                "c.item_ordinal, c.ordinal",
                params,
                rs -> new Spent(
                        rs.getInt("item_ordinal"),
                        new FundingLine(
                                FundingSource.fromCode(rs.getString("source")),
                                rs.getInt("funding_year"),
                                Rows.vnd(rs, "amount"))));
        List<ProgressReport> reports = new ArrayList<>();
        for (ProgressReport r : bare) {
            String id = r.id().value();
            List<String> difficulties = new ArrayList<>();
            List<String> proposals = new ArrayList<>();
            for (String[] t : texts.getOrDefault(id, List.of())) {
                ("difficulty".equals(t[0]) ? difficulties : proposals).add(t[1]);
            }
            List<Spent> spentHere = spent.getOrDefault(id, List.of());
            List<ItemProgress> items = new ArrayList<>();
            for (Line line : lines.getOrDefault(id, List.of())) {
                ItemProgress p = line.progress();
                List<FundingLine> money = spentHere.stream()
                        .filter(s -> s.line() == line.ordinal())
                        .map(Spent::funding)
                        .toList();
                items.add(new ItemProgress(p.item(), p.status(), p.percentDone(), p.completedOn(), p.note(), money));
            }
            reports.add(new ProgressReport(
                    r.id(),
                    r.program(),
                    r.unit(),
                    r.period(),
                    r.status(),
                    items,
                    r.narrative(),
                    difficulties,
                    proposals,
                    r.returnReason(),
                    r.version()));
        }
        return reports;
    }

    @Override
    public List<ProgressReport> byPeriod(ProgramId program, Period period) {
        return db.run(
                Op.read("program", program.value()),
                h -> select(
                        h,
                        "t.program_id = :program AND t.period_code = :period",
                        "t.unit_code, t.report_id",
                        Map.of("program", program.value(), "period", period.code())));
    }

    @Override
    public Optional<ProgressReport> find(ProgramId program, Period period, UnitCode unit) {
        return db.run(Op.read("report", program.value() + "@" + period.code() + "@" + unit.value()), h -> select(
                        h,
                        "t.program_id = :program AND t.period_code = :period AND t.unit_code = :unit",
                        "t.report_id",
                        Map.of("program", program.value(), "period", period.code(), "unit", unit.value()))
                .stream()
                .findFirst());
    }
}
