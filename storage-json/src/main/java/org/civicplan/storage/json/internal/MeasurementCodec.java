package org.civicplan.storage.json.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.Message;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;

/** Measurements in JSON; the value is {@code {"type": "count" | "ratio" | "money" | "milestone", …}}. */
public final class MeasurementCodec {
    private static final List<String> VALUE_TYPES = List.of("count", "ratio", "money", "milestone");

    private MeasurementCodec() {}

    public static Measurement read(Scalars in, Node n) {
        ObjectReader o = ObjectReader.of(in, n);
        if (o == null) {
            return null;
        }
        IndicatorCode indicator = o.reqId("indicator", IndicatorCode::of);
        Period period = o.req("period", Scalars::period);
        UnitCode by = o.reqId("reportedBy", UnitCode::of);
        MeasuredValue value = o.req("value", MeasurementCodec::value);
        Optional<String> source = o.opt("source", Scalars::string);
        return o.build("measurement", () -> new Measurement(indicator, period, by, value, source));
    }

    public static void write(ObjectWriter w, Measurement m) {
        w.start();
        w.string("indicator", m.indicator().value());
        w.period("period", m.period());
        w.string("reportedBy", m.reportedBy().value());
        w.name("value");
        w.start();
        MeasuredValue value = m.value();
        if (value instanceof MeasuredValue.Count c) {
            w.string("type", "count");
            w.decimal("value", c.value());
        } else if (value instanceof MeasuredValue.Ratio r) {
            w.string("type", "ratio");
            w.decimal("numerator", r.numerator());
            w.decimal("denominator", r.denominator());
        } else if (value instanceof MeasuredValue.Money money) {
            w.string("type", "money");
            w.string("amount", money.amount().toPlainString());
        } else if (value instanceof MeasuredValue.Milestone ms) {
            w.string("type", "milestone");
            w.bool("reached", ms.reached());
        } else {
            throw new IllegalArgumentException("unknown measured value " + value);
        }
        w.end();
        w.opt("source", m.source());
        w.end();
    }

    private static MeasuredValue value(Scalars in, Node n) {
        ObjectReader o = ObjectReader.of(in, n);
        if (o == null) {
            return null;
        }
        String type = o.req("type", Scalars::string);
        if (type == null) {
            return null;
        }
        MeasuredValue value;
        switch (type) {
            case "count" -> {
                BigDecimal v = o.req("value", Scalars::decimal);
                value = v == null
                        ? null
                        : ObjectReader.make(in.problems(), n, "count", () -> new MeasuredValue.Count(v));
            }
            case "ratio" -> {
                BigDecimal num = o.req("numerator", Scalars::decimal);
                BigDecimal den = o.req("denominator", Scalars::decimal);
                if (den != null && den.signum() <= 0) {
                    in.problems()
                            .add(
                                    n.field("denominator"),
                                    Message.of(
                                            "mẫu số phải là số dương, không phải " + den.toPlainString(),
                                            "the denominator must be positive, not " + den.toPlainString()));
                    value = null;
                } else {
                    value = num == null || den == null
                            ? null
                            : ObjectReader.make(in.problems(), n, "ratio", () -> new MeasuredValue.Ratio(num, den));
                }
            }
            case "money" -> {
                Vnd amount = o.req("amount", Scalars::money);
                value = amount == null ? null : new MeasuredValue.Money(amount);
            }
            case "milestone" -> {
                Boolean reached = o.req("reached", Scalars::bool);
                value = reached == null ? null : new MeasuredValue.Milestone(reached);
            }
            default -> {
                in.problems()
                        .add(
                                n.field("type"),
                                Message.of(
                                        "loại giá trị không hợp lệ \"" + type + "\" (các loại hợp lệ: "
                                                + String.join(", ", VALUE_TYPES) + ")",
                                        "unknown value type \"" + type + "\" (known types: "
                                                + String.join(", ", VALUE_TYPES) + ")"));
                return null;
            }
        }
        o.done();
        return value;
    }
}
