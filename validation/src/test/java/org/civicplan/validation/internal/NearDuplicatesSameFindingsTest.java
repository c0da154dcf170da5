package org.civicplan.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.PlanStatus;
import org.civicplan.validation.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The search finds what it found before it judged one band at a time, numbered its shingles and
 * turned candidates away on sketches: the same findings, in the same order, as the former search (kept
 * here as {@link #former}: all of an item's bands at once, candidates met twice judged once, the exact
 * similarity of the sorted shingle arrays), on seeded portfolios written from a small vocabulary so
 * that buckets are crowded past {@value NearDuplicates#PER_BUCKET} members, with near and exact
 * repeats, cascaded plans, a plan the portfolio lacks, one number twice in a plan and short texts.
 */
class NearDuplicatesSameFindingsTest {
    private static final String[] WORDS = {
        "xây", "dựng", "kế", "hoạch", "báo", "cáo", "định", "kỳ", "trên", "địa", "bàn", "thành", "phố", "triển",
        "khai", "thực", "hiện", "chuyển", "đổi", "số", "cấp", "xã", "dữ", "liệu", "dân", "cư", "đào", "tạo"
    };

    private static final PlanId[] PLANS = {
        PlanId.of("KH-A"),
        PlanId.of("KH-A1"),
        PlanId.of("KH-A11"),
        PlanId.of("KH-B"),
        PlanId.of("KH-B1"),
        PlanId.of("KH-NONE")
    };

    @Test
    void findsWhatTheFormerSearchFound() {
        Random random = new Random(23);
        List<Plan> plans = List.of(
                Fixtures.plan(PLANS[0], Optional.empty(), Fixtures.UBND, PlanStatus.DRAFT),
                Fixtures.plan(PLANS[1], Optional.of(PLANS[0]), Fixtures.SKHCN, PlanStatus.DRAFT),
                Fixtures.plan(PLANS[2], Optional.of(PLANS[1]), Fixtures.QBD, PlanStatus.DRAFT),
                Fixtures.plan(PLANS[3], Optional.empty(), Fixtures.UBND, PlanStatus.DRAFT),
                Fixtures.plan(PLANS[4], Optional.of(PLANS[3]), Fixtures.STTTT, PlanStatus.DRAFT));
        int findings = 0;
        int crowded = 0;
        for (int portfolio = 0; portfolio < 120; portfolio++) {
            int size = 20 + random.nextInt(portfolio % 10 == 0 ? 1_500 : 300);
            List<Item> items = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int k = 0; k < size; k++) {
                String text;
                if (!texts.isEmpty() && random.nextInt(5) < 3) {
                    // a repeat, word for word or with a word or two changed, dropped or added
                    String[] words = texts.get(random.nextInt(texts.size())).split(" ");
                    StringBuilder b = new StringBuilder();
                    for (String w : words) {
                        int edit = random.nextInt(24);
                        if (edit == 0) {
                            continue;
                        }
                        b.append(edit == 1 ? WORDS[random.nextInt(WORDS.length)] : w)
                                .append(' ');
                        if (edit == 2) {
                            b.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                        }
                    }
                    text = b.toString().trim();
                } else {
                    StringBuilder b = new StringBuilder();
                    for (int w = 4 + random.nextInt(24); w > 0; w--) {
                        b.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                    }
                    text = b.toString().trim();
                }
                if (text.isEmpty()) {
                    text = WORDS[random.nextInt(WORDS.length)];
                }
                texts.add(text);
                PlanId plan = PLANS[random.nextInt(PLANS.length)];
                int number = 1 + random.nextInt(size);
                int split = random.nextInt(text.length());
                boolean withContent = random.nextBoolean();
                items.add(Fixtures.item(1)
                        .id(ItemId.of("ID-" + k))
                        .plan(plan)
                        .number(number)
                        .title(withContent ? text.substring(0, split).trim() + "x" : text)
                        .content(withContent ? "Nội dung: " + text.substring(split) : null)
                        .build());
            }
            CheckContext context = new CheckContext(Fixtures.portfolio(items, plans, List.of(Fixtures.program())));
            List<Located> expected = former(context);
            assertThat(NearDuplicates.find(context))
                    .as("portfolio %d", portfolio)
                    .isEqualTo(expected);
            findings += expected.size();
            crowded += formerCrowded;
        }
        // the seeded portfolios meet many findings and buckets that drop members
        assertThat(findings).isGreaterThan(1_000);
        assertThat(crowded).isGreaterThan(1_000);
    }

    private static int formerCrowded;

    /** The search as it was before (session 8): each item's bands at once, then its candidates. */
    private static List<Located> former(CheckContext context) {
        List<Item> items = new ArrayList<>(context.distinctItems);
        items.sort(Comparator.comparing((Item i) -> i.plan().value())
                .thenComparingInt(Item::number)
                .thenComparing(i -> i.id().value()));
        int n = items.size();
        int[][] shingles = new int[n][];
        for (int i = 0; i < n; i++) {
            shingles[i] = NearDuplicates.shingles(items.get(i));
        }
        BucketIndex buckets = new BucketIndex(n * NearDuplicates.BANDS);
        int[] members = new int[NearDuplicates.BANDS * NearDuplicates.PER_BUCKET];
        int[] comparedBy = new int[n];
        Map<PlanId, Object> programs = new HashMap<>();
        List<Located> out = new ArrayList<>();
        formerCrowded = 0;
        for (int i = 0; i < n; i++) {
            if (shingles[i].length == 0) {
                continue;
            }
            int[] signature = NearDuplicates.signature(shingles[i]);
            int found = 0;
            for (int band = 0; band < NearDuplicates.BANDS; band++) {
                long key = band;
                for (int r = 0; r < NearDuplicates.ROWS; r++) {
                    key = key * 0x9E3779B97F4A7C15L + signature[band * NearDuplicates.ROWS + r];
                }
                int held = buckets.addAndGetPrevious(key, i, members, found);
                if (held == NearDuplicates.PER_BUCKET) {
                    formerCrowded++;
                }
                found += held;
            }
            int best = -1;
            int bestSimilarity = -1;
            for (int k = 0; k < found; k++) {
                int j = members[k];
                if (comparedBy[j] == i + 1) {
                    continue;
                }
                comparedBy[j] = i + 1;
                int need = Math.max(NearDuplicates.THRESHOLD_PERCENT, j < best ? bestSimilarity : bestSimilarity + 1);
                Item first = items.get(j);
                Item later = items.get(i);
                boolean same = first.plan().equals(later.plan());
                if (!context.plans.containsKey(first.plan())
                        || !context.plans.containsKey(later.plan())
                        || same && first.number() == later.number()) {
                    continue;
                }
                int similarity = NearDuplicates.jaccardPercent(shingles[j], shingles[i], need);
                if (similarity < need
                        || first.id().equals(later.id())
                        || !same
                                && (descends(context, first.plan(), later.plan())
                                        || descends(context, later.plan(), first.plan()))) {
                    continue;
                }
                best = j;
                bestSimilarity = similarity;
            }
            if (best >= 0) {
                out.add(NearDuplicates.located(items.get(best), items.get(i), bestSimilarity, context, programs));
            }
        }
        return out;
    }

    private static boolean descends(CheckContext context, PlanId child, PlanId ancestor) {
        Set<PlanId> seen = new HashSet<>();
        Plan plan = context.plans.get(child);
        while (plan != null && plan.parentPlan().isPresent() && seen.add(plan.id())) {
            PlanId parent = plan.parentPlan().get();
            plan = context.plans.get(parent);
            if (plan != null && parent.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }
}
