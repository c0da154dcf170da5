package org.civicplan.validation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.ProgramId;
import org.civicplan.validation.Rule;

/**
 * The same or nearly the same task twice: within a plan, across a program's plans, across the
 * city's programs. Each item's title and own content, folded (no diacritics, no case, no
 * punctuation), becomes the set of its two-syllable shingles, so reordered clauses and small edits
 * keep most of it; a MinHash signature of {@value #HASHES} values estimates the Jaccard similarity of
 * two sets, and LSH banding ({@value #BANDS} bands of {@value #ROWS}) makes pairs above about 0.6
 * candidates with high probability while others almost never meet. Candidates are confirmed on the
 * exact Jaccard similarity of their shingle sets (at least {@value #THRESHOLD_PERCENT} %). After one
 * sort into a canonical order, linear in the number of items: each item is compared with at most
 * {@value #PER_BUCKET} earlier members of each bucket it falls in.
 *
 * <p>An item of a cascaded plan that repeats its parent plan's item is the cascade working, not a
 * repetition: pairs where one plan descends from the other are skipped. Texts shorter than {@value
 * #MIN_WORDS} syllables ("xử lý, trả lời") say too little to call two of them the same task.
 */
public final class NearDuplicates {
    static final int HASHES = 64;
    static final int BANDS = 16;
    static final int ROWS = HASHES / BANDS;
    static final int THRESHOLD_PERCENT = 70;
    static final int PER_BUCKET = 4;
    static final int MIN_WORDS = 8;

    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    private static final long[] SEEDS = seeds();
    private static final java.util.Comparator<Item> CANONICAL = java.util.Comparator.comparing(
                    (Item i) -> i.plan().value())
            .thenComparingInt(Item::number)
            .thenComparing(i -> i.id().value());

    private NearDuplicates() {}

    public static List<Located> find(CheckContext context) {
        return find(context, null);
    }

    /** The pairs among {@code checked} (one plan's items), or among the whole portfolio's when null. */

