package org.civicplan.storage.json.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.civicplan.core.CivicPlanException;
import org.civicplan.core.Labelled;
import org.civicplan.core.Message;

/**
 * Reads one JSON object's properties, remembering which were asked for so that {@link #done()} can
 * report the others, and whether any part failed, so that the record is built only from parts that
 * were all read. Every problem is reported with its place and reading goes on.
 */
public final class ObjectReader {
    private final Scalars in;
    private final Node node;
    // the few property names asked for (a list: objects have under a dozen, and most are measurements)
    private final List<String> known = new ArrayList<>(8);
    private boolean failed;

    ObjectReader(Scalars in, Node node) {
        this.in = in;
        this.node = node;
    }

    /** The object reader for {@code n}, or null (reported) when {@code n} is not an object. */
    static ObjectReader of(Scalars in, Node n) {
        if (n.type() != Node.Type.OBJECT) {
            in.expect(n, Node.Type.OBJECT, "", "");
            return null;
        }
        return new ObjectReader(in, n);
    }

    /** The property's node, or null when it is missing or null. */
    Node raw(String name) {
        known.add(name);
        Node n = node.field(name);
        return n == null || n.isNull() ? null : n;
    }

    <T> T req(String name, BiFunction<Scalars, Node, T> read) {
        Node n = required(name);
        return n == null ? null : track(read.apply(in, n));
    }

    /** The required property's node; null (reported, the object failed) when it is missing or null. */
    private Node required(String name) {
        Node n = raw(name);
        if (n == null) {
            failed = true;
            in.problems()
                    .add(
                            node,
                            Message.of(
                                    "thiếu trường bắt buộc \"" + name + "\"",
                                    "missing required property \"" + name + "\""));
        }
        return n;
    }

    /** A value read from a present property: null means it could not be read, and the object failed. */
    private <T> T track(T value) {
        if (value == null) {
            failed = true;
        }
        return value;
    }

    /** Optional property: missing or null is empty; an unreadable value marks the object failed. */
    <T> Optional<T> opt(String name, BiFunction<Scalars, Node, T> read) {
        Node n = raw(name);
        return n == null ? Optional.empty() : Optional.ofNullable(track(read.apply(in, n)));
    }

    /** An array property: missing or null is empty; an element that cannot be read is left out (reported). */
    <T> List<T> list(String name, BiFunction<Scalars, Node, T> read) {
        Node n = raw(name);
        if (n == null) {
            return List.of();
        }
        if (!in.expect(n, Node.Type.ARRAY, "", "")) {
            failed = true;
            return List.of();
        }
        List<T> values = new ArrayList<>(n.elements().size());
        for (Node element : n.elements()) {
            T value = element.isNull() ? null : read.apply(in, element);
            if (element.isNull()) {
                in.problems().add(element, Message.of("phần tử không được là null", "an element cannot be null"));
            }
            if (value == null) {
                failed = true;
            } else {
                values.add(value);
            }
        }
        return values;
    }

    /**
     * A list whose elements are identified by {@code key} (read from the element's {@code keyField}):
     * a second element with the key of an earlier one is a problem at the second's key, naming the
     * place of the first. Keys are compared as read (ids and codes are NFC), so NFC and NFD spellings
     * of one code are the same key; two copies are never merged silently.
     */
    <T> List<T> uniqueList(String name, BiFunction<Scalars, Node, T> read, String keyField, Function<T, ?> key) {
        Node n = raw(name);
        if (n == null) {
            return List.of();
        }
        if (!in.expect(n, Node.Type.ARRAY, "", "")) {
            failed = true;
            return List.of();
        }
        List<T> values = new ArrayList<>(n.elements().size());
        Map<Object, Node> first = new HashMap<>();
        for (Node element : n.elements()) {
            T value = element.isNull() ? null : read.apply(in, element);
            if (element.isNull()) {
                in.problems().add(element, Message.of("phần tử không được là null", "an element cannot be null"));
            }
            if (value == null) {
                failed = true;
                continue;
            }
            Object k = key.apply(value);
            Node seen = first.putIfAbsent(k, element);
            if (seen == null) {
                values.add(value);
                continue;
            }
            Node at = element.field(keyField) == null ? element : element.field(keyField);
            in.problems()
                    .add(
                            at,
                            Message.of(
                                    "\"" + k + "\" đã có ở " + seen.pointer() + " (dòng " + seen.line() + ", cột "
                                            + seen.column()
                                            + "); mỗi mã chỉ được khai báo một lần: xóa hoặc đổi mã một bản",
                                    "\"" + k + "\" is already at " + seen.pointer() + " (line " + seen.line()
                                            + ", column " + seen.column()
                                            + "); each id may appear once: remove or rename one copy"));
            failed = true;
        }
        return values;
    }

