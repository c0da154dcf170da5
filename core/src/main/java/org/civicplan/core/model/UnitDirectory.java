package org.civicplan.core.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;
import org.civicplan.core.text.VietnameseText;

/**
 * The directory of org units (danh mục đơn vị) as an immutable tree: look-up by code, children,
 * the chain of parents, and listing in Vietnamese name order.
 */
public final class UnitDirectory {
    private final Map<UnitCode, OrgUnit> units;
    private final Map<UnitCode, List<OrgUnit>> children;
    // every unit in Vietnamese name order, sorted once: the roots and each unit's children are taken
    // from it in order, which is how sorting each of them would order them (the sort is stable), and
    // a Vietnamese comparison is slow enough that sorting again on each call was a good part of
    // reading a portfolio file (docs/cli.md, "Start-up")
    private final List<OrgUnit> sorted;

    private UnitDirectory(Map<UnitCode, OrgUnit> units) {
        this.units = units;
        List<OrgUnit> all = new ArrayList<>(units.values());
        if (all.size() > 1) {
            all.sort(VietnameseText.byName(OrgUnit::name));
        }
        this.sorted = List.copyOf(all);
        Map<UnitCode, List<OrgUnit>> byParent = new LinkedHashMap<>();
        for (OrgUnit unit : units.values()) {
            unit.parent().ifPresent(p -> byParent.computeIfAbsent(p, k -> new ArrayList<>()));
        }
        for (OrgUnit unit : sorted) {
            unit.parent().ifPresent(p -> byParent.get(p).add(unit));
        }
        byParent.replaceAll((k, v) -> List.copyOf(v));
        this.children = byParent;
    }

    /**
     * Builds a directory. Duplicate codes, unknown parents and parent cycles are refused with the
     * unit named, since a directory with them cannot answer "who is above whom".
     */
    public static UnitDirectory of(Collection<OrgUnit> list) {
        Map<UnitCode, OrgUnit> byCode = new LinkedHashMap<>();
        for (OrgUnit unit : list) {
            if (byCode.putIfAbsent(unit.code(), unit) != null) {
                throw new InvalidInputException(Message.of(
                        "mã đơn vị \"" + unit.code() + "\" bị trùng", "duplicate unit code \"" + unit.code() + "\""));
            }
        }
        for (OrgUnit unit : byCode.values()) {
            Set<UnitCode> seen = new HashSet<>();
            Optional<UnitCode> parent = unit.parent();
            seen.add(unit.code());
            while (parent.isPresent()) {
                OrgUnit up = byCode.get(parent.get());
                if (up == null) {
                    throw new InvalidInputException(Message.of(
                            "đơn vị " + unit.code() + " có đơn vị cấp trên \"" + parent.get()
                                    + "\" không có trong danh mục",
                            "unit " + unit.code() + " has unknown parent \"" + parent.get() + "\""));
                }
                if (!seen.add(up.code())) {
                    throw new InvalidInputException(Message.of(
                            "đơn vị " + unit.code() + " nằm trong một vòng cấp trên qua " + up.code(),
                            "unit " + unit.code() + " is in a parent cycle through " + up.code()));
                }
                parent = up.parent();
            }
        }
        return new UnitDirectory(byCode);
    }

    public static UnitDirectory empty() {
        return new UnitDirectory(Map.of());
    }

    public Optional<OrgUnit> find(UnitCode code) {
        return Optional.ofNullable(units.get(code));
    }

    public boolean contains(UnitCode code) {
        return units.containsKey(code);
    }

    public int size() {
        return units.size();
    }

    /** The units directly under {@code code}, in Vietnamese name order. */
    public List<OrgUnit> children(UnitCode code) {
        return children.getOrDefault(code, List.of());
    }

    /** The unit's parents, nearest first. */
    public List<OrgUnit> ancestors(UnitCode code) {
        List<OrgUnit> chain = new ArrayList<>();
        Optional<UnitCode> parent = find(code).flatMap(OrgUnit::parent);
        while (parent.isPresent()) {
            OrgUnit up = units.get(parent.get());
            chain.add(up);
            parent = up.parent();
        }
        return chain;
    }

    /** The units with no parent, in Vietnamese name order. */
    public List<OrgUnit> roots() {
        List<OrgUnit> roots = new ArrayList<>();
        for (OrgUnit unit : sorted) {
            if (unit.parent().isEmpty()) {
                roots.add(unit);
            }
        }
        return roots;
    }

    /** All units in Vietnamese name order. */
    public List<OrgUnit> sorted() {
        return new ArrayList<>(sorted);
    }

    /** The display name of a unit, or its code when it is not in the directory. */
    public String nameOf(UnitCode code) {
        OrgUnit unit = units.get(code);
        return unit == null ? code.value() : unit.displayName();
    }
}
