package org.civicplan.validation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * {@value #PER_BUCKET} earlier members of each bucket it falls in. One defect, one finding: an item
 * is reported once, against the most similar earlier item (a task written five times gives four
 * findings, not ten pairs).
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
        BucketIndex buckets = new BucketIndex(items.size() * BANDS);
        Map<PlanId, Object> programs = new HashMap<>();
        List<Located> out = new ArrayList<>();
        int[] signature = new int[HASHES];
        int[] members = new int[PER_BUCKET];
        // the earlier items this one was compared with: a pair (j, i) only ever arises while i is added
        int[] seen = new int[BANDS * PER_BUCKET];
        for (int i = 0; i < items.size(); i++) {
            shingles[i] = shingles(items.get(i));
            if (shingles[i].length == 0) {
                continue;
            }
            signature(shingles[i], signature);
            int seenCount = 0;
            int best = -1;
            int bestSimilarity = -1;
            for (int band = 0; band < BANDS; band++) {
                long key = band;
                for (int r = 0; r < ROWS; r++) {
                    key = key * 0x9E3779B97F4A7C15L + signature[band * ROWS + r];
                }
                int count = buckets.addAndGetPrevious(key, i, members);
                for (int k = 0; k < count; k++) {
                    int j = members[k];
                    if (contains(seen, seenCount, j)) {
                        continue;
                    }
                    seen[seenCount++] = j;
                    int similarity = similarity(items.get(j), shingles[j], items.get(i), shingles[i], context);
                    // the most similar earlier item; of equals, the first in the canonical order
                    if (similarity > bestSimilarity || similarity == bestSimilarity && j < best) {
                        best = j;
                        bestSimilarity = similarity;
                    }
                }
            }
            if (best >= 0) {
                out.add(located(items.get(best), items.get(i), bestSimilarity, context, programs));
            }
        }
        return out;
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int k = 0; k < count; k++) {
            if (values[k] == value) {
                return true;
            }
        }
        return false;
    }

    /**
     * The similarity of a candidate pair in whole percent, or -1 when the pair is no repetition: below
     * the threshold, one number twice or a plan the portfolio lacks (findings of their own), or a
     * cascade (one plan descends from the other).
     */
    private static int similarity(Item first, int[] a, Item later, int[] b, CheckContext context) {
        boolean same = first.plan().equals(later.plan());
        if (same && first.number() == later.number()
                || first.id().equals(later.id())
                || !context.plans.containsKey(first.plan())
                || !context.plans.containsKey(later.plan())) {
            return -1;
        }
        int similarity = jaccardPercent(a, b);
        if (similarity < THRESHOLD_PERCENT
                || !same
                        && (descends(first.plan(), later.plan(), context)
                                || descends(later.plan(), first.plan(), context))) {
            return -1;
        }
        return similarity;
    }

    /** The finding on {@code later}: it repeats {@code first}. */
    private static Located located(
            Item first, Item later, int similarity, CheckContext context, Map<PlanId, Object> programs) {
        boolean same = first.plan().equals(later.plan());
        String scopeVi, scopeEn;
        if (same) {
            scopeVi = "trong cùng kế hoạch";
            scopeEn = "in the same plan";
        } else if (programs.computeIfAbsent(first.plan(), p -> program(p, context))
                .equals(programs.computeIfAbsent(later.plan(), p -> program(p, context)))) {
            scopeVi = "giữa các kế hoạch của cùng chương trình";
            scopeEn = "across plans of one program";
        } else {
            scopeVi = "giữa các chương trình";
            scopeEn = "across programs";
        }
        String plan = same ? "" : document(first.plan(), context);
        return new Located(
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
                        .build());
    }

    /**
     * The sorted distinct hashes of the item's two-syllable shingles; empty for a text too short to
     * judge. Hashed straight from the folded text, word by word: no shingle string is built.
     */
    static int[] shingles(Item item) {
        String text = item.content().isPresent()
                ? item.title() + " " + Calibration.own(item.content().get())
                : item.title();
        String folded = TaskReading.fold(text);
        int n = folded.length();
        // at most one word per two characters
        int[] words = new int[n / 2 + 1];
        int count = 0;
        int i = 0;
        while (i < n) {
            while (i < n && !wordChar(folded.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            int h = 0;
            while (i < n && wordChar(folded.charAt(i))) {
                h = 31 * h + folded.charAt(i++);
            }
            words[count++] = h;
        }
        if (count < MIN_WORDS) {
            return new int[0];
        }
        int[] hashes = new int[count - 1];
        for (int w = 0; w + 1 < count; w++) {
            hashes[w] = (int) mix((long) words[w] << 32 ^ (words[w + 1] & 0xFFFFFFFFL));
        }
        Arrays.sort(hashes);
        int distinct = 0;
        for (int w = 0; w < hashes.length; w++) {
            if (w == 0 || hashes[w] != hashes[w - 1]) {
                hashes[distinct++] = hashes[w];
            }
        }
        return distinct == hashes.length ? hashes : Arrays.copyOf(hashes, distinct);
    }

    private static boolean wordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    static int[] signature(int[] shingles) {
        int[] signature = new int[HASHES];
        signature(shingles, signature);
        return signature;
    }

    /** The MinHash signature of {@code shingles}, into {@code signature} (reused from item to item). */
    static void signature(int[] shingles, int[] signature) {
        Arrays.fill(signature, Integer.MAX_VALUE);
        for (int shingle : shingles) {
            for (int h = 0; h < HASHES; h++) {
                int value = (int) (mix(shingle ^ SEEDS[h]) >>> 33);
                if (value < signature[h]) {
                    signature[h] = value;
                }
            }
        }
    }

    /**
     * The LSH buckets: band key → its last {@value #PER_BUCKET} members, in open addressing over
     * primitive arrays (no boxed key, no list per bucket).
     */
    static final class BucketIndex {
        private long[] keys;
        private int[] slots; // slot + 1; 0 is empty
        private int[] members = new int[1024 * (PER_BUCKET + 1)];
        private int used;
        private int size;

        BucketIndex(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
            keys = new long[capacity];
            slots = new int[capacity];
        }

        /**
         * Adds {@code item} to the bucket of {@code key}, after copying the members it held (at most
         * {@value #PER_BUCKET}, oldest first) into {@code previous}; returns how many it held.
         */
        int addAndGetPrevious(long key, int item, int[] previous) {
            int mask = keys.length - 1;
            int at = (int) mix(key) & mask;
            while (slots[at] != 0 && keys[at] != key) {
                at = (at + 1) & mask;
            }
            if (slots[at] == 0) {
                if (used + PER_BUCKET + 1 > members.length) {
                    members = Arrays.copyOf(members, members.length * 2);
                }
                int base = used;
                keys[at] = key;
                slots[at] = base + 1;
                used += PER_BUCKET + 1;
                members[base] = 1;
                members[base + 1] = item;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return 0;
            }
            int base = slots[at] - 1;
            int held = members[base];
            int count = Math.min(held, PER_BUCKET);
            // a ring of PER_BUCKET: member k of the last `count` sits at (held - count + k) % PER_BUCKET
            for (int k = 0; k < count; k++) {
                previous[k] = members[base + 1 + (held - count + k) % PER_BUCKET];
            }
            members[base + 1 + held % PER_BUCKET] = item;
            members[base] = held + 1;
            return count;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldSlots = slots;
            keys = new long[oldKeys.length * 2];
            slots = new int[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldSlots[i] != 0) {
                    int at = (int) mix(oldKeys[i]) & mask;
                    while (slots[at] != 0) {
                        at = (at + 1) & mask;
                    }
                    keys[at] = oldKeys[i];
                    slots[at] = oldSlots[i];
                }
            }
        }
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
