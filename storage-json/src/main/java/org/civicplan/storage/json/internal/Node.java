package org.civicplan.storage.json.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value with the place it was read from. Small, and unchanging once built but for its JSON
 * pointer, which is spelled out on first use (most values never need it, and building a string for
 * each of a million values was a fifth of the reading time) and then kept: a node belongs to the
 * thread reading the file, and must be handed to another thread only through a safe publication
 * (a concurrent collection, a lock) once its pointer has been asked for.
 */
public final class Node {
    public enum Type {
        OBJECT("một đối tượng", "an object"),
        ARRAY("một mảng", "an array"),
        STRING("một chuỗi", "a string"),
        NUMBER("một số", "a number"),
        BOOLEAN("true/false", "true/false"),
        NULL("null", "null");

        final String vi;
        final String en;

        Type(String vi, String en) {
            this.vi = vi;
            this.en = en;
        }
    }

    private final Type type;
    /** A {@code String}, or a {@link Child} not yet spelled out. */
    private Object pointer;

    private final int line;
    private final int column;
    private final Object value;

    /** {@code pointer}: a JSON pointer, or a {@link Child} of one. */
    Node(Type type, Object pointer, int line, int column, Object value) {
        this.type = type;
        this.pointer = pointer;
        this.line = line;
        this.column = column;
        this.value = value;
    }

    public Type type() {
        return type;
    }

    public String pointer() {
        String spelled = spell(pointer);
        pointer = spelled;
        return spelled;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public boolean isNull() {
        return type == Type.NULL;
    }

    public String string() {
        return (String) value;
    }

    public BigDecimal number() {
        return (BigDecimal) value;
    }

    public boolean bool() {
        return (Boolean) value;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Node> fields() {
        return type == Type.OBJECT ? (Map<String, Node>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    public List<Node> elements() {
        return type == Type.ARRAY ? (List<Node>) value : List.of();
    }

    public Node field(String name) {
        return fields().get(name);
    }

    /** The value as it appeared, for messages: strings quoted, containers abbreviated. */
    public String shown() {
        return switch (type) {
            case STRING -> "\"" + abbreviate(string()) + "\"";
            case NUMBER -> number().toString();
            case BOOLEAN -> String.valueOf(value);
            case NULL -> "null";
            case OBJECT -> "{…}";
            case ARRAY -> "[…]";
        };
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }

    static Map<String, Node> newFields() {
        return new LinkedHashMap<>();
    }

    static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    /** The place of a member ({@code key} a property name) or element ({@code key} an index) of {@code parent}. */
    record Child(Object parent, Object key) {}

    /**
     * The element of an array that a reader is at, moved on from element to element, so that
     * reading a million elements makes no pointer for each: only where reading is ({@link
     * TreeReader#pointAt}), spelled at once when a problem is found there; never a node's pointer,
     * which must not change ({@link #fixed}).
     */
    static final class Element {
        private final String array;
        private int index;

        Element(String array) {
            this.array = array;
        }

        /** Moves to element {@code i}; returns this. */
        Element at(int i) {
            index = i;
            return this;
        }
    }

    /** The pointer as it stands now: an {@link Element} as a {@link Child}; any other unchanged. */
    static Object fixed(Object pointer) {
        return pointer instanceof Element e ? new Child(e.array, e.index) : pointer;
    }

    /** A pointer given as a string, a {@link Child} or an {@link Element}, spelled out. */
    static String spell(Object pointer) {
        if (pointer instanceof String s) {
            return s;
        }
        if (pointer instanceof Element e) {
            return child(e.array, e.index);
        }
        Child c = (Child) pointer;
        String parent = spell(c.parent());
        return c.key() instanceof String name ? child(parent, name) : child(parent, (Integer) c.key());
    }
}
