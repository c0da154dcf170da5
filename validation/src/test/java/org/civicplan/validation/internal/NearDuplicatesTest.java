package org.civicplan.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.civicplan.core.model.Item;
import org.civicplan.validation.Fixtures;
import org.civicplan.validation.Rule;
import org.junit.jupiter.api.Test;

/**
 * The near-duplicate search reports each repeated item once, against its most similar earlier item.
 * The task text is the corpus's real row R0164 (Kon Tum plan, see the corpus SOURCES); the other
 * titles are illustrative.
 */
class NearDuplicatesTest {
    private static final String TASK = "tổ chức vận động, phát huy vai trò và thực hiện chế độ, chính sách đối với"
            + " người có uy tín theo chức năng, nhiệm vụ được giao và quy định của ngành";

    @Test
    void aTaskWrittenThreeTimesGivesTwoFindingsNotThreePairs() {
        List<Item> items = new ArrayList<>();
        items.add(item(1, TASK));
        items.add(item(2, "Illustrative: xây dựng cơ sở dữ liệu dân cư của thành phố"));
        items.add(item(3, TASK));
        items.add(item(4, TASK.replace("của ngành", "của Bộ")));
        List<Located> found = NearDuplicates.find(new CheckContext(Fixtures.portfolio(items)));
        assertThat(found).hasSize(2).allMatch(l -> l.hit().rule() == Rule.STRUCTURE_TASK_REPEATED);
        // item 3 repeats item 1 word for word; item 4 (one word changed) is as close to 1 as to 3: the first is named
        assertThat(found.get(0).hit().params())
                .containsEntry("number", "3")
                .containsEntry("otherNumber", "1")
                .containsEntry("similarity", "100");
        assertThat(found.get(1).hit().params()).containsEntry("number", "4").containsEntry("otherNumber", "1");
    }

    @Test
    void differentTasksAreNotPaired() {
        List<Item> items = List.of(
                item(1, TASK),
                item(2, "Illustrative: xây dựng cơ sở dữ liệu dân cư của thành phố và kết nối với các sở"));
        assertThat(NearDuplicates.find(new CheckContext(Fixtures.portfolio(items))))
                .isEmpty();
    }

    /**
     * The signatures from numbered shingles and their remembered MinHash values are those worked out
     * shingle by shingle on the hashes, value for value: for shingles seen again, new ones, and past
     * the values remembered (then worked out each time).
     */
    @Test
    void numberedShinglesGiveTheSameSignatures() {
        java.util.Random random = new java.util.Random(20);
        ShingleIds ids = new ShingleIds(10);
        int[] numbered = new int[NearDuplicates.HASHES];
        // drawn from a pool larger than the values remembered, so that late texts meet both paths
        int pool = ShingleIds.MAX_VALUES * 2;
        for (int texts = 0; texts < 3_000; texts++) {
            int[] shingles = random.ints(1 + random.nextInt(60), -pool, pool)
                    .distinct()
                    .sorted()
                    .toArray();
            int[] row = new int[shingles.length];
            for (int k = 0; k < row.length; k++) {
                row[k] = ids.id(shingles[k]);
                assertThat(ids.shingles()[row[k]]).isEqualTo(shingles[k]);
            }
            ids.signature(row, numbered);
            assertThat(numbered).isEqualTo(NearDuplicates.signature(shingles));
        }
        assertThat(ids.size()).isGreaterThan(ShingleIds.MAX_VALUES);
    }

