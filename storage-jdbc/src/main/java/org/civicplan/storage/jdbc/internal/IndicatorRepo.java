package org.civicplan.storage.jdbc.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.civicplan.core.model.Baseline;
import org.civicplan.core.model.Comparison;
import org.civicplan.core.model.Direction;
import org.civicplan.core.model.Frequency;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.IndicatorKind;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.Target;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;
import org.civicplan.core.spi.IndicatorRepository;
import org.jdbi.v3.core.Handle;

/** Indicators: a row (with baseline and final target) plus interim targets. */
public final class IndicatorRepo extends AggregateRepo<IndicatorCode, Indicator> implements IndicatorRepository {
    private static final List<String> COLUMNS = List.of(
            "indicator_code",
            "program_id",
            "name",
            "unit_of_measure",
            "kind",
            "direction",
            "baseline_text",
            "baseline_num",
            "baseline_period",
            "target_comparison",
            "target_text",
            "target_num",
            "target_period_code",
            "target_period_start",
            "target_period_end",
            "frequency",
            "data_source",
            "reporting_unit");

    public IndicatorRepo(Db db) {
        super(db, "indicator", "indicators", COLUMNS, List.of("indicator_targets"));
    }

    @Override
    String key(IndicatorCode key) {
        return key.value();
    }

    @Override
    String keyOf(Indicator value) {
        return value.code().value();
    }

    @Override
    String defaultOrder() {
        return "t.indicator_code";
    }

    @Override
    void bindColumns(RowSink s, Indicator i) {
        Optional<Baseline> b = i.baseline();
        Optional<Target> t = i.target();
        Optional<Period> tp = t.map(Target::period);
        s.bind("indicator_code", i.code().value())
                .bind("program_id", i.program().value())
                .bind("name", i.name())
                .bind("unit_of_measure", i.unitOfMeasure().orElse(null))
                .bind("kind", i.kind().code())
                .bind("direction", i.direction().code())
                .bind("baseline_text", b.map(x -> x.value().toString()).orElse(null))
                .bind("baseline_num", Rows.numeric(b.map(Baseline::value).orElse(null)))
                .bind("baseline_period", b.map(x -> x.period().code()).orElse(null))
                .bind("target_comparison", t.map(x -> x.comparison().code()).orElse(null))
                .bind("target_text", t.map(x -> x.value().toString()).orElse(null))
                .bind("target_num", Rows.numeric(t.map(Target::value).orElse(null)))
                .bind("target_period_code", Rows.periodCode(tp))
                .bind("target_period_start", Rows.start(tp))
                .bind("target_period_end", Rows.end(tp))
                .bind("frequency", Rows.code(i.frequency()))
                .bind("data_source", i.dataSource().orElse(null))
                .bind("reporting_unit", i.reportingUnit().map(UnitCode::value).orElse(null));
    }

    @Override
    void insertChildren(Function<String, RowSink> sinks, List<Indicator> indicators) {
        RowSink targets = sinks.apply(
                "INSERT INTO indicator_targets (portfolio_id, indicator_code, ordinal, comparison, value_text,"
                        + " value_num, period_code, period_start, period_end) VALUES (:portfolio_id, :code,"
                        + " :ordinal, :comparison, :text, :num, :period, :start, :end)");
        for (Indicator indicator : indicators) {
            for (int i = 0; i < indicator.interimTargets().size(); i++) {
                Target t = indicator.interimTargets().get(i);
                targets.bind(P, db.portfolio())
                        .bind("code", indicator.code().value())
                        .bind("ordinal", i)
                        .bind("comparison", t.comparison().code())
                        .bind("text", t.value().toString())
                        .bind("num", Rows.numeric(t.value()))
                        .bind("period", t.period().code())
                        .bind("start", Rows.start(Optional.of(t.period())))
                        .bind("end", Rows.end(Optional.of(t.period())))
                        .add();
            }
        }
        targets.flush();
    }

