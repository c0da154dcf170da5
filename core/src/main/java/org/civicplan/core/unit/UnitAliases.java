package org.civicplan.core.unit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.model.UnitKind;
import org.civicplan.core.text.VietnameseText;

/**
 * Names a directory unit answers to besides its full and short name: registered aliases ("UBND
 * Thành phố" for the city's People's Committee, "Bộ Nông nghiệp và PTNT"), and for the units at the
 * top of a province or centrally-run city the names of that place ("Hà Nội", "thành phố Hà Nội",
 * "TP Hà Nội"), which qualify a name ("Sở Kế hoạch và Đầu tư thành phố Hà Nội") and tell which of
 * the same-named departments of several provinces is meant.
 *
 * @param aliases by unit, in registration order
 * @param places by unit at the top of a province or city
 */
public record UnitAliases(Map<UnitCode, List<String>> aliases, Map<UnitCode, List<String>> places) {
    public UnitAliases {
        aliases = copy(requireNonNull(aliases, "aliases is null"));
        places = copy(requireNonNull(places, "places is null"));
    }

    public static UnitAliases none() {
        return new UnitAliases(Map.of(), Map.of());
    }

    private static final List<String> LOCAL_PREFIXES = List.of("uy ban nhan dan ", "ubnd ");
    private static final List<String> PLACE_TERMS = List.of("thanh pho ", "tinh ");

    /**
     * What a directory says by itself: the aliases registered on its units ({@link OrgUnit#aliases})
     * and, for each People's Committee at the top of the directory, the place it governs taken from
     * its name ("Ủy ban nhân dân thành phố Hà Nội": "thành phố Hà Nội", "Hà Nội"), so that a name in
     * a plan of that city means its own unit ("Sở Tài chính" in a Hanoi plan is Hanoi's).
     */
    public static UnitAliases of(UnitDirectory directory) {
        Builder out = builder();
        for (OrgUnit unit : directory.sorted()) {
            unit.aliases().forEach(a -> out.alias(unit.code(), a));
        }
        for (OrgUnit root : directory.roots()) {
            if (root.kind() != UnitKind.PEOPLES_COMMITTEE) {
                continue;
            }
            String name = VietnameseText.fold(root.name());
            for (String prefix : LOCAL_PREFIXES) {
                if (name.startsWith(prefix) && name.length() > prefix.length()) {
                    String place = name.substring(prefix.length());
                    out.place(root.code(), place);
                    for (String term : PLACE_TERMS) {
                        if (place.startsWith(term) && place.length() > term.length()) {
                            out.place(root.code(), place.substring(term.length()));
                        }
                    }
                }
            }
        }
        return out.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<String> aliasesOf(UnitCode code) {
        return aliases.getOrDefault(code, List.of());
    }

    public List<String> placesOf(UnitCode code) {
        return places.getOrDefault(code, List.of());
    }

    private static Map<UnitCode, List<String>> copy(Map<UnitCode, List<String>> map) {
        Map<UnitCode, List<String>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(requireNonNull(k, "code is null"), List.copyOf(v)));
        return Map.copyOf(out);
    }

    /** Collects aliases and place names unit by unit. */
    public static final class Builder {
        private final Map<UnitCode, List<String>> aliases = new LinkedHashMap<>();
        private final Map<UnitCode, List<String>> places = new LinkedHashMap<>();

        private Builder() {}

        public Builder alias(UnitCode code, String alias) {
            aliases.computeIfAbsent(code, k -> new ArrayList<>()).add(requireNonNull(alias, "alias is null"));
            return this;
        }

        public Builder place(UnitCode code, String place) {
            places.computeIfAbsent(code, k -> new ArrayList<>()).add(requireNonNull(place, "place is null"));
            return this;
        }

        public UnitAliases build() {
            return new UnitAliases(aliases, places);
        }
    }
}
