package org.civicplan.core.spi;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.civicplan.core.DanglingReferenceException;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.UnitCode;

/**
 * The one check of references every store and service runs before a write: an item's plan, lead,
 * coordinating and reporting units, indicators and prerequisites, and a measurement's indicator and
 * reporting unit must exist. A reference to nothing is a {@link DanglingReferenceException} naming
 * the entity and the field; a file reader turns each {@link Dangling} into a located problem.
 */
public final class References {
    private References() {}

    /** What exists, asked one reference at a time. */
    public interface Known {
        boolean plan(PlanId id);

        boolean unit(UnitCode code);

        boolean indicator(IndicatorCode code);

        boolean item(ItemId id);

        /**
         * What is known about the references of {@code item}, asked before its references are: a
         * store that can answer them all in one query returns that answer (the JDBC store does).
         */
        default Known about(Item item) {
            return this;
        }

        /** What is known about the references of {@code measurement}; see {@link #about(Item)}. */
        default Known about(Measurement measurement) {
            return this;
        }

        /** What this or {@code other} knows. */
        default Known or(Known other) {
            requireNonNull(other, "other is null");
            Known self = this;
            return new Known() {
                @Override
                public boolean plan(PlanId id) {
                    return self.plan(id) || other.plan(id);
                }

                @Override
                public boolean unit(UnitCode code) {
                    return self.unit(code) || other.unit(code);
                }

                @Override
                public boolean indicator(IndicatorCode code) {
                    return self.indicator(code) || other.indicator(code);
                }

                @Override
                public boolean item(ItemId id) {
                    return self.item(id) || other.item(id);
                }
            };
        }
    }

    /**
     * One reference to nothing. {@code path} leads from the referring entity to the reference:
     * property names, and the index in a list ({@code ["assignment", "leadUnits", 0]}).
     */
    public record Dangling(String entityType, String entityId, List<Object> path, String targetType, String targetId) {
        public Dangling {
            requireNonNull(entityType, "entityType is null");
            requireNonNull(entityId, "entityId is null");
            path = List.copyOf(path);
            requireNonNull(targetType, "targetType is null");
            requireNonNull(targetId, "targetId is null");
        }

        /** The field as an API caller names it: {@code assignment.leadUnits}, {@code plan}. */
        public String field() {
            StringBuilder s = new StringBuilder();
            for (Object p : path) {
                if (p instanceof String name) {
                    s.append(s.isEmpty() ? "" : ".").append(name);
                }
            }
            return s.toString();
        }

        public DanglingReferenceException exception() {
            return new DanglingReferenceException(entityType, entityId, field(), targetType, targetId);
        }
    }

    /** The store's repositories, asked for each reference (inside the caller's transaction, if any). */
    public static Known in(PortfolioStore store) {
        requireNonNull(store, "store is null");
        return new Known() {
            @Override
            public boolean plan(PlanId id) {
                return store.plans().find(id).isPresent();
            }

            @Override
            public boolean unit(UnitCode code) {
                return store.units().find(code).isPresent();
            }

            @Override
            public boolean indicator(IndicatorCode code) {
                return store.indicators().find(code).isPresent();
            }

            @Override
            public boolean item(ItemId id) {
                return store.items().find(id).isPresent();
            }
        };
    }

    /** What the given sets hold (each is used as it is, not copied). */
    public static Known of(Set<PlanId> plans, Set<UnitCode> units, Set<IndicatorCode> indicators, Set<ItemId> items) {
        requireNonNull(plans, "plans is null");
        requireNonNull(units, "units is null");
        requireNonNull(indicators, "indicators is null");
        requireNonNull(items, "items is null");
        return new Known() {
            @Override
            public boolean plan(PlanId id) {
                return plans.contains(id);
            }

            @Override
            public boolean unit(UnitCode code) {
                return units.contains(code);
            }

            @Override
            public boolean indicator(IndicatorCode code) {
                return indicators.contains(code);
            }

            @Override
            public boolean item(ItemId id) {
                return items.contains(id);
            }
        };
    }

    /** What the portfolio itself holds. */
    public static Known in(Portfolio portfolio) {
        requireNonNull(portfolio, "portfolio is null");
        Set<PlanId> plans = new HashSet<>();
        portfolio.plans().forEach(p -> plans.add(p.id()));
        Set<UnitCode> units = new HashSet<>();
        portfolio.units().stream().map(OrgUnit::code).forEach(units::add);
        Set<IndicatorCode> indicators = new HashSet<>();
        portfolio.indicators().forEach(i -> indicators.add(i.code()));
        Set<ItemId> items = new HashSet<>();
        portfolio.items().forEach(i -> items.add(i.id()));
        return of(plans, units, indicators, items);
    }

