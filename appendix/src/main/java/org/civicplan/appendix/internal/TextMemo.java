package org.civicplan.appendix.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The results of a pure reading of a cell text, kept for one reading of one file: appendix columns
 * repeat the same lead units, coordinating units and deadlines row after row ("Sở Tài chính", "Quý
 * IV/2021"), so each distinct text is read once. Keeps the first {@value #MAX_ENTRIES} distinct
 * texts of at most {@value #MAX_TEXT} characters, then only reads, so memory does not grow with the
 * rows. The results must be immutable; problems found in them are reported at each cell by the
 * caller, as before.
 */
final class TextMemo<V> {
    static final int MAX_ENTRIES = 2048;
    static final int MAX_TEXT = 300;

    private final Function<String, V> read;
    private final Map<String, V> seen = new HashMap<>();

    TextMemo(Function<String, V> read) {
        this.read = read;
    }

    V get(String text) {
        if (text.length() > MAX_TEXT) {
            return read.apply(text);
        }
        V v = seen.get(text);
        if (v == null) {
            v = read.apply(text);
            if (seen.size() < MAX_ENTRIES) {
                seen.put(text, v);
            }
        }
        return v;
    }
}
