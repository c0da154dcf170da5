package org.civicplan.storage.jdbc.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.spi.References;
import org.jdbi.v3.core.statement.Query;

/**
 * What the database holds, for the reference check every store runs ({@link References}): the
 * references of one item or measurement are looked up in one statement (a {@code UNION ALL} of one
 * {@code IN} list per kind), one reference alone in one statement of its own.
 */
public final class ReferenceQueries implements References.Known {
    private final Db db;

    public ReferenceQueries(Db db) {
        this.db = requireNonNull(db, "db is null");
    }

    @Override
    public boolean plan(PlanId id) {
        return lookup(Set.of(id.value()), Set.of(), Set.of(), Set.of()).plan(id);
    }

    @Override
    public boolean unit(UnitCode code) {
        return lookup(Set.of(), Set.of(code.value()), Set.of(), Set.of()).unit(code);
    }

    @Override
    public boolean indicator(IndicatorCode code) {
        return lookup(Set.of(), Set.of(), Set.of(code.value()), Set.of()).indicator(code);
    }

    @Override
    public boolean item(ItemId id) {
        return lookup(Set.of(), Set.of(), Set.of(), Set.of(id.value())).item(id);
    }

    @Override
    public References.Known about(Item item) {
        Set<String> units = new LinkedHashSet<>();
        item.assignment().leadUnits().forEach(u -> units.add(u.value()));
        item.assignment().coordinatingUnits().forEach(u -> units.add(u.value()));
        item.assignment().reportingUnit().ifPresent(u -> units.add(u.value()));
        Set<String> indicators = new LinkedHashSet<>();
        item.indicators().forEach(i -> indicators.add(i.value()));
        Set<String> items = new LinkedHashSet<>();
        item.prerequisites().forEach(i -> items.add(i.value()));
        return lookup(Set.of(item.plan().value()), units, indicators, items);
    }

    @Override
    public References.Known about(Measurement m) {
        return lookup(
                Set.of(), Set.of(m.reportedBy().value()), Set.of(m.indicator().value()), Set.of());
    }

    private References.Known lookup(Set<String> plans, Set<String> units, Set<String> indicators, Set<String> items) {
        List<String> parts = new ArrayList<>(4);
        if (!plans.isEmpty()) {
            parts.add(
                    "SELECT 'P' AS k, plan_id AS v FROM plans WHERE portfolio_id = :portfolio AND plan_id IN (<plans>)");
        }
        if (!units.isEmpty()) {
            parts.add("SELECT 'U' AS k, unit_code AS v FROM units WHERE portfolio_id = :portfolio"
                    + " AND unit_code IN (<units>)");
        }
        if (!indicators.isEmpty()) {
            parts.add("SELECT 'I' AS k, indicator_code AS v FROM indicators WHERE portfolio_id = :portfolio"
                    + " AND indicator_code IN (<indicators>)");
        }
        if (!items.isEmpty()) {
            parts.add("SELECT 'T' AS k, item_id AS v FROM items WHERE portfolio_id = :portfolio"
                    + " AND item_id IN (<items>)");
        }
        Set<PlanId> foundPlans = new HashSet<>();
        Set<UnitCode> foundUnits = new HashSet<>();
        Set<IndicatorCode> foundIndicators = new HashSet<>();
        Set<ItemId> foundItems = new HashSet<>();
        if (!parts.isEmpty()) {
            db.run(Op.read("reference", null), h -> {
                Query q = h.createQuery(String.join(" UNION ALL ", parts)).bind("portfolio", db.portfolio());
                if (!plans.isEmpty()) {
                    q.bindList("plans", List.copyOf(plans));
                }
                if (!units.isEmpty()) {
                    q.bindList("units", List.copyOf(units));
                }
                if (!indicators.isEmpty()) {
                    q.bindList("indicators", List.copyOf(indicators));
                }
                if (!items.isEmpty()) {
                    q.bindList("items", List.copyOf(items));
                }
                q.map((rs, ctx) -> {
                            String value = rs.getString(2);
                            switch (rs.getString(1).strip()) {
                                case "P" -> foundPlans.add(PlanId.of(value));
                                case "U" -> foundUnits.add(UnitCode.of(value));
                                case "I" -> foundIndicators.add(IndicatorCode.of(value));
                                default -> foundItems.add(ItemId.of(value));
                            }
                            return value;
                        })
                        .list();
                return null;
            });
        }
        return References.of(foundPlans, foundUnits, foundIndicators, foundItems);
    }
}
