package org.civicplan.storage.json;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.civicplan.core.Labelled;
import org.civicplan.core.model.UnitCode;

/**
 * How one unit reference of a version-2 file ({@code leadUnits}, {@code coordinatingUnits},
 * {@code reportingUnit}, {@code responsible.unit}) was resolved over the file's unit directory, with
 * its place in the file. Ambiguous and unknown names, and a collective or list where one unit is
 * needed, are also problems of the reading (it fails); a collective reference among the lead or
 * coordinating units is kept as written and names no unit.
 *
 * @param text the reference exactly as written
 * @param units the units it resolved to, in written order (none when collective, ambiguous or
 *     unknown; those a list named when it was {@link How#NOT_ONE})
 * @param candidates the units an ambiguous name answers to
 */
public record UnitNameResolution(
        String file,
        int line,
        int column,
        String pointer,
        String text,
        How how,
        List<UnitCode> units,
        List<UnitCode> candidates) {
    public UnitNameResolution {
        requireNonNull(file, "file is null");
        requireNonNull(pointer, "pointer is null");
        requireNonNull(text, "text is null");
        requireNonNull(how, "how is null");
        units = List.copyOf(units);
        candidates = List.copyOf(candidates);
    }

    /** {@code file:line:column /pointer}, as problems print their place. */
    public String location() {
        return file + ":" + line + ":" + column + " " + pointer;
    }

    /** How a reference was resolved. */
    public enum How implements Labelled {
        /** A unit code of the directory, as version 1 requires. */
        CODE("code", "theo mã", "by code"),
        /** The unit's full or short name, up to letter case and diacritics. */
        NAME("name", "theo tên", "by name"),
        /** An abbreviation, alias, spelling variant or compressed list ("Sở KH-ĐT", "các Sở: Tài chính, Nội vụ"). */
        ALIAS("alias", "theo tên viết tắt / bí danh", "by alias"),
        /** A collective reference ("các sở, ban, ngành"): kept as written, no unit named. */
        COLLECTIVE("collective", "chỉ chung nhiều đơn vị", "collective"),
        /** Several units answer to it: a problem, none is picked. */
        AMBIGUOUS("ambiguous", "nhập nhằng", "ambiguous"),
        /** No unit answers to it: a problem. */
        UNKNOWN("unknown", "không tìm thấy", "unknown"),
        /**
         * A collective reference or a list where exactly one unit is needed ({@code reportingUnit},
         * {@code responsible.unit}): a problem.
         */
        NOT_ONE("not-one", "không phải một đơn vị", "not one unit");

        private final String code;
        private final String vi;
        private final String en;

        How(String code, String vi, String en) {
            this.code = code;
            this.vi = vi;
            this.en = en;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String vi() {
            return vi;
        }

        @Override
        public String en() {
            return en;
        }
    }
}
