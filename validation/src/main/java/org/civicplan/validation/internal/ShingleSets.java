package org.civicplan.validation.internal;

import java.util.Arrays;

/**
 * The shingle sets of one check's items, held for the exact Jaccard similarity of a candidate pair at
 * the cost of a few memory reads. The shingles most rows share (up to {@value #MAX_BITS} of those in
 * most rows: "báo cáo", "trên địa bàn", a plan's recurring field and period) are bits of one fixed-width
 * bitset per item, all items' bitsets in one array, so that their share of the common shingles is
 * an AND and a population count over one or two cache lines; the other shingles found in two rows or
 * more are a short sorted array per item, merged; a shingle of one row only cannot be common to a
 * pair and counts only toward its row's size. The similarity is that of {@link
 * NearDuplicates#jaccardPercent(int[], int[], int)} on the rows' whole sorted shingle arrays, value for
 * value.
 */
final class ShingleSets {
    /** At most this many shingles are bits. */
    static final int MAX_BITS = 1024;

    private static final int[] NONE = new int[0];

    /** Longs per row in {@link #head}: the sketch (two), the caller's tag, the size. */
    private static final int HEAD = 4;
    /**
     * The rows start past the array's 16-byte header, 64 bytes in: two rows to a 64-byte line in a large
     * array (which the collector places at the start of a region), none across two lines.
     */
    private static final int BASE = 6;

    private final int words;
    private final long[] bits;
    private final int[][] rare;
    /**
     * Per row, side by side in one cache line's half: a 128-bit sketch of its shingles (bit {@code
     * shingle >>> 25}), the caller's tag and the number of shingles. A sketch bit of one row that the
     * other lacks is a shingle of the one that the other has not, so the sketches bound the shingles
     * in common: most candidate pairs, chance meetings, are turned away without reading their bits.
     */
    private final long[] head;

    /**
     * @param rows each row's distinct shingles by number (0 to {@code distinct - 1}, any order; an empty
     *     array for a row not judged)
     * @param shingleOf each number's shingle hash
     * @param distinct how many numbers there are
     */
    ShingleSets(int[][] rows, int[] shingleOf, int distinct) {
        int n = rows.length;
        int[] counts = new int[distinct];
        for (int[] row : rows) {
            for (int id : row) {
                counts[id]++;
            }
        }
        // shingles of two rows or more, most rows first (then by number, so that the choice is the same
        // from run to run): the first MAX_BITS of them are bits
        int shared = 0;
        long[] order = new long[distinct];
        for (int id = 0; id < distinct; id++) {
            if (counts[id] >= 2) {
                order[shared++] = (long) (Integer.MAX_VALUE - counts[id]) << 32 | id;
            }
        }
        Arrays.sort(order, 0, shared);
        int bitCount = Math.min(shared, MAX_BITS);
        int[] bitOf = new int[distinct];
        Arrays.fill(bitOf, -1);
        for (int b = 0; b < bitCount; b++) {
            bitOf[(int) order[b]] = b;
        }
        words = (bitCount + 63) >>> 6;
        bits = new long[n * words];
        rare = new int[n][];
        head = new long[BASE + n * HEAD];
        int[] scratch = new int[16];
        for (int r = 0; r < n; r++) {
            int[] row = rows[r];
            head[BASE + r * HEAD + 3] = row.length;
            int kept = 0;
            for (int id : row) {
                int shingle = shingleOf[id];
                head[BASE + r * HEAD + (shingle >>> 31)] |= 1L << (shingle >>> 25);
                int bit = bitOf[id];
                if (bit >= 0) {
                    bits[r * words + (bit >>> 6)] |= 1L << bit;
                } else if (counts[id] >= 2) {
                    if (kept == scratch.length) {
                        scratch = Arrays.copyOf(scratch, kept * 2);
                    }
                    scratch[kept++] = id;
                }
            }
            // sorted for the merge of two rows' shingles that are not bits
            Arrays.sort(scratch, 0, kept);
            rare[r] = kept == 0 ? NONE : Arrays.copyOf(scratch, kept);
        }
    }

