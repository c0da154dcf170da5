package org.civicplan.validation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicplan.core.Lang;
import org.civicplan.core.constraints.Stage;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.PlanId;
import org.civicplan.validation.internal.ReportContent;
import org.civicplan.validation.internal.ReportRenderer;

/**
 * The result of a clarity check: every finding, the status of each dimension of each item, summary
 * counts, and whether the plan is ready for a stage. Immutable.
 */
public final class ClarityReport {
    private static final Map<Dimension, Status> ALL_PASS = allPass();

    private final List<ItemStatus> items;
    private final List<Finding> findings;
    private final Map<String, List<Finding>> byItem;
    /** Built on the first {@link #status} call: a check's caller often never asks. */
    private volatile Map<ItemId, ItemStatus> statusById;

    private final Summary summary;
    private final Map<PlanId, Profile> profiles;
    private final Map<PlanId, String> documents;

    ClarityReport(List<Item> checked, List<Finding> findings) {
        this(checked, findings, Map.of(), Map.of());
    }

    ClarityReport(
            List<Item> checked, List<Finding> findings, Map<PlanId, Profile> profiles, Map<PlanId, String> documents) {
        this.profiles = Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
        this.documents = Collections.unmodifiableMap(new LinkedHashMap<>(documents));
        this.findings = List.copyOf(findings);
        Map<String, List<Finding>> grouped = new HashMap<>();
        for (Finding finding : this.findings) {
            if (finding.subject().kind() == Subject.Kind.ITEM) {
                grouped.computeIfAbsent(finding.subject().id(), k -> new ArrayList<>())
                        .add(finding);
            }
        }
        grouped.replaceAll((k, v) -> List.copyOf(v));
        this.byItem = grouped;
        List<ItemStatus> statuses = new ArrayList<>(checked.size());
        Dimension[] dimensions = Dimension.values();
        int[] failing = new int[dimensions.length];
        int withoutErrors = 0;
        for (Item item : checked) {
            List<Finding> found = byItem.get(item.id().value());
            if (found == null) {
                // most items pass everything: they share one map
                withoutErrors++;
                statuses.add(new ItemStatus(item.id(), item.plan(), item.number(), item.title(), ALL_PASS));
                continue;
            }
            Status[] worst = new Status[dimensions.length];
            Arrays.fill(worst, Status.PASS);
            for (Finding f : found) {
                Status s = f.isError() ? Status.FAIL : Status.WARN;
                int d = f.dimension().ordinal();
                if (s.compareTo(worst[d]) > 0) {
                    worst[d] = s;
                }
            }
            Map<Dimension, Status> status = new EnumMap<>(Dimension.class);
            boolean clean = true;
            for (Dimension d : dimensions) {
                status.put(d, worst[d.ordinal()]);
                if (worst[d.ordinal()] == Status.FAIL) {
                    failing[d.ordinal()]++;
                    clean = false;
                }
            }
            if (clean) {
                withoutErrors++;
            }
            statuses.add(new ItemStatus(item.id(), item.plan(), item.number(), item.title(), status));
        }
        Map<Dimension, Integer> failingItems = new EnumMap<>(Dimension.class);
        for (Dimension d : dimensions) {
            failingItems.put(d, failing[d.ordinal()]);
        }
        this.items = List.copyOf(statuses);
        int errors = 0;
        for (Finding f : this.findings) {
            if (f.isError()) {
                errors++;
            }
        }
        this.summary = new Summary(checked.size(), withoutErrors, errors, this.findings.size() - errors, failingItems);
    }

