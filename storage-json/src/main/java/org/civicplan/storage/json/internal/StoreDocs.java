package org.civicplan.storage.json.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.UnitCode;

/**
 * The documents of the file store, as values: a change makes a new document, written with the next
 * {@code documentVersion}. Their JSON form is their {@link DocKind}, in the codec of the aggregate
 * each holds.
 */
public final class StoreDocs {
    private StoreDocs() {}

    /** A store document: one file. */
    public interface Doc {
        long documentVersion();
    }

    public record Meta(long documentVersion, PortfolioId id, String name) implements Doc {}

    public record UnitsDoc(long documentVersion, Map<UnitCode, OrgUnit> units) implements Doc {
        public static final UnitsDoc EMPTY = new UnitsDoc(0, Map.of());

        public UnitsDoc with(OrgUnit unit) {
            Map<UnitCode, OrgUnit> copy = new LinkedHashMap<>(units);
            copy.put(unit.code(), unit);
            return new UnitsDoc(documentVersion, Collections.unmodifiableMap(copy));
        }
    }

    public record ProgramDoc(
            long documentVersion, ProgramId id, Program program, Map<IndicatorCode, Indicator> indicators)
            implements Doc {
        public static ProgramDoc empty(ProgramId id) {
            return new ProgramDoc(0, id, null, Map.of());
        }

        public ProgramDoc with(Program value) {
            return new ProgramDoc(documentVersion, id, value, indicators);
        }

        public ProgramDoc with(Indicator value) {
            Map<IndicatorCode, Indicator> copy = new TreeMap<>(indicators);
            copy.put(value.code(), value);
            return new ProgramDoc(documentVersion, id, program, Collections.unmodifiableMap(copy));
        }

        public ProgramDoc without(IndicatorCode code) {
            Map<IndicatorCode, Indicator> copy = new TreeMap<>(indicators);
            copy.remove(code);
            return new ProgramDoc(documentVersion, id, program, Collections.unmodifiableMap(copy));
        }
    }

    public record PlanDoc(
            long documentVersion, PlanId id, Plan plan, Map<ItemId, Item> items, Map<ItemId, List<Item>> history)
            implements Doc {
        public static PlanDoc empty(PlanId id) {
            return new PlanDoc(0, id, null, Map.of(), Map.of());
        }

        public PlanDoc with(Plan value) {
            return new PlanDoc(documentVersion, id, value, items, history);
        }

        public PlanDoc with(Item value) {
            Map<ItemId, Item> copy = new LinkedHashMap<>(items);
            copy.put(value.id(), value);
            return new PlanDoc(documentVersion, id, plan, Collections.unmodifiableMap(copy), history);
        }

        /** With every item of {@code values} added, copying the members once. */
        public PlanDoc withAll(java.util.List<Item> values) {
            Map<ItemId, Item> copy = new LinkedHashMap<>(items);
            for (Item value : values) {
                copy.put(value.id(), value);
            }
            return new PlanDoc(documentVersion, id, plan, Collections.unmodifiableMap(copy), history);
        }

        public PlanDoc withHistory(ItemId item, List<Item> revisions) {
            Map<ItemId, List<Item>> copy = new LinkedHashMap<>(history);
            if (revisions.isEmpty()) {
                copy.remove(item);
            } else {
                copy.put(item, List.copyOf(revisions));
            }
            return new PlanDoc(documentVersion, id, plan, items, Collections.unmodifiableMap(copy));
        }

        public PlanDoc without(ItemId item) {
            Map<ItemId, Item> copy = new LinkedHashMap<>(items);
            copy.remove(item);
            return new PlanDoc(documentVersion, id, plan, Collections.unmodifiableMap(copy), history)
                    .withHistory(item, List.of());
        }
    }

    public record ReportDoc(long documentVersion, ProgressReport report) implements Doc {}

    public record AdjustmentDoc(long documentVersion, Adjustment adjustment) implements Doc {}
}