    /** The sets of rows of sorted distinct shingle hashes ({@link NearDuplicates#shingles}). */
    static ShingleSets of(int[][] shingles) {
        java.util.Map<Integer, Integer> numbers = new java.util.HashMap<>();
        int[] shingleOf = new int[16];
        int[][] rows = new int[shingles.length][];
        for (int r = 0; r < shingles.length; r++) {
            rows[r] = new int[shingles[r].length];
            for (int k = 0; k < shingles[r].length; k++) {
                int shingle = shingles[r][k];
                Integer id = numbers.get(shingle);
                if (id == null) {
                    id = numbers.size();
                    numbers.put(shingle, id);
                    if (id == shingleOf.length) {
                        shingleOf = Arrays.copyOf(shingleOf, id * 2);
                    }
                    shingleOf[id] = shingle;
                }
                rows[r][k] = id;
            }
        }
        return new ShingleSets(rows, shingleOf, numbers.size());
    }

    /** The number of distinct shingles of row {@code r}. */
    int size(int r) {
        return (int) head[BASE + r * HEAD + 3];
    }

    /** Sets row {@code r}'s tag: what the caller reads of it with its shingles ({@link #tag(int)}). */
    void tag(int r, long tag) {
        head[BASE + r * HEAD + 2] = tag;
    }

    /**
     * Reads row {@code r}'s head and nothing else: a look-up with no branch that waits on it, so that a
     * few of them go to memory together before the pairs that need them are judged.
     */
    long touch(int r) {
        return head[BASE + r * HEAD + 3];
    }

    /** Row {@code r}'s tag, 0 until set. */
    long tag(int r) {
        return head[BASE + r * HEAD + 2];
    }

    /**
     * The exact Jaccard similarity of rows {@code a} and {@code b} in whole percent when it is at least
     * {@code need}, otherwise -1: as {@link NearDuplicates#jaccardPercent(int[], int[], int)} on their
     * shingle arrays.
     */
    int percent(int a, int b, int need) {
        int ha = BASE + a * HEAD;
        int hb = BASE + b * HEAD;
        int sizeA = (int) head[ha + 3];
        int sizeB = (int) head[hb + 3];
        int total = sizeA + sizeB;
        // need percent takes at least need (|a| + |b|) / (100 + need) shingles in common, rounded up
        int least = (need * total + 99 + need) / (100 + need);
        if (sizeA < least || sizeB < least) {
            return -1;
        }
        if (a == b) {
            // a row with itself: its shingles of one row only are common too
            int percent = sizeA == 0 ? 0 : 100;
            return percent >= need ? percent : -1;
        }
        long a0 = head[ha];
        long a1 = head[ha + 1];
        long b0 = head[hb];
        long b1 = head[hb + 1];
        if (sizeA - Long.bitCount(a0 & ~b0) - Long.bitCount(a1 & ~b1) < least
                || sizeB - Long.bitCount(b0 & ~a0) - Long.bitCount(b1 & ~a1) < least) {
            return -1;
        }
        int common = 0;
        for (int w = 0, i = a * words, j = b * words; w < words; w++) {
            common += Long.bitCount(bits[i + w] & bits[j + w]);
        }
        int[] x = rare[a];
        int[] y = rare[b];
        if (common + Math.min(x.length, y.length) < least) {
            return -1;
        }
        if (x.length > 0 && y.length > 0) {
            int i = 0, j = 0;
            while (i < x.length && j < y.length) {
                if (x[i] == y[j]) {
                    common++;
                    i++;
                    j++;
                } else if (x[i] < y[j]) {
                    i++;
                } else {
                    j++;
                }
            }
        }
        int union = total - common;
        int percent = union == 0 ? 0 : common * 100 / union;
        return percent >= need ? percent : -1;
    }
}
