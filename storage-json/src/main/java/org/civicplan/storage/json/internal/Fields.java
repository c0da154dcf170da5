package org.civicplan.storage.json.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An object's properties in the order read: two parallel arrays searched in order. A civicplan
 * object has a handful of properties and a file has up to millions of objects, where a {@code
 * LinkedHashMap} (a table and an entry per property) cost more than the search. Keys are compared
 * by their cached hash first. Holds each key once: the reader keeps the first of duplicates.
 */
final class Fields extends AbstractMap<String, Node> {
    private String[] names = new String[8];
    private Node[] values = new Node[8];
    private int size;

    @Override
    public int size() {
        return size;
    }

    private int indexOf(Object key) {
        if (!(key instanceof String name)) {
            return -1;
        }
        int hash = name.hashCode();
        for (int i = 0; i < size; i++) {
            String n = names[i];
            if (n == name || (n.hashCode() == hash && n.equals(name))) {
                return i;
            }
        }
        return -1;
    }

    String name(int index) {
        return names[index];
    }

    Node value(int index) {
        return values[index];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Node get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    /** Adds a property, or replaces the value of one already there. */
    @Override
    public Node put(String name, Node value) {
        int i = indexOf(name);
        if (i >= 0) {
            Node old = values[i];
            values[i] = value;
            return old;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size] = value;
        size++;
        return null;
    }

    @Override
    public Set<Entry<String, Node>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<String, Node>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, Node> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, Node> e = new SimpleImmutableEntry<>(names[next], values[next]);
                        next++;
                        return e;
                    }
                };
            }
        };
    }
}