    /**
     * The indicators matching a condition with their interim targets, in one statement: a row for
     * each target (the indicator's columns repeated), or one with null target columns for an
     * indicator with none. One round trip where the indicators and their targets took two (a
     * review reads its program's indicators this way).
     */
    static final String WITH_TARGETS = "SELECT t.*, c.ordinal AS interim_ordinal, c.comparison AS interim_comparison,"
            + " c.value_text AS interim_value, c.period_code AS interim_period"
            + " FROM indicators t LEFT JOIN indicator_targets c"
            + " ON c.portfolio_id = t.portfolio_id AND c.indicator_code = t.indicator_code"
            + " WHERE t.portfolio_id = :portfolio_id AND (";

    @Override
    List<Indicator> select(Handle h, String where, String orderBy, Map<String, Object> params) {
        // rows of one indicator come together (its code after the order given), its targets in order
        List<Indicator> bare = new ArrayList<>();
        List<List<Target>> targets = new ArrayList<>();
        h.createQuery(WITH_TARGETS + where + ") ORDER BY " + orderBy + ", t.indicator_code, c.ordinal")
                .bind(P, db.portfolio())
                .bindMap(params)
                .reduceResultSet(bare, (read, rs, ctx) -> {
                    String code = rs.getString("indicator_code");
                    if (read.isEmpty()
                            || !read.get(read.size() - 1).code().value().equals(code)) {
                        read.add(bare(rs));
                        targets.add(new ArrayList<>());
                    }
                    rs.getInt("interim_ordinal");
                    if (!rs.wasNull()) {
                        targets.get(targets.size() - 1)
                                .add(new Target(
                                        Comparison.fromCode(rs.getString("interim_comparison")),
                                        new BigDecimal(rs.getString("interim_value")),
                                        Period.parse(rs.getString("interim_period"))));
                    }
                    return read;
                });
        List<Indicator> indicators = new ArrayList<>(bare.size());
        for (int i = 0; i < bare.size(); i++) {
            indicators.add(targets.get(i).isEmpty() ? bare.get(i) : withTargets(bare.get(i), targets.get(i)));
        }
        return List.copyOf(indicators);
    }

    /** The indicator's row, without interim targets. */
    private static Indicator bare(ResultSet rs) throws SQLException {
        Optional<String> baselineText = Rows.string(rs, "baseline_text");
        Optional<Baseline> baseline = Optional.empty();
        if (baselineText.isPresent()) {
            baseline = Optional.of(
                    new Baseline(new BigDecimal(baselineText.get()), Period.parse(rs.getString("baseline_period"))));
        }
        Optional<Target> target = Optional.empty();
        Optional<String> targetText = Rows.string(rs, "target_text");
        if (targetText.isPresent()) {
            target = Optional.of(new Target(
                    Comparison.fromCode(rs.getString("target_comparison")),
                    new BigDecimal(targetText.get()),
                    Period.parse(rs.getString("target_period_code"))));
        }
        return new Indicator(
                IndicatorCode.of(rs.getString("indicator_code")),
                ProgramId.of(rs.getString("program_id")),
                rs.getString("name"),
                Rows.string(rs, "unit_of_measure"),
                IndicatorKind.fromCode(rs.getString("kind")),
                Direction.fromCode(rs.getString("direction")),
                baseline,
                target,
                List.of(),
                Rows.string(rs, "frequency").map(Frequency::fromCode),
                Rows.string(rs, "data_source"),
                Rows.string(rs, "reporting_unit").map(UnitCode::of),
                rs.getLong("version"));
    }

    private static Indicator withTargets(Indicator i, List<Target> targets) {
        return new Indicator(
                i.code(),
                i.program(),
                i.name(),
                i.unitOfMeasure(),
                i.kind(),
                i.direction(),
                i.baseline(),
                i.target(),
                targets,
                i.frequency(),
                i.dataSource(),
                i.reportingUnit(),
                i.version());
    }

    @Override
    public List<Indicator> byProgram(ProgramId program) {
        return db.run(
                Op.read("program", program.value()),
                h -> select(h, "t.program_id = :program", "t.indicator_code", Map.of("program", program.value())));
    }
}
