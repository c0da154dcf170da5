package org.civicplan.benchmarks;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;
import org.civicplan.storage.json.PortfolioJson;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The baselines: what a hand-written program does with the same measurement records using only
 * Jackson's streaming API or plain JDBC — no validation, no problem collection, no abstraction.
 */
final class RawMeasurements {
    static final String COLUMNS = "portfolio_id, indicator_code, period_code, unit_code, period_start, period_end,"
            + " period_sort, kind, value_text, value_num, numerator, denominator, milestone, source_text";
    static final String INSERT =
            "INSERT INTO measurements (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final LocalDate NO_DATE = LocalDate.of(9999, 12, 31);

    private static final JsonFactory FACTORY = new JsonFactory();

    private RawMeasurements() {}

    /** Writes {@code {"formatVersion":2,"measurements":[…]}} with the same fields as civicplan. */
    static long writeJson(Iterable<Measurement> values, OutputStream out) {
        long count = 0;
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            g.writeNumberProperty("formatVersion", PortfolioJson.FORMAT_VERSION);
            g.writeName("measurements");
            g.writeStartArray();
            for (Measurement m : values) {
                g.writeStartObject();
                g.writeStringProperty("indicator", m.indicator().value());
                g.writeStringProperty("period", m.period().code());
                g.writeStringProperty("reportedBy", m.reportedBy().value());
                g.writeName("value");
                g.writeStartObject();
                MeasuredValue value = m.value();
                if (value instanceof MeasuredValue.Count c) {
                    g.writeStringProperty("type", "count");
                    g.writeName("value");
                    g.writeNumber(c.value());
                } else if (value instanceof MeasuredValue.Ratio r) {
                    g.writeStringProperty("type", "ratio");
                    g.writeName("numerator");
                    g.writeNumber(r.numerator());
                    g.writeName("denominator");
                    g.writeNumber(r.denominator());
                } else if (value instanceof MeasuredValue.Money money) {
                    g.writeStringProperty("type", "money");
                    g.writeStringProperty("amount", money.amount().toPlainString());
                } else if (value instanceof MeasuredValue.Milestone ms) {
                    g.writeStringProperty("type", "milestone");
                    g.writeBooleanProperty("reached", ms.reached());
                }
                g.writeEndObject();
                if (m.source().isPresent()) {
                    g.writeStringProperty("source", m.source().get());
                }
                g.writeEndObject();
                count++;
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return count;
    }

    /** Reads what {@link #writeJson} (or civicplan) wrote into the same records; trusts the input. */
    static long readJson(InputStream in, Consumer<Measurement> consumer) {
        long count = 0;
        // Period.parse is costly and a file repeats a few periods: cached, as civicplan's reader does
        Map<String, Period> periods = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
            p.nextToken(); // {
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (name.equals("measurements") && t == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        consumer.accept(measurement(p, periods));
                        count++;
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        return count;
    }

    private static Measurement measurement(JsonParser p, Map<String, Period> periods) {
        String indicator = null;
        String period = null;
        String unit = null;
        String source = null;
        MeasuredValue value = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "indicator" -> indicator = p.getString();
                case "period" -> period = p.getString();
                case "reportedBy" -> unit = p.getString();
                case "source" -> source = p.getString();
                case "value" -> value = value(p);
                default -> p.skipChildren();
            }
        }
        return new Measurement(
                IndicatorCode.of(indicator),
                periods.computeIfAbsent(period, Period::parse),
                UnitCode.of(unit),
                value,
                Optional.ofNullable(source));
    }

    private static MeasuredValue value(JsonParser p) {
        String type = null;
        BigDecimal number = null;
        BigDecimal denominator = null;
        String amount = null;
        boolean reached = false;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "type" -> type = p.getString();
                case "value", "numerator" -> number = p.getDecimalValue();
                case "denominator" -> denominator = p.getDecimalValue();
                case "amount" -> amount = p.getString();
                case "reached" -> reached = p.getBooleanValue();
                default -> p.skipChildren();
            }
        }
        return switch (type) {
            case "count" -> new MeasuredValue.Count(number);
            case "ratio" -> new MeasuredValue.Ratio(number, denominator);
            case "money" -> new MeasuredValue.Money(new Vnd(new BigInteger(amount)));
            default -> new MeasuredValue.Milestone(reached);
        };
    }

    /** One measurement as the 14 column values of the measurements table, in {@link #COLUMNS} order. */
    static Object[] row(String portfolio, Measurement m) {
        Period period = m.period();
        MeasuredValue value = m.value();
        BigDecimal numerator = null;
        BigDecimal denominator = null;
        Boolean milestone = null;
        String text;
        if (value instanceof MeasuredValue.Ratio r) {
            numerator = scaled(r.numerator());
            denominator = scaled(r.denominator());
            text = r.numerator() + "/" + r.denominator();
        } else if (value instanceof MeasuredValue.Money money) {
            text = money.amount().toPlainString();
        } else if (value instanceof MeasuredValue.Milestone ms) {
            milestone = ms.reached();
            text = Boolean.toString(ms.reached());
        } else {
            text = value.numeric().toString();
        }
        LocalDate sort = period.start().or(period::end).orElse(NO_DATE);
        return new Object[] {
            portfolio,
            m.indicator().value(),
            period.code(),
            m.reportedBy().value(),
            period.start().map(Date::valueOf).orElse(null),
            period.end().map(Date::valueOf).orElse(null),
            Date.valueOf(sort),
            value.kind().code(),
            text,
            scaled(value.numeric()),
            numerator,
            denominator,
            milestone,
            m.source().orElse(null)
        };
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value.setScale(10, RoundingMode.HALF_EVEN);
    }
}