    // ids and codes without a lambda per value: these run for every value of a million-line file

    <T> T reqId(String name, Function<String, T> of) {
        Node n = required(name);
        return n == null ? null : track(in.id(n, of));
    }

    <T> Optional<T> optId(String name, Function<String, T> of) {
        Node n = raw(name);
        return n == null ? Optional.empty() : Optional.ofNullable(track(in.id(n, of)));
    }

    <T> List<T> ids(String name, Function<String, T> of) {
        return list(name, (s, x) -> s.id(x, of));
    }

    <E extends Enum<E> & Labelled> E reqCode(String name, Class<E> type) {
        Node n = required(name);
        return n == null ? null : track(in.code(n, type));
    }

    <E extends Enum<E> & Labelled> Optional<E> optCode(String name, Class<E> type) {
        Node n = raw(name);
        return n == null ? Optional.empty() : Optional.ofNullable(track(in.code(n, type)));
    }

    /** The optimistic-locking {@code version}: 0 when missing. */
    long version() {
        Node n = raw("version");
        if (n == null) {
            return 0;
        }
        if (!in.expect(n, Node.Type.NUMBER, " nguyên", " (a whole number)")) {
            failed = true;
            return 0;
        }
        try {
            long v = n.number().longValueExact();
            if (v >= 0) {
                return v;
            }
        } catch (ArithmeticException e) {
            // reported below
        }
        failed = true;
        in.problems().add(n, Message.of("phiên bản không hợp lệ: " + n.shown(), "invalid version: " + n.shown()));
        return 0;
    }

    /** Reports properties nobody asked for: in version 1 an unknown property is an error. */
    void done() {
        for (var e : node.fields().entrySet()) {
            if (!asked(e.getKey())) {
                List<String> names = new ArrayList<>(new TreeSet<>(known));
                names.remove("formatVersion");
                String allowed = String.join(", ", names);
                in.problems()
                        .add(
                                e.getValue(),
                                Message.of(
                                        "trường không xác định \"" + e.getKey() + "\" (các trường hợp lệ: " + allowed
                                                + ")",
                                        "unknown property \"" + e.getKey() + "\" (known: " + allowed + ")"));
                failed = true;
            }
        }
    }

    /** Whether {@code name} was asked for; names' hashes are cached, so most misses cost a comparison of ints. */
    private boolean asked(String name) {
        int hash = name.hashCode();
        for (int i = 0; i < known.size(); i++) {
            String k = known.get(i);
            if (k.hashCode() == hash && k.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** True when every part was read (present or legitimately absent) without problems. */
    boolean ok() {
        return !failed;
    }

    /**
     * Ends the object: reports unknown properties, then, when every part was read, builds the
     * record; a constructor's refusal is reported at the object as an invalid {@code what}. (A
     * required part that is missing or unreadable, or an optional one that is unreadable, has
     * marked the object failed: parts need no null check.)
     */
    <T> T build(String what, Supplier<T> constructor) {
        done();
        return ok() ? make(in.problems(), node, what, constructor) : null;
    }

    /** Runs {@code constructor}; its refusal is reported at {@code at} as an invalid {@code what}. */
    static <T> T make(Problems problems, Node at, String what, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (CivicPlanException e) {
            problems.add(at, e.text());
        } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
            problems.add(
                    at,
                    Message.of(
                            "giá trị không hợp lệ (" + what + "): " + e.getMessage(),
                            "invalid " + what + ": " + e.getMessage()));
        }
        return null;
    }
}
