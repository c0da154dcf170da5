package org.civicplan.appendix.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.appendix.AppendixTable;
import org.civicplan.appendix.Field;
import org.civicplan.appendix.Location;

/**
 * A table's recognised header: which grid column holds which field, and every column's heading as
 * written. Built from one header row, or two when the second refines the first (a "Thời gian"
 * group over "Bắt đầu" and "Hoàn thành"; "Đơn vị thực hiện" over "Chủ trì" and "Phối hợp").
 */
final class Header {
    private final Location place;
    private final Field[] fieldAt;
    private final String[] headings;
    private final Map<Field, Integer> columns;

    private Header(Location place, Field[] fieldAt, String[] headings, Map<Field, Integer> columns) {
        this.place = place;
        this.fieldAt = fieldAt;
        this.headings = headings;
        this.columns = columns;
    }

    /**
     * True when the row reads as a header: a task column, at least one other of the usual ones, and
     * most of its texts headings (an item whose task mentions "nhiệm vụ" is not a header).
     */
    static boolean looksLikeHeader(RawRow row, Headings.Memo headings) {
        int texts = 0;
        for (RawCell c : row.cells()) {
            if (!c.blank() && !c.continues(row.number())) {
                texts++;
            }
        }
        if (texts < 2) {
            return false;
        }
        // at least three in five texts must be headings: stop at the first miss too many, looking
        // first at the texts already known (no letter, too long, met before), as a data row's are,
        // and asking each one's memo only when the misses so far leave the row a chance (the order
        // does not change the answer: the misses only add up, and the memo learns only in pass 1)
        int missesAllowed = texts * 2 / 5;
        List<RawCell> cells = row.cells();
        int number = row.number();
        boolean[] unknown = null;
        boolean task = false;
        int matched = 0;
        int misses = 0;
        for (int i = 0; i < cells.size(); i++) {
            RawCell c = cells.get(i);
            if (c.blank() || c.continues(number)) {
                continue;
            }
            Headings.Match m = headings.known(c.text());
            if (m == null) {
                if (unknown == null) {
                    unknown = new boolean[cells.size()];
                }
                unknown[i] = true;
            } else if (m == Headings.Memo.NONE) {
                if (++misses > missesAllowed) {
                    return false;
                }
            } else {
                matched++;
                task |= m.field() == Field.TASK;
            }
        }
        for (int i = 0; unknown != null && i < unknown.length; i++) {
            if (!unknown[i]) {
                continue;
            }
            Headings.Match m = headings.read(cells.get(i).text());
            if (m == null) {
                if (++misses > missesAllowed) {
                    return false;
                }
                continue;
            }
            matched++;
            task |= m.field() == Field.TASK;
        }
        return task && matched >= 2 && matched * 5 >= texts * 3;
    }

    /**
     * True when {@code row}, right under {@code top}, refines it: each of its own texts is a heading
     * or lies under a heading spanning several columns.
     */
    static boolean refines(RawRow top, RawRow row) {
        int own = 0;
        for (RawCell c : row.cells()) {
            if (c.blank() || c.continues(row.number())) {
                continue;
            }
            own++;
            RawCell above = top.covering(c.column());
            if (c.span() > (above == null ? 1 : above.span())) {
                // wider than the heading above it: a group row under the header, not a sub-heading
                return false;
            }
            boolean underGroup = above != null && above.span() > 1;
            if (!underGroup && Headings.match(c.text()) == null) {
                return false;
            }
        }
        return own > 0;
    }

    static Header of(Location place, RawRow top, RawRow sub) {
        int width = width(top);
        if (sub != null) {
            width = Math.max(width, width(sub));
        }
        Field[] fieldAt = new Field[width];
        String[] headings = new String[width];
        int[] score = new int[width];
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        for (int c = 0; c < width; c++) {
            RawCell upper = top.covering(c);
            String topText = upper == null ? "" : upper.text().strip();
            RawCell lower = sub == null ? null : sub.covering(c);
            boolean refined = lower != null && !lower.blank() && !lower.continues(sub.number());
            RawCell leaf = refined ? lower : upper;
            headings[c] = "";
            if (leaf == null || leaf.column() != c) {
                continue;
            }
            String subText = refined ? lower.text().strip() : "";
            headings[c] = (refined ? subText : topText).replace('\n', ' ');
            Headings.Match m = refined ? Headings.match(subText) : null;
            if (m == null && refined) {
                m = Headings.match(topText + " " + subText);
            }
            if (m == null) {
                m = Headings.match(topText);
            }
            if (m == null) {
                continue;
            }
            Integer held = columns.get(m.field());
            if (held == null || score[held] < m.score()) {
                if (held != null) {
                    fieldAt[held] = null;
                }
                columns.put(m.field(), c);
                fieldAt[c] = m.field();
                score[c] = m.score();
            }
        }
        return new Header(place, fieldAt, headings, columns);
    }

    private static int width(RawRow row) {
        int w = 0;
        for (RawCell c : row.cells()) {
            w = Math.max(w, c.column() + c.span());
        }
        return w;
    }

    /** The same columns for a Word table that continues this one. */
    Header continuedAt(Location newPlace) {
        return new Header(newPlace, fieldAt, headings, columns);
    }

    int width() {
        return fieldAt.length;
    }

    Field fieldAt(int column) {
        return column < fieldAt.length ? fieldAt[column] : null;
    }

    Optional<Integer> column(Field field) {
        return Optional.ofNullable(columns.get(field));
    }

    String heading(int column) {
        return column < headings.length ? headings[column] : "";
    }

    Optional<String> headingOf(int column) {
        String h = heading(column);
        return h.isEmpty() ? Optional.empty() : Optional.of(h);
    }

    AppendixTable describe(boolean continued) {
        return new AppendixTable(place, columns, List.of(headings), continued);
    }
}
