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

    /** Items whose bucket look-ups and candidates' reads are issued together. */
    private static final int BLOCK = 16;

    private static final long[] SEEDS = seeds();
    /** What the reads ahead summed to; read by no one, written so that they are not left out. */
    @SuppressWarnings("unused")
    private static long touched;

    private static final java.util.Comparator<Item> CANONICAL = java.util.Comparator.comparing(
                    (Item i) -> i.plan().value())
            .thenComparingInt(Item::number)
            .thenComparing(i -> i.id().value());

    private NearDuplicates() {}

    public static List<Located> find(CheckContext context) {
        return find(context, null);
    }

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
        int n = items.size();
        Plans plans = new Plans(context);
        int[] plan = new int[n];
        int[] number = new int[n];
        // each item's distinct shingles by number: one look-up per shingle, no sort
        ShingleIds ids = new ShingleIds(n);
        int[][] shingles = new int[n][];
        for (int i = 0; i < n; i++) {
            Item item = items.get(i);
            plan[i] = plans.code(item.plan());
            number[i] = item.number();
            shingles[i] = ids.row(item);
        }
        // each item's band keys, band by band (keys[band * n + i]); an item too short to judge has none
        long[] keys = new long[BANDS * n];
        boolean[] judged = new boolean[n];
        int[] signature = new int[HASHES];
        for (int i = 0; i < n; i++) {
            if (shingles[i].length == 0) {
                continue;
            }
            judged[i] = true;
            ids.signature(shingles[i], signature);
            for (int band = 0; band < BANDS; band++) {
                long key = band;
                for (int r = 0; r < ROWS; r++) {
                    key = key * 0x9E3779B97F4A7C15L + signature[band * ROWS + r];
                }
                keys[band * n + i] = key;
            }
        }
        // a candidate pair is confirmed on bitsets of the shingles most rows share, after a bound on a
        // sketch of each row that sits with its plan and number: most candidates are chance meetings,
        // turned away on one cache line of the earlier item
        ShingleSets sets = new ShingleSets(shingles, ids.shingles(), ids.size());
        shingles = null;
        for (int i = 0; i < n; i++) {
            sets.tag(i, (long) plan[i] << 32 | number[i] & 0xFFFFFFFFL);
        }
        // one band at a time, each with its own table: a band's buckets are a sixteenth of all the
        // buckets, small enough to stay in the processor's cache at 10^5 items where all bands' at once
        // went to memory for every look-up. Each item meets the same earlier members of each bucket as
        // when all its bands are looked up together, since a band's buckets only ever hold that band's
        // keys; the most similar earlier item does not depend on the order the candidates come in
        // (most similar first, then first in the canonical order), and a pair met in two bands is
        // judged the same twice.
        int[] best = new int[n];
        int[] bestSimilarity = new int[n];
        Arrays.fill(best, -1);
        Arrays.fill(bestSimilarity, -1);
        BucketIndex buckets = new BucketIndex(n);
        int[] members = new int[BLOCK * PER_BUCKET];
        int[] ends = new int[BLOCK];
        long sink = 0;
        for (int band = 0; band < BANDS; band++) {
            if (band > 0) {
                buckets.clear();
            }
            int from = band * n;
            for (int start = 0; start < n; start += BLOCK) {
                int end = Math.min(n, start + BLOCK);
                // a block's buckets, then the heads of the earlier members they hold, are each read once
                // ahead with nothing waiting on the value: at 10^5 items the reads go to memory together,
                // where the look-ups and checks that branch on them would wait for one after another
                for (int i = start; i < end; i++) {
                    if (judged[i]) {
                        sink += buckets.touch(keys[from + i]);
                    }
                }
                int found = 0;
                for (int i = start; i < end; i++) {
                    if (judged[i]) {
                        found += buckets.addAndGetPrevious(keys[from + i], i, members, found);
                    }
                    ends[i - start] = found;
                }
                for (int k = 0; k < found; k++) {
                    sink += sets.touch(members[k]);
                }
                for (int i = start, k = 0; i < end; i++) {
                    for (; k < ends[i - start]; k++) {
                        int j = members[k];
                        // the most similar earlier item; of equals, the first in the canonical order: below
                        // what it needs to be that item, a pair is not worked out to the last shingle
                        int need = Math.max(THRESHOLD_PERCENT, j < best[i] ? bestSimilarity[i] : bestSimilarity[i] + 1);
                        int similarity = similarity(items, sets, j, i, need, plans);
                        if (similarity >= need) {
                            best[i] = j;
                            bestSimilarity[i] = similarity;
                        }
                    }
                }
            }
        }
        // kept, so that the compiler keeps the reads ahead
        touched = sink;
        Map<PlanId, Object> programs = new HashMap<>();
        List<Located> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (best[i] >= 0) {
                out.add(located(items.get(best[i]), items.get(i), bestSimilarity[i], context, programs));
            }
        }
        return out;
    }

    /**
     * The similarity of candidate pair ({@code first}, {@code later}) in whole percent, or -1 when the
     * pair is no repetition: below the threshold, one number twice or a plan the portfolio lacks
     * (findings of their own), or a cascade (one plan descends from the other); -1 too when it is below
     * {@code need} (at least the threshold), the least that would make it the most similar pair so far.
     * The items' records are read only for a pair that is similar enough.
     */
    private static int similarity(List<Item> items, ShingleSets sets, int first, int later, int need, Plans plans) {
        long firstTag = sets.tag(first);
        long laterTag = sets.tag(later);
        int firstPlan = (int) (firstTag >> 32);
        int laterPlan = (int) (laterTag >> 32);
        boolean same = firstPlan == laterPlan;
        if (firstPlan < 0 || laterPlan < 0 || same && (int) firstTag == (int) laterTag) {
            return -1;
        }
        int similarity = sets.percent(first, later, need);
        if (similarity < need
                || items.get(first).id().equals(items.get(later).id())
                || !same && (plans.descends(firstPlan, laterPlan) || plans.descends(laterPlan, firstPlan))) {
            return -1;
        }
        return similarity;
    }

    /**
     * The portfolio's plans by small-integer code, each with the codes of the plans it cascades from
     * (worked out on first use), so that a candidate pair is judged without hashing a plan id.
     */
    private static final class Plans {
        private final CheckContext context;
        private final Map<PlanId, Integer> codes = new HashMap<>();
        private final List<PlanId> ids = new ArrayList<>();
        private int[][] ancestors = new int[16][];
        /** The last plan id asked for and its code: items come sorted by plan. */
        private PlanId lastId;

        private int lastCode;

        Plans(CheckContext context) {
            this.context = context;
        }

        /** The plan's code, or -1 when the portfolio lacks the plan. */
        int code(PlanId id) {
            if (id.equals(lastId)) {
                return lastCode;
            }
            Integer code = codes.get(id);
            if (code == null) {
                code = context.plans.containsKey(id) ? ids.size() : -1;
                if (code >= 0) {
                    ids.add(id);
                }
                codes.put(id, code);
            }
            lastId = id;
            lastCode = code;
            return code;
        }

        /** True when plan {@code child} cascades (through any number of parents) from {@code ancestor}. */
        boolean descends(int child, int ancestor) {
            if (child >= ancestors.length) {
                ancestors = Arrays.copyOf(ancestors, Math.max(child + 1, ancestors.length * 2));
            }
            int[] chain = ancestors[child];
            if (chain == null) {
                chain = chain(ids.get(child));
                ancestors[child] = chain;
            }
            for (int code : chain) {
                if (code == ancestor) {
                    return true;
                }
            }
            return false;
        }

        /** The codes of the known plans {@code id} cascades from, nearest first. */
        private int[] chain(PlanId id) {
            Set<PlanId> seen = new HashSet<>();
            int[] chain = new int[4];
            int length = 0;
            Plan plan = context.plans.get(id);
            while (plan != null && plan.parentPlan().isPresent() && seen.add(plan.id())) {
                PlanId parent = plan.parentPlan().get();
                plan = context.plans.get(parent);
                if (plan != null) {
                    if (length == chain.length) {
                        chain = Arrays.copyOf(chain, length * 2);
                    }
                    chain[length++] = code(parent);
                }
            }
            return Arrays.copyOf(chain, length);
        }
    }

    /** The finding on {@code later}: it repeats {@code first}. */
    static Located located(Item first, Item later, int similarity, CheckContext context, Map<PlanId, Object> programs) {
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
        // the words of the folded "title own-content" are those of the folded title, then those of the folded
        // own content (a space starts no word and joins none): each folded alone, no joined text is built
        String title = TaskReading.fold(item.title());
        String content = item.content().isPresent()
                ? TaskReading.fold(Calibration.own(item.content().get()))
                : "";
        // at most one word per two characters
        int[] words = new int[(title.length() + content.length()) / 2 + 2];
        int count = words(content, words, words(title, words, 0));
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

    /** Appends the hashes of the words of {@code folded} to {@code words} from {@code count}; the new count. */
    static int words(String folded, int[] words, int count) {
        int n = folded.length();
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
        return count;
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

    /** The {@value #HASHES} MinHash values of one shingle: what {@link #signature} keeps the least of. */
    static void hashes(int shingle, int[] into, int at) {
        for (int h = 0; h < HASHES; h++) {
            into[at + h] = (int) (mix(shingle ^ SEEDS[h]) >>> 33);
        }
    }

    /** Exact Jaccard similarity of two sorted distinct arrays, in whole percent. */
    static int jaccardPercent(int[] a, int[] b) {
        return jaccardPercent(a, b, 0);
    }

    /**
     * As {@link #jaccardPercent(int[], int[])} when that is at least {@code need} (0 to 100); otherwise
     * -1, found as soon as too many values of either array have no match: {@code need} percent takes
     * at least {@code need (|a| + |b|) / (100 + need)} values in common, rounded up.
     */
    static int jaccardPercent(int[] a, int[] b, int need) {
        int total = a.length + b.length;
        int least = (need * total + 99 + need) / (100 + need);
        // values of a (of b) that may go unmatched before fewer than `least` can be common
        int spareA = a.length - least;
        int spareB = b.length - least;
        if (spareA < 0 || spareB < 0) {
            return -1;
        }
        int i = 0, j = 0, common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
                if (--spareA < 0) {
                    return -1;
                }
            } else {
                j++;
                if (--spareB < 0) {
                    return -1;
                }
            }
        }
        int union = total - common;
        int percent = union == 0 ? 0 : common * 100 / union;
        return percent >= need ? percent : -1;
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
    static long mix(long z) {
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
