package org.civicplan.storage.json.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
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

/** Indicators in JSON, with their baseline and targets. */
final class IndicatorCodec {
    private IndicatorCodec() {}

    static Indicator read(Scalars in, Node n) {
        ObjectReader o = ObjectReader.of(in, n);
        if (o == null) {
            return null;
        }
        IndicatorCode code = o.reqId("code", IndicatorCode::of);
        ProgramId program = o.reqId("program", ProgramId::of);
        String name = o.req("name", Scalars::string);
        Optional<String> unit = o.opt("unitOfMeasure", Scalars::string);
        IndicatorKind kind = o.reqCode("kind", IndicatorKind.class);
        Direction direction = o.reqCode("direction", Direction.class);
        Optional<Baseline> baseline = o.opt("baseline", IndicatorCodec::baseline);
        Optional<Target> target = o.opt("target", IndicatorCodec::target);
        List<Target> interim = o.list("interimTargets", IndicatorCodec::target);
        Optional<Frequency> frequency = o.optCode("frequency", Frequency.class);
        Optional<String> dataSource = o.opt("dataSource", Scalars::string);
        Optional<UnitCode> reporting = o.optId("reportingUnit", UnitCode::of);
        long version = o.version();
        return o.build(
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
                        version));
    }

    static void write(ObjectWriter w, Indicator i) {
        w.start();
        w.string("code", i.code().value());
        w.string("program", i.program().value());
        w.string("name", i.name());
        w.opt("unitOfMeasure", i.unitOfMeasure());
        w.code("kind", i.kind());
        w.code("direction", i.direction());
        w.object("baseline", i.baseline(), IndicatorCodec::write);
        w.object("target", i.target(), IndicatorCodec::write);
        w.array("interimTargets", i.interimTargets(), IndicatorCodec::write);
        w.optCode("frequency", i.frequency());
        w.opt("dataSource", i.dataSource());
        w.opt("reportingUnit", i.reportingUnit());
        w.number("version", i.version());
        w.end();
    }

    private static Baseline baseline(Scalars in, Node n) {
        ObjectReader o = ObjectReader.of(in, n);
        if (o == null) {
            return null;
        }
        BigDecimal value = o.req("value", Scalars::decimal);
        Period period = o.req("period", Scalars::period);
        return o.build("baseline", () -> new Baseline(value, period));
    }

    private static void write(ObjectWriter w, Baseline b) {
        w.start();
        w.decimal("value", b.value());
        w.period("period", b.period());
        w.end();
    }

    private static Target target(Scalars in, Node n) {
        ObjectReader o = ObjectReader.of(in, n);
        if (o == null) {
            return null;
        }
        Comparison comparison = o.reqCode("comparison", Comparison.class);
        BigDecimal value = o.req("value", Scalars::decimal);
        Period period = o.req("period", Scalars::period);
        return o.build("target", () -> new Target(comparison, value, period));
    }

    private static void write(ObjectWriter w, Target t) {
        w.start();
        w.code("comparison", t.comparison());
        w.decimal("value", t.value());
        w.period("period", t.period());
        w.end();
    }
}
