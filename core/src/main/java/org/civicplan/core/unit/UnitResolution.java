package org.civicplan.core.unit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.model.UnitKind;

/** What a unit name as written was resolved to. */
public sealed interface UnitResolution {

    /** One directory unit. */
    record Resolved(UnitCode unit) implements UnitResolution {
        public Resolved {
            requireNonNull(unit, "unit is null");
        }
    }

    /** A compressed list ("các Sở: Tài chính, Nội vụ"), each member resolved on its own, in written order. */
    record Several(List<UnitResolution> members) implements UnitResolution {
        public Several {
            members = List.copyOf(members);
            if (members.size() < 2) {
                throw new IllegalArgumentException("a list has at least two members");
            }
        }
    }

    /**
     * A collective reference that names no one unit ("các sở, ban, ngành", "UBND các quận, huyện,
     * thị xã"): the kinds of unit it covers, and whether it also covers units of no stated kind
     * ("các đơn vị liên quan").
     */
    record Collective(Set<UnitKind> kinds, boolean unspecified) implements UnitResolution {
        public Collective {
            requireNonNull(kinds, "kinds is null");
            kinds = kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
            if (kinds.isEmpty() && !unspecified) {
                throw new IllegalArgumentException("a collective covers some kind of unit");
            }
        }

        /**
         * The directory units the collective covers, in Vietnamese name order: units of the named
         * kinds in the province or city of {@code context} (anywhere when the context is a central
         * body). Units of no stated kind are never expanded, since "các đơn vị liên quan" leaves the
         * choice to the reader.
         */
        public List<OrgUnit> expand(UnitResolver resolver, UnitCode context) {
            UnitDirectory directory = resolver.directory();
            var province = resolver.provinceOf(context);
            List<OrgUnit> out = new ArrayList<>();
            for (OrgUnit unit : directory.sorted()) {
                if (kinds.contains(unit.kind())
                        && (province.isEmpty() || province.equals(resolver.provinceOf(unit.code())))) {
                    out.add(unit);
                }
            }
            return out;
        }
    }

    /**
     * The name does not decide the unit; none is picked. Usually several directory units answer to
     * it; a place name alone ("Hoàn Kiếm") has the local units of that name as candidates, possibly
     * one, since it may also mean a body of that place the directory does not hold.
     */
    record Ambiguous(List<UnitCode> candidates) implements UnitResolution {
        public Ambiguous {
            candidates = List.copyOf(candidates);
            if (candidates.isEmpty()) {
                throw new IllegalArgumentException("ambiguity needs at least one candidate");
            }
        }
    }

    /** No directory unit answers to the name. */
    record Unknown() implements UnitResolution {
        static final Unknown INSTANCE = new Unknown();
    }
}
