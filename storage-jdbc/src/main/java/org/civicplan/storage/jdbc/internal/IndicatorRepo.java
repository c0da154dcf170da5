package org.civicplan.storage.jdbc.internal;

import java.math.BigDecimal;
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

    @Override
    List<Indicator> select(Handle h, String where, String orderBy, Map<String, Object> params) {
        List<Indicator> bare = rows(h, where, orderBy, params, rs -> {
            Optional<String> baselineText = Rows.string(rs, "baseline_text");
            Optional<Baseline> baseline = Optional.empty();
            if (baselineText.isPresent()) {
                baseline = Optional.of(new Baseline(
                        new BigDecimal(baselineText.get()), Period.parse(rs.getString("baseline_period"))));
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
        });
        if (bare.isEmpty()) {
            return List.of();
        }
        Map<String, List<Target>> targets = children(
                h,
                "indicator_targets",
                where,
                "c.ordinal",
                params,
                rs -> new Target(
                        Comparison.fromCode(rs.getString("comparison")),
                        new BigDecimal(rs.getString("value_text")),
                        Period.parse(rs.getString("period_code"))));
        return bare.stream()
                .map(i -> new Indicator(
                        i.code(),
                        i.program(),
                        i.name(),
                        i.unitOfMeasure(),
                        i.kind(),
                        i.direction(),
                        i.baseline(),
                        i.target(),
                        targets.getOrDefault(i.code().value(), List.of()),
                        i.frequency(),
                        i.dataSource(),
                        i.reportingUnit(),
                        i.version()))
                .toList();
    }

    @Override
    public List<Indicator> byProgram(ProgramId program) {
        return db.run(
                Op.read("program", program.value()),
                h -> select(h, "t.program_id = :program", "t.indicator_code", Map.of("program", program.value())));
    }
}
