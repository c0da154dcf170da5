package org.civicplan.validation.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.PlanStatus;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.Section;
import org.civicplan.core.model.UnitCode;
import org.civicplan.validation.Rule;
import org.civicplan.validation.Subject;

/**
 * Whole-portfolio rules: duplicates, dependency cycles, indicator coverage, cascaded unit plans and
 * the common program template. Every rule is one or two passes with hash maps keyed by id; cycle
 * detection is an iterative Tarjan (no recursion, so a chain of 10^6 items cannot overflow the
 * stack). Work is linear in items + prerequisites + indicators.
 */
public final class PortfolioRules {
    private static final int[] NO_EDGES = {};

    private PortfolioRules() {}

    public static List<Located> check(Portfolio portfolio, CheckContext context) {
        List<Located> out = new ArrayList<>();
        duplicateUnits(portfolio, out);
        duplicateItems(portfolio, context, out);
        duplicateIndicators(portfolio, out);
        cycles(context, out);
        coverage(portfolio, context, out);
        cascade(portfolio, context, out);
        template(portfolio, out);
        return out;
    }

    public static Subject subject(Item item) {
        return Subject.item(item.id().value(), item.plan(), item.number());
    }

    public static String path(Item item, String relative) {
        return "items[" + item.number() + "]" + (relative.isEmpty() ? "" : "." + relative);
    }

    private static void duplicateUnits(Portfolio portfolio, List<Located> out) {
        Set<UnitCode> seen = new HashSet<>();
        for (OrgUnit unit : portfolio.units()) {
            if (!seen.add(unit.code())) {
                out.add(new Located(
                        Subject.of(Subject.Kind.UNIT, unit.code().value()),
                        "units[" + unit.code().value() + "]",
                        Hit.on(Rule.STRUCTURE_DUPLICATE_UNIT, "code")
                                .param("unit", unit.code().value())
                                .build()));
            }
        }
    }

    private static void duplicateIndicators(Portfolio portfolio, List<Located> out) {
        Set<IndicatorCode> seen = new HashSet<>();
        for (Indicator indicator : portfolio.indicators()) {
            if (!seen.add(indicator.code())) {
                String code = indicator.code().value();
                out.add(new Located(
                        Subject.of(Subject.Kind.INDICATOR, code),
                        "indicators[" + code + "]",
                        Hit.on(Rule.STRUCTURE_DUPLICATE_INDICATOR, "code")
                                .param("indicator", code)
                                .build()));
            }
        }
    }

    private record PlanNumber(PlanId plan, int number) {
        // written out, as a record's generated ones compute them: those are bootstrapped through
        // method handles on first use, a cost of every short run (docs/cli.md, "Start-up")
        @Override
        public boolean equals(Object o) {
            return o instanceof PlanNumber other && Objects.equals(plan, other.plan) && number == other.number;
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(plan) + number;
        }
    }