    private static Map<Dimension, Status> allPass() {
        Map<Dimension, Status> status = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            status.put(d, Status.PASS);
        }
        return Collections.unmodifiableMap(status);
    }

    /** Every finding: items in the order checked, then indicators, then portfolio-level findings. */
    public List<Finding> findings() {
        return findings;
    }

    /** The findings about one item. */
    public List<Finding> findings(ItemId item) {
        return byItem.getOrDefault(item.value(), List.of());
    }

    /** The findings of one dimension. */
    public List<Finding> findings(Dimension dimension) {
        return findings.stream().filter(f -> f.dimension() == dimension).toList();
    }

    /** Per item, the status of every dimension, in the order checked. */
    public List<ItemStatus> items() {
        return items;
    }

    /** The status of one dimension of one item; PASS for an item that was not checked. */
    public Status status(ItemId item, Dimension dimension) {
        Map<ItemId, ItemStatus> index = statusById;
        if (index == null) {
            // built completely before it is published; two threads racing here build equal maps
            index = new HashMap<>(items.size() * 4 / 3 + 1);
            for (ItemStatus status : items) {
                index.putIfAbsent(status.id(), status);
            }
            statusById = index;
        }
        ItemStatus status = index.get(item);
        return status == null ? Status.PASS : status.status().get(dimension);
    }

    public Summary summary() {
        return summary;
    }

    /** Per plan checked, the profile that ran ({@link Profile#of} or the caller's), in the order checked. */
    public Map<PlanId, Profile> profiles() {
        return profiles;
    }

    /** True when no error required at {@code stage} (or earlier) was found. Warnings never block. */
    public boolean readyFor(Stage stage) {
        return blocking(stage).isEmpty();
    }

    /** The errors that keep the plan from {@code stage}. */
    public List<Finding> blocking(Stage stage) {
        return findings.stream()
                .filter(f -> f.isError() && f.stage().requiredAt(stage))
                .toList();
    }

    /** A report officials can read, grouped by item ("Nhiệm vụ 5 — …"), in {@code lang}. */
    public String toText(Lang lang) {
        return ReportRenderer.text(content(), lang);
    }

    /** The report as JSON (UTF-8 text): readiness, summary, per-item statuses and findings. */
    public String toJson() {
        return ReportRenderer.json(content());
    }

    /** What the renderer writes: handed over, so that the renderer does not depend on this class. */
    private ReportContent content() {
        Map<Stage, Boolean> ready = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            ready.put(stage, readyFor(stage));
        }
        List<ReportContent.Checked> checked = new ArrayList<>(items.size());
        for (ItemStatus item : items) {
            checked.add(new ReportContent.Checked(
                    item.id(), item.plan(), item.number(), item.title(), item.status(), findings(item.id())));
        }
        return new ReportContent(
                ready,
                summary.items(),
                summary.itemsWithoutErrors(),
                summary.errors(),
                summary.warnings(),
                summary.failingItems(),
                checked,
                findings,
                profiles,
                documents);
    }

    @Override
    public String toString() {
        return "ClarityReport" + summary;
    }

    /**
     * The outcome of every dimension of one item.
     *
     * @param id the item
     * @param plan its plan
     * @param number its running number in the plan's appendix
     * @param title its title
     * @param status dimension → pass, warn or fail
     */
    public record ItemStatus(ItemId id, PlanId plan, int number, String title, Map<Dimension, Status> status) {
        public ItemStatus {
            requireNonNull(id, "id is null");
            requireNonNull(plan, "plan is null");
            requireNonNull(title, "title is null");
            status = status == ALL_PASS ? ALL_PASS : Collections.unmodifiableMap(new EnumMap<>(status));
        }

        /** The worst status over all dimensions. */
        public Status overall() {
            Status worst = Status.PASS;
            for (Status s : status.values()) {
                if (s.compareTo(worst) > 0) {
                    worst = s;
                }
            }
            return worst;
        }
    }

    /**
     * Counts.
     *
     * @param items items checked
     * @param itemsWithoutErrors items with no error in any dimension
     * @param errors findings of severity error
     * @param warnings findings of severity warning
     * @param failingItems per dimension, how many items fail it
     */
    public record Summary(
            int items, int itemsWithoutErrors, int errors, int warnings, Map<Dimension, Integer> failingItems) {
        public Summary {
            failingItems = Collections.unmodifiableMap(new LinkedHashMap<>(failingItems));
        }

        public int findings() {
            return errors + warnings;
        }
    }
}
