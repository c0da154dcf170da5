package org.civicplan.appendix;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A table the reader recognised as an appendix, told before its rows.
 *
 * @param location the header's first row
 * @param columns the recognised columns and their 0-based positions
 * @param headings every column's heading as written, by position ("" for a column without one)
 * @param continued true for a Word table without a header of its own that continues the table
 *     before it (a table split across pages)
 */
public record AppendixTable(Location location, Map<Field, Integer> columns, List<String> headings, boolean continued) {
    public AppendixTable {
        requireNonNull(location, "location is null");
        columns = columns.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(columns));
        headings = List.copyOf(headings);
    }
}
