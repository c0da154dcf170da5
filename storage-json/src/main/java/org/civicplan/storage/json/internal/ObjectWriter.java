package org.civicplan.storage.json.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.civicplan.core.Labelled;
import org.civicplan.core.period.Period;
import tools.jackson.core.JsonGenerator;

/**
 * Writes properties to a Jackson generator, in the format's conventions: empty optionals and empty
 * lists are left out; periods are written as their stable {@code code()}, enums as their codes,
 * money as a decimal string of whole đồng, dates as ISO {@code yyyy-MM-dd}.
 */
public final class ObjectWriter {
    private final JsonGenerator g;

    public ObjectWriter(JsonGenerator g) {
        this.g = g;
    }

    public JsonGenerator generator() {
        return g;
    }

    /** An array property written element by element; left out when empty. */
    public <T> void array(String name, List<T> values, BiConsumer<ObjectWriter, T> write) {
        if (values.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        for (T value : values) {
            write.accept(this, value);
        }
        g.writeEndArray();
    }

    /** An object property, when present. */
    <T> void object(String name, Optional<T> value, BiConsumer<ObjectWriter, T> write) {
        if (value.isPresent()) {
            g.writeName(name);
            write.accept(this, value.get());
        }
    }

    /** An array of strings (ids by their {@code toString()}, which is their value); left out when empty. */
    void strings(String name, List<?> values) {
        if (values.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        for (Object value : values) {
            g.writeString(value.toString());
        }
        g.writeEndArray();
    }

    void string(String name, String value) {
        g.writeStringProperty(name, value);
    }

    /** A value by its {@code toString()} (ids, dates, instants), when present. */
    void opt(String name, Optional<?> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get().toString());
        }
    }

    void period(String name, Period value) {
        g.writeStringProperty(name, value.code());
    }

    void optPeriod(String name, Optional<Period> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get().code());
        }
    }

    void code(String name, Labelled value) {
        g.writeStringProperty(name, value.code());
    }

    void optCode(String name, Optional<? extends Labelled> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get().code());
        }
    }

    void number(String name, long value) {
        g.writeNumberProperty(name, value);
    }

    void optInt(String name, Optional<Integer> value) {
        if (value.isPresent()) {
            g.writeNumberProperty(name, value.get());
        }
    }

    void decimal(String name, BigDecimal value) {
        g.writeName(name);
        g.writeNumber(value);
    }

    void bool(String name, boolean value) {
        g.writeBooleanProperty(name, value);
    }

    void start() {
        g.writeStartObject();
    }

    void end() {
        g.writeEndObject();
    }

    void name(String name) {
        g.writeName(name);
    }
}