    /**
     * @param checked when one plan is checked, its items: only pairs of two of them, so that a check of
     *     one plan from a store (which reads no other plan's items) finds what the same check of a
     *     whole portfolio finds
     */
    public static List<Located> find(CheckContext context, List<Item> checked) {
        // a canonical order (plan, number, id), so that which pairs a crowded bucket compares, and on
        // which item of a pair the finding lands, do not depend on the order the items were read in
        List<Item> items = new ArrayList<>(checked == null ? context.distinctItems : checked);
        items.sort(CANONICAL);
        int[][] shingles = new int[items.size()][];
        Map<Long, List<Integer>> buckets = new HashMap<>();
        Set<Long> compared = new HashSet<>();
        List<Located> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            shingles[i] = shingles(items.get(i));
            if (shingles[i].length == 0) {
                continue;
            }
            int[] signature = signature(shingles[i]);
            for (int band = 0; band < BANDS; band++) {
                long key = band;
                for (int r = 0; r < ROWS; r++) {
                    key = key * 0x9E3779B97F4A7C15L + signature[band * ROWS + r];
                }
                List<Integer> bucket = buckets.computeIfAbsent(key, k -> new ArrayList<>(2));
                for (int k = Math.max(0, bucket.size() - PER_BUCKET); k < bucket.size(); k++) {
                    int j = bucket.get(k);
                    if (compared.add((long) j << 32 | i)) {
                        compare(items.get(j), shingles[j], items.get(i), shingles[i], context, out);
                    }
                }
                bucket.add(i);
            }
        }
        return out;
    }

    private static void compare(Item first, int[] a, Item later, int[] b, CheckContext context, List<Located> out) {
        if (first.plan().equals(later.plan()) && first.number() == later.number()
                || first.id().equals(later.id())
                || !context.plans.containsKey(first.plan())
                || !context.plans.containsKey(later.plan())) {
            // one number twice, or a plan the portfolio lacks: already a finding of its own
            return;
        }
        int similarity = jaccardPercent(a, b);
        if (similarity < THRESHOLD_PERCENT
                || descends(first.plan(), later.plan(), context)
                || descends(later.plan(), first.plan(), context)) {
            return;
        }
        String scopeVi, scopeEn;
        if (first.plan().equals(later.plan())) {
            scopeVi = "trong cùng kế hoạch";
            scopeEn = "in the same plan";
        } else if (program(first.plan(), context).equals(program(later.plan(), context))) {
            scopeVi = "giữa các kế hoạch của cùng chương trình";
            scopeEn = "across plans of one program";
        } else {
            scopeVi = "giữa các chương trình";
            scopeEn = "across programs";
        }
        String plan = document(first.plan(), context);
        boolean same = first.plan().equals(later.plan());
        out.add(new Located(
                PortfolioRules.subject(later),
                PortfolioRules.path(later, "title"),
                Hit.on(Rule.STRUCTURE_TASK_REPEATED, "title")
                        .param("number", later.number())
                        .param("otherNumber", first.number())
                        .param("otherTitle", first.title())
                        .param("otherPlanVi", same ? "" : "của kế hoạch " + plan)
                        .param("otherPlanEn", same ? "" : "plan " + plan + ",")
                        .param("similarity", similarity)
                        .param("scopeVi", scopeVi)
                        .param("scopeEn", scopeEn)
                        .build()));
    }

    /** The sorted distinct hashes of the item's two-syllable shingles; empty for a text too short to judge. */
    static int[] shingles(Item item) {
        String text = item.title() + " " + item.content().map(Calibration::own).orElse("");
        String[] words =
                NON_WORD.matcher(TaskReading.fold(text)).replaceAll(" ").strip().split(" ");
        if (words.length < MIN_WORDS) {
            return new int[0];
        }
        int[] hashes = new int[words.length - 1];
        for (int i = 0; i + 1 < words.length; i++) {
            hashes[i] = (words[i] + ' ' + words[i + 1]).hashCode();
        }
        return Arrays.stream(hashes).sorted().distinct().toArray();
    }

    static int[] signature(int[] shingles) {
        int[] signature = new int[HASHES];
        Arrays.fill(signature, Integer.MAX_VALUE);
        for (int shingle : shingles) {
            for (int h = 0; h < HASHES; h++) {
                int value = (int) (mix(shingle ^ SEEDS[h]) >>> 33);
                if (value < signature[h]) {
                    signature[h] = value;
                }
            }
        }
        return signature;
    }

    /** Exact Jaccard similarity of two sorted distinct arrays, in whole percent. */
    static int jaccardPercent(int[] a, int[] b) {
        int i = 0, j = 0, common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - common;
        return union == 0 ? 0 : common * 100 / union;
    }

    /** True when plan {@code child} cascades (through any number of parents) from {@code ancestor}. */
    private static boolean descends(PlanId child, PlanId ancestor, CheckContext context) {
        Set<PlanId> seen = new HashSet<>();
        Plan plan = context.plans.get(child);
        while (plan != null && plan.parentPlan().isPresent() && seen.add(plan.id())) {
            if (plan.parentPlan().get().equals(ancestor)) {
                return true;
            }
            plan = context.plans.get(plan.parentPlan().get());
        }
        return false;
    }

    /** The program a plan implements, through its parents; the plan itself stands for it when none. */
    private static Object program(PlanId id, CheckContext context) {
        Set<PlanId> seen = new HashSet<>();
        Plan plan = context.plans.get(id);
        while (plan != null && seen.add(plan.id())) {
            Optional<ProgramId> program = plan.program();
            if (program.isPresent()) {
                return program.get();
            }
            if (plan.parentPlan().isEmpty()) {
                return plan.id();
            }
            plan = context.plans.get(plan.parentPlan().get());
        }
        return id;
    }

    private static String document(PlanId id, CheckContext context) {
        Plan plan = context.plans.get(id);
        return plan == null ? id.value() : plan.document().map(d -> d.symbol()).orElse(id.value());
    }

    /** SplitMix64's finaliser: a good 64-bit mix. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long state = 0x5EEDL;
        for (int h = 0; h < HASHES; h++) {
            state += 0x9E3779B97F4A7C15L;
            seeds[h] = mix(state);
        }
        return seeds;
    }
}