    private static void duplicateItems(Portfolio portfolio, CheckContext context, List<Located> out) {
        Set<PlanNumber> numbers = new HashSet<>();
        List<Item> items = portfolio.items();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (context.repeatedIds.get(i)) {
                out.add(at(
                        item,
                        Hit.on(Rule.STRUCTURE_DUPLICATE_ID, "id")
                                .param("id", item.id().value())
                                .build()));
            }
            if (!numbers.add(new PlanNumber(item.plan(), item.number()))) {
                out.add(at(
                        item,
                        Hit.on(Rule.STRUCTURE_DUPLICATE_NUMBER, "number")
                                .param("number", item.number())
                                .build()));
            }
            if (!context.plans.containsKey(item.plan())) {
                out.add(at(
                        item,
                        Hit.on(Rule.STRUCTURE_ITEM_PLAN_UNKNOWN, "plan")
                                .param("plan", item.plan().value())
                                .build()));
            }
        }
    }

    /** Iterative Tarjan over item → prerequisite edges; one finding per strongly connected component. */
    static void cycles(CheckContext context, List<Located> out) {
        Map<ItemId, Integer> indexOf = context.itemIndex;
        List<Item> nodes = context.distinctItems;
        int n = nodes.size();
        int[][] edges = new int[n][];
        for (int v = 0; v < n; v++) {
            List<ItemId> prerequisites = nodes.get(v).prerequisites();
            if (prerequisites.isEmpty()) {
                edges[v] = NO_EDGES;
                continue;
            }
            int[] targets = new int[prerequisites.size()];
            int count = 0;
            for (ItemId id : prerequisites) {
                Integer w = indexOf.get(id);
                if (w != null) {
                    targets[count++] = w;
                }
            }
            edges[v] = count == targets.length ? targets : Arrays.copyOf(targets, count);
        }
        int[] index = new int[n];
        int[] low = new int[n];
        int[] component = new int[n];
        Arrays.fill(index, -1);
        Arrays.fill(component, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int sp = 0;
        int[] callNode = new int[n];
        int[] callEdge = new int[n];
        int counter = 0;
        int components = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] != -1) {
                continue;
            }
            int top = 0;
            callNode[0] = root;
            callEdge[0] = 0;
            index[root] = low[root] = counter++;
            stack[sp++] = root;
            onStack[root] = true;
            while (top >= 0) {
                int v = callNode[top];
                if (callEdge[top] < edges[v].length) {
                    int w = edges[v][callEdge[top]++];
                    if (index[w] == -1) {
                        index[w] = low[w] = counter++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        top++;
                        callNode[top] = w;
                        callEdge[top] = 0;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                if (low[v] == index[v]) {
                    List<Integer> members = new ArrayList<>();
                    int w;
                    do {
                        w = stack[--sp];
                        onStack[w] = false;
                        component[w] = components;
                        members.add(w);
                    } while (w != v);
                    if (members.size() > 1) {
                        reportCycle(nodes, edges, component, components, members, out);
                    }
                    components++;
                }
                top--;
                if (top >= 0) {
                    int parent = callNode[top];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
    }

    /** Reports one concrete cycle of a component: a breadth-first path from its first item back to it. */
    private static void reportCycle(
            List<Item> nodes, int[][] edges, int[] component, int id, List<Integer> members, List<Located> out) {
        int start = members.stream().mapToInt(Integer::intValue).min().orElseThrow();
        Map<Integer, Integer> parent = new HashMap<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        parent.put(start, -1);
        int last = -1;
        search:
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int w : edges[v]) {
                if (component[w] != id) {
                    continue;
                }
                if (w == start) {
                    last = v;
                    break search;
                }
                if (!parent.containsKey(w)) {
                    parent.put(w, v);
                    queue.add(w);
                }
            }
        }
        List<Integer> cycle = new ArrayList<>();
        for (int v = last; v != -1; v = parent.get(v)) {
            cycle.add(v);
        }
        java.util.Collections.reverse(cycle);
        StringJoiner text = new StringJoiner(" → ");
        for (int v : cycle) {
            text.add(Integer.toString(nodes.get(v).number()));
        }
        text.add(Integer.toString(nodes.get(start).number()));
        Item first = nodes.get(start);
        out.add(at(
                first,
                Hit.on(Rule.STRUCTURE_CYCLE, "prerequisites")
                        .param("cycle", text.toString())
                        .build()));
    }

    private static void coverage(Portfolio portfolio, CheckContext context, List<Located> out) {
        Set<IndicatorCode> covered = context.coveredIndicators;
        Set<String> seenPrograms = new HashSet<>();
        for (Program program : portfolio.programs()) {
            if (!seenPrograms.add(program.id().value())) {
                continue;
            }
            for (IndicatorCode code : new LinkedHashSet<>(program.indicators())) {
                String path = "programs[" + program.id().value() + "].indicators[" + code.value() + "]";
                Subject subject = Subject.of(Subject.Kind.INDICATOR, code.value());
                if (!context.hasIndicator(code)) {
                    out.add(new Located(
                            subject,
                            path,
                            Hit.on(Rule.STRUCTURE_INDICATOR_UNDEFINED, "")
                                    .param("indicator", code.value())
                                    .param("program", program.id().value())
                                    .build()));
                }
                if (!covered.contains(code)) {
                    out.add(new Located(
                            subject,
                            path,
                            Hit.on(Rule.STRUCTURE_INDICATOR_UNCOVERED, "")
                                    .param("indicator", code.value())
                                    .param("program", program.id().value())
                                    .build()));
                }
            }
        }
    }

    /**
     * After a top-level plan is issued, each unit leading its items (other than the issuer) must
     * have a plan of its own that cascades from it.
     */
    private static void cascade(Portfolio portfolio, CheckContext context, List<Located> out) {
        Map<PlanId, Map<UnitCode, Integer>> leadCounts = new LinkedHashMap<>();
        // consecutive items mostly share a plan: look it up once per run
        PlanId lastId = null;
        Plan current = null;
        // whether the current plan owes cascades: its texts are read once per run of its items, not per item
        boolean owes = false;
        for (Item item : portfolio.items()) {
            PlanId id = item.plan();
            if (id != lastId && !id.equals(lastId)) {
                lastId = id;
                current = context.plans.get(id);
                owes = current != null
                        && current.status() == PlanStatus.ISSUED
                        && current.parentPlan().isEmpty()
                        && Cascades.required(current, context);
            }
            if (!owes) {
                continue;
            }
            List<UnitCode> leads = item.assignment().leadUnits();
            // each unit once per item; the usual single lead needs no set
            for (UnitCode lead : leads.size() <= 1 ? leads : new LinkedHashSet<>(leads)) {
                if (!lead.equals(current.issuer()) && Cascades.executiveUnder(lead, current.issuer(), context)) {
                    leadCounts
                            .computeIfAbsent(current.id(), k -> new LinkedHashMap<>())
                            .merge(lead, 1, Integer::sum);
                }
            }
        }
        Map<PlanId, Set<UnitCode>> childIssuers = new HashMap<>();
        for (Plan plan : portfolio.plans()) {
            plan.parentPlan().ifPresent(parent -> childIssuers
                    .computeIfAbsent(parent, k -> new HashSet<>())
                    .add(plan.issuer()));
        }
        for (Map.Entry<PlanId, Map<UnitCode, Integer>> entry : leadCounts.entrySet()) {
            PlanId plan = entry.getKey();
            Set<UnitCode> issuers = childIssuers.getOrDefault(plan, Set.of());
            for (Map.Entry<UnitCode, Integer> lead : entry.getValue().entrySet()) {
                if (issuers.contains(lead.getKey())) {
                    continue;
                }
                String unit = lead.getKey().value();
                int count = lead.getValue();
                out.add(new Located(
                        new Subject(Subject.Kind.UNIT, unit, java.util.Optional.of(plan), java.util.Optional.empty()),
                        "plans[" + plan.value() + "].cascade[" + unit + "]",
                        Hit.on(Rule.STRUCTURE_CASCADE_MISSING, "")
                                .param("unit", context.units.get(lead.getKey()).name())
                                .param("count", count)
                                .param("countEn", count == 1 ? "1 item" : count + " items")
                                .param(
                                        "plan",
                                        context.plans
                                                .get(plan)
                                                .document()
                                                .map(d -> d.symbol())
                                                .orElse(plan.value()))
                                .build()));
            }
        }
    }

    /**
     * The programs of a portfolio share one template: the union of the section keys and of the
     * optional parts (document, term, viewpoints, goals, indicators, steering committee) that any
     * program has. A program missing some of them is reported with the list of what it lacks.
     */
    private static void template(Portfolio portfolio, List<Located> out) {
        List<Program> programs = portfolio.programs();
        if (programs.size() < 2) {
            return;
        }
        Set<String> required = new LinkedHashSet<>();
        List<Set<String>> present = new ArrayList<>();
        for (Program program : programs) {
            Set<String> parts = parts(program);
            present.add(parts);
            required.addAll(parts);
        }
        for (int i = 0; i < programs.size(); i++) {
            StringJoiner missing = new StringJoiner(", ");
            for (String part : required) {
                if (!present.get(i).contains(part)) {
                    missing.add(part);
                }
            }
            if (missing.length() > 0) {
                Program program = programs.get(i);
                out.add(new Located(
                        Subject.of(Subject.Kind.PROGRAM, program.id().value()),
                        "programs[" + program.id().value() + "]",
                        Hit.on(Rule.STRUCTURE_TEMPLATE_MISMATCH, "")
                                .param("program", program.id().value())
                                .param("missing", missing.toString())
                                .build()));
            }
        }
    }

    private static Set<String> parts(Program program) {
        Set<String> parts = new LinkedHashSet<>();
        if (program.document().isPresent()) {
            parts.add("document");
        }
        if (program.term().isPresent()) {
            parts.add("term");
        }
        if (!program.viewpoints().isEmpty()) {
            parts.add("viewpoints");
        }
        if (!program.goals().isEmpty()) {
            parts.add("goals");
        }
        if (!program.indicators().isEmpty()) {
            parts.add("indicators");
        }
        if (program.steeringCommittee().isPresent()) {
            parts.add("steeringCommittee");
        }
        for (Section section : program.sections()) {
            parts.add("sections[" + section.key() + "]");
        }
        return parts;
    }

    private static Located at(Item item, Hit hit) {
        return new Located(subject(item), path(item, hit.path()), hit);
    }
}