    /**
     * {@code known}, remembering what it answered yes to: for a stream of measurements that name the
     * same few indicators and units again and again.
     */
    public static Known remembering(Known known) {
        requireNonNull(known, "known is null");
        Set<Object> yes = new HashSet<>();
        return new Known() {
            @Override
            public boolean plan(PlanId id) {
                return ask(id, known::plan);
            }

            @Override
            public boolean unit(UnitCode code) {
                return ask(code, known::unit);
            }

            @Override
            public boolean indicator(IndicatorCode code) {
                return ask(code, known::indicator);
            }

            @Override
            public boolean item(ItemId id) {
                return ask(id, known::item);
            }

            @SuppressWarnings("unchecked")
            private <T> boolean ask(T key, Predicate<? super T> question) {
                if (yes.contains(key)) {
                    return true;
                }
                boolean answer = ((Predicate<Object>) question).test(key);
                if (answer) {
                    yes.add(key);
                }
                return answer;
            }
        };
    }

    /** The item's references to nothing, in field order. */
    public static List<Dangling> dangling(Item item, Known asked) {
        Known known = asked.about(item);
        List<Dangling> out = new ArrayList<>();
        String id = item.id().value();
        if (!known.plan(item.plan())) {
            out.add(new Dangling(
                    "item", id, List.of("plan"), "plan", item.plan().value()));
        }
        units(out, id, List.of("assignment", "leadUnits"), item.assignment().leadUnits(), known);
        units(
                out,
                id,
                List.of("assignment", "coordinatingUnits"),
                item.assignment().coordinatingUnits(),
                known);
        item.assignment().reportingUnit().ifPresent(u -> {
            if (!known.unit(u)) {
                out.add(new Dangling("item", id, List.of("assignment", "reportingUnit"), "unit", u.value()));
            }
        });
        for (int i = 0; i < item.indicators().size(); i++) {
            IndicatorCode code = item.indicators().get(i);
            if (!known.indicator(code)) {
                out.add(new Dangling("item", id, List.of("indicators", i), "indicator", code.value()));
            }
        }
        for (int i = 0; i < item.prerequisites().size(); i++) {
            ItemId prerequisite = item.prerequisites().get(i);
            if (!known.item(prerequisite)) {
                out.add(new Dangling("item", id, List.of("prerequisites", i), "item", prerequisite.value()));
            }
        }
        return out;
    }

    private static void units(List<Dangling> out, String id, List<Object> field, List<UnitCode> units, Known known) {
        for (int i = 0; i < units.size(); i++) {
            if (!known.unit(units.get(i))) {
                List<Object> path = new ArrayList<>(field);
                path.add(i);
                out.add(new Dangling("item", id, path, "unit", units.get(i).value()));
            }
        }
    }

    /** The measurement's references to nothing. */
    public static List<Dangling> dangling(Measurement m, Known asked) {
        Known known = asked.about(m);
        List<Dangling> out = new ArrayList<>(0);
        if (!known.indicator(m.indicator())) {
            out.add(new Dangling(
                    "measurement",
                    m.key(),
                    List.of("indicator"),
                    "indicator",
                    m.indicator().value()));
        }
        if (!known.unit(m.reportedBy())) {
            out.add(new Dangling(
                    "measurement",
                    m.key(),
                    List.of("reportedBy"),
                    "unit",
                    m.reportedBy().value()));
        }
        return out;
    }

    /** Throws the item's first reference to nothing, if any. */
    public static void check(Item item, Known known) {
        List<Dangling> d = dangling(item, known);
        if (!d.isEmpty()) {
            throw d.get(0).exception();
        }
    }

    /** Throws the measurement's first reference to nothing, if any. */
    public static void check(Measurement m, Known known) {
        List<Dangling> d = dangling(m, known);
        if (!d.isEmpty()) {
            throw d.get(0).exception();
        }
    }

    /**
     * Checks a whole portfolio about to be imported into a store that already holds {@code
     * existing}: each reference must name something in the portfolio or in the store.
     */
    public static void check(Portfolio portfolio, Known existing) {
        Known known = in(portfolio).or(remembering(existing));
        portfolio.items().forEach(i -> check(i, known));
        portfolio.measurements().forEach(m -> check(m, known));
    }

    /** The items of {@code delegate}, each write checked against {@code known} first. */
    public static ItemRepository checking(ItemRepository delegate, Known known) {
        return new CheckedItems(delegate, known);
    }

    /** The measurements of {@code delegate}, each write checked against {@code known} first. */
    public static MeasurementRepository checking(MeasurementRepository delegate, Known known) {
        return new CheckedMeasurements(delegate, known);
    }
}
