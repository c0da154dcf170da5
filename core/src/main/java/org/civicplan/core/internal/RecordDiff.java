package org.civicplan.core.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.model.FieldChange;

/**
 * Field-by-field differences between two values of the same record type, for the audit trail.
 * Nested records are compared component by component ({@code assignment.leadUnits}), other values
 * as a whole. The version component is left out: it changes on every write and says nothing.
 */
public final class RecordDiff {
    private RecordDiff() {}

    /** Changes from {@code before} to {@code after}; either may be null (creation, deletion). */
    public static List<FieldChange> changes(Object before, Object after) {
        List<FieldChange> out = new ArrayList<>();
        Class<?> type = before != null ? before.getClass() : after != null ? after.getClass() : null;
        if (type == null) {
            return out;
        }
        diff("", type, before, after, out);
        return out;
    }

    private static void diff(String prefix, Class<?> type, Object before, Object after, List<FieldChange> out) {
        if (!type.isRecord() || before == null || after == null) {
            if (type.isRecord() && (before != null || after != null)) {
                // creation or removal: list each component so the entry shows the whole value
                for (RecordComponent component : type.getRecordComponents()) {
                    if (component.getName().equals("version")) {
                        continue;
                    }
                    Object b = before == null ? null : read(component, before);
                    Object a = after == null ? null : read(component, after);
                    if (!isEmpty(b) || !isEmpty(a)) {
                        out.add(change(prefix + component.getName(), b, a));
                    }
                }
                return;
            }
            if (!java.util.Objects.equals(before, after)) {
                out.add(change(prefix.isEmpty() ? "value" : prefix.substring(0, prefix.length() - 1), before, after));
            }
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals("version")) {
                continue;
            }
            Object b = read(component, before);
            Object a = read(component, after);
            if (java.util.Objects.equals(b, a)) {
                continue;
            }
            String name = prefix + component.getName();
            if (component.getType().isRecord() && b != null && a != null) {
                diff(name + ".", component.getType(), b, a, out);
            } else {
                out.add(change(name, b, a));
            }
        }
    }

    private static boolean isEmpty(Object value) {
        return value == null
                || (value instanceof Optional<?> o && o.isEmpty())
                || (value instanceof java.util.Collection<?> c && c.isEmpty());
    }

    private static FieldChange change(String field, Object before, Object after) {
        return new FieldChange(field, text(before), text(after));
    }

    private static Optional<String> text(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.map(String::valueOf);
        }
        return Optional.ofNullable(value).map(String::valueOf);
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