    /**
     * The similarity from bitsets of the shared shingles and arrays of the others is that of the whole
     * sorted arrays, value for value and for every threshold: on seeded rows drawn with skewed
     * frequencies from a pool larger than the bitsets hold (so that pairs meet in bits, in the arrays,
     * in both, and in shingles of one row only), including empty rows and rows written twice.
     */
    @Test
    void sharedShingleBitsGiveTheExactSimilarity() {
        java.util.Random random = new java.util.Random(22);
        int pool = ShingleSets.MAX_BITS * 3;
        int[][] rows = new int[600][];
        int[] source = new int[rows.length];
        for (int r = 0; r < rows.length; r++) {
            source[r] = r;
            if (r > 0 && random.nextInt(5) == 0) {
                // a row written again, as it was or with a few shingles dropped and a few new
                source[r] = random.nextInt(r);
                java.util.stream.IntStream edits =
                        random.ints(random.nextInt(6), 0, pool).map(x -> x * 0x9E3779B1);
                rows[r] = java.util.stream.IntStream.concat(
                                java.util.Arrays.stream(rows[source[r]]).skip(random.nextInt(4)), edits)
                        .distinct()
                        .sorted()
                        .toArray();
                continue;
            }
            int length = random.nextInt(12) == 0 ? 0 : 1 + random.nextInt(80);
            // a square skews the draw toward the start of the pool: some shingles in most rows, many in few
            rows[r] = random.ints(length, 0, pool)
                    .map(x -> (int) ((long) x * x / pool) * 0x9E3779B1)
                    .distinct()
                    .sorted()
                    .toArray();
        }
        java.util.Map<Integer, Integer> rowsOf = new java.util.HashMap<>();
        for (int[] row : rows) {
            for (int shingle : row) {
                rowsOf.merge(shingle, 1, Integer::sum);
            }
        }
        // more shingles of two rows or more than the bitsets hold, and shingles of one row only
        assertThat(rowsOf.values().stream().filter(c -> c >= 2).count()).isGreaterThan(ShingleSets.MAX_BITS);
        assertThat(rowsOf.values()).contains(1);
        ShingleSets sets = ShingleSets.of(rows);
        int[] needs = {0, 1, 30, 50, 70, 71, 85, 99, 100, 101};
        int similar = 0;
        for (int n = 0; n < 60_000; n++) {
            int a = random.nextInt(rows.length);
            int b = random.nextBoolean() ? source[a] : random.nextInt(rows.length);
            int need = needs[random.nextInt(needs.length)];
            int exact = NearDuplicates.jaccardPercent(rows[a], rows[b], need);
            assertThat(sets.percent(a, b, need))
                    .as("rows %d and %d at %d %%", a, b, need)
                    .isEqualTo(exact);
            if (exact >= 70) {
                similar++;
            }
            assertThat(sets.size(a)).isEqualTo(rows[a].length);
        }
        // the draw meets both outcomes at the threshold, not only pairs far apart
        assertThat(similar).isGreaterThan(5_000);
    }

    /**
     * The shingles of title and own content folded one by one are those of the two folded as one text
     * (what the search hashed before), on seeded generated rows: accents precomposed and decomposed,
     * punctuation, labelled lines, characters outside the fold's table (Greek, CJK); and the shingles
     * the search numbers ({@link ShingleIds#row}) are the same set.
     */
    @Test
    void shinglesAreThoseOfTheJoinedText() {
        String[] pieces = {
            "Xây dựng",
            "cơ sở dữ liệu",
            "Tho\u0300i hạn: Quý III",
            "\n",
            "Sản phẩm: Báo cáo",
            ";",
            ",",
            " ",
            "Ωμέγα",
            "漢字",
            "e\u0301",
            "\u0301",
            "2021-2025",
            "đ",
            "Đ",
            "báo cáo định kỳ",
            "A",
            "\u00A0",
            "-",
            "(số 5)"
        };
        java.util.Random random = new java.util.Random(21);
        ShingleIds ids = new ShingleIds(10);
        for (int n = 0; n < 4_000; n++) {
            String title = text(random, pieces);
            String content = random.nextInt(4) == 0 ? null : text(random, pieces);
            Item item = Fixtures.item(1)
                    .title(title.isBlank() ? "x" : title)
                    .content(content)
                    .build();
            int[] joined = joinedShingles(item);
            assertThat(NearDuplicates.shingles(item)).isEqualTo(joined);
            // numbered, the same shingles: each once, in any order
            int[] numbered = ids.row(item);
            int[] hashes = new int[numbered.length];
            for (int k = 0; k < numbered.length; k++) {
                hashes[k] = ids.shingles()[numbered[k]];
            }
            java.util.Arrays.sort(hashes);
            assertThat(hashes).isEqualTo(joined);
        }
    }

    private static String text(java.util.Random random, String[] pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(16); i > 0; i--) {
            text.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
        }
        return text.toString();
    }

    /** The shingles as the search worked them out before: from the folded joined text. */
    private static int[] joinedShingles(Item item) {
        String text = item.content().isPresent()
                ? item.title() + " " + Calibration.own(item.content().get())
                : item.title();
        String folded = TaskReading.fold(text);
        List<Integer> words = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[a-z0-9]+").matcher(folded);
        while (m.find()) {
            words.add(m.group().hashCode());
        }
        if (words.size() < NearDuplicates.MIN_WORDS) {
            return new int[0];
        }
        java.util.TreeSet<Integer> hashes = new java.util.TreeSet<>();
        for (int w = 0; w + 1 < words.size(); w++) {
            hashes.add((int) mix((long) words.get(w) << 32 ^ (words.get(w + 1) & 0xFFFFFFFFL)));
        }
        return hashes.stream().mapToInt(Integer::intValue).toArray();
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A fixture item whose title is {@code task} and which has no content of its own. */
    private static Item item(int number, String task) {
        return Fixtures.item(number).title(task).content(null).build();
    }
}
